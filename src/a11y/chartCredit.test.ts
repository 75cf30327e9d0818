import { describe, expect, it } from 'vitest';
import type { Source } from '../data/types';
import { chartRows } from '../stats/chartSeries';
import { testDrop, testFigure, testMetric } from '../stats/fixtures';
import { chartCredit } from './chartCredit';

const metric = testMetric({ title: 'Direct payments', unit: 'percent', source: 'ascof' });
const source = (id: string, publisher: string, title: string, published: string): Source => ({
  id,
  publisher,
  title,
  published,
  url: '',
  licence: '',
});
const sources = new Map([
  ['ascof', source('ascof', 'NHS England', 'ASCOF', 'December 2024')],
  ['paper', source('paper', 'Leicester City Council', 'Scrutiny papers', 'November 2025')],
]);
const figures = [
  testFigure({ area: 'A', period: '2022-23', value: 40, source: 'ascof' }),
  testFigure({ area: 'A', period: '2023-24', value: 41, source: 'paper', sourceRef: 'line 12' }),
];
const rows = chartRows({
  figures,
  authority: 'A',
  benchmarks: [],
  members: [],
  gapAfterDays: 400,
  breakStart: undefined,
  trajectory: undefined,
});

describe('chartCredit', () => {
  it('names periods, lines, every publication and the drop, never an officer’s reference', () => {
    const credit = chartCredit({
      title: 'Direct payments: 41% in 2023-24',
      metric,
      lines: ['Leicester', 'Kent'],
      rows,
      figures,
      sources,
      drop: testDrop('2025-26-Q2', '2025-11-12'),
      siteName: 'Adult social care performance, Leicester City Council',
      today: '2026-11-30',
    });
    expect(credit).toEqual({
      title: 'Direct payments: 41% in 2023-24',
      subtitle: 'Direct payments, 2022-23 to 2023-24: Leicester, Kent',
      notes: [],
      source:
        'Source: NHS England, ASCOF (December 2024); ' +
        'Leicester City Council, Scrutiny papers (November 2025)',
      date:
        'Figures as published on 12 November 2025 (drop 2025-26-Q2); image made on ' +
        '30 November 2026 from Adult social care performance, Leicester City Council.',
    });
    expect(JSON.stringify(credit)).not.toContain('line 12');
  });
});
