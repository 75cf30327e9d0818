import { describe, expect, it } from 'vitest';
import type { Source } from '../data/types';
import type { ChartRow } from '../stats/chartSeries';
import { periodOf, testFigure, testMetric, testObservation } from '../stats/fixtures';
import { measureTable } from './measureTable';

const metric = testMetric({ unit: 'days', decimals: 0, polarity: 'lower', source: 's' });
const row = (period: string | undefined, over: Partial<ChartRow>): ChartRow => ({
  time: 0,
  period: period === undefined ? undefined : periodOf(period),
  authority: null,
  authorityStatus: undefined,
  benchmarks: [],
  median: null,
  band: null,
  trajectory: null,
  ...over,
});
const rows = [
  row('2024-25', { authority: 120, benchmarks: [100], median: 110 }),
  // A gap between periods: drawn as a break in the line, never a row of the table.
  row(undefined, {}),
  row('2025-26', { authority: 96.5, benchmarks: [null], median: 95 }),
  row('2026-27', { authority: null, benchmarks: [80], median: null }),
];
const figures = [
  testFigure({ period: '2024-25', value: 120, note: 'Ends with a full stop.' }),
  testFigure({
    period: '2025-26',
    value: 96.5,
    status: 'provisional',
    note: 'Waits from referral',
    source: 'other',
    section: 'Table 3',
    revisions: [testObservation({ period: '2025-26', value: 100, drop: 'd0' })],
  }),
  testFigure({ period: '2026-27', value: undefined, status: 'suppressed' }),
];
const other: Source = {
  id: 'other',
  publisher: 'Leicester City Council',
  title: 'Local account',
  url: '',
  published: '2026-05-01',
  licence: '',
};
const base = {
  metric,
  rows,
  authorityName: 'Leicester',
  benchmarkNames: ['England'],
  figures,
  sources: new Map([['other', other]]),
};

describe('measureTable', () => {
  it('gives each period its figures, the plan path, the difference, the verdict and notes', () => {
    const table = measureTable({
      ...base,
      groupName: 'Neighbours',
      // The path runs from 120 on 31 March 2025 to 60 on 31 March 2027: 730 days, so 31 March 2026
      // (365 days in) expects 120 + (60 − 120) × 365/730 = 90, and 31 March 2027 expects 60.
      plan: {
        baseline: { date: '2025-03-31', value: 120 },
        goal: { date: '2027-03-31', value: 60 },
        operator: 'at-most',
        proxy: false,
      },
    });
    expect(table.columns).toEqual([
      'Period',
      'Leicester',
      'England',
      'Neighbours: median',
      'Plan trajectory',
      'Difference from trajectory',
      'Against the plan at the time',
      'Notes',
    ]);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      // 2024-25 ends on the baseline's day: expected 120, difference 0, "baseline".
      [
        '2024-25',
        '120 days',
        '100 days',
        '110 days',
        '120 days',
        '0 days',
        'baseline',
        'Ends with a full stop.',
      ],
      // 96.5 shows as 97 days; 96.5 − 90 = +6.5, shown as +7 days, written as 6.5; above the path
      // when lower is better: off track.
      [
        '2025-26',
        '97 days',
        '–',
        '95 days',
        '90 days',
        '+7 days',
        'off track',
        'Provisional. Waits from referral. Revised: first published as 100 days in drop d0. ' +
          'Published in Leicester City Council, Local account (2026-05-01), ‘Table 3’.',
      ],
      ['2026-27', 'suppressed', '80 days', '–', '60 days', '–', '–', 'Suppressed (small numbers).'],
    ]);
    expect(table.rows.map((r) => r.map((c) => c.raw))).toEqual([
      ['2024-25', 120, 100, 110, 120, 0, 'baseline', 'Ends with a full stop.'],
      [
        '2025-26',
        96.5,
        undefined,
        95,
        90,
        6.5,
        'off track',
        'Provisional. Waits from referral. Revised: first published as 100 days in drop d0. ' +
          'Published in Leicester City Council, Local account (2026-05-01), ‘Table 3’.',
      ],
      [
        '2026-27',
        'suppressed',
        80,
        undefined,
        60,
        undefined,
        undefined,
        'Suppressed (small numbers).',
      ],
    ]);
  });

  it('has no median column without a group, no plan columns without a plan', () => {
    const table = measureTable({ ...base, groupName: undefined, plan: undefined });
    expect(table.columns).toEqual(['Period', 'Leicester', 'England', 'Notes']);
    expect(table.rows[0]?.map((c) => c.text)).toEqual([
      '2024-25',
      '120 days',
      '100 days',
      'Ends with a full stop.',
    ]);
  });

  it('never judges a stand-in measure, and leaves periods before the baseline off the path', () => {
    const table = measureTable({
      ...base,
      groupName: undefined,
      plan: {
        baseline: { date: '2026-03-31', value: 96.5 },
        goal: { date: '2027-03-31', value: 60 },
        operator: 'at-most',
        proxy: true,
      },
    });
    // Columns: period, Leicester, England, trajectory, difference, against the plan, notes.
    expect(table.rows.map((r) => r.slice(3, 6).map((c) => c.text))).toEqual([
      ['–', '–', '–'],
      ['97 days', '0 days', 'baseline'],
      ['60 days', '–', '–'],
    ]);
  });
});
