import { describe, expect, it } from 'vitest';
import type { Area } from '../data/types';
import { testDrop, testFigure, testMetric } from '../stats/fixtures';
import { rankedCsv, rankedCsvText } from './rankedCsv';

const area = (code: string, name: string, kind: Area['kind'] = 'council'): [string, Area] => [
  code,
  { code, name, kind },
];
const areas = new Map([
  area('A', 'Leicester'),
  area('P', 'Derby'),
  area('K', 'Kent'),
  area('S', 'Swindon'),
  area('E', 'England', 'country'),
]);
const metric = testMetric({
  id: 'dp',
  title: 'Direct payments',
  unit: 'percent',
  polarity: 'higher',
  decimals: 1,
  codes: ['ASCOF 3D2A'],
});
const figures = [
  testFigure({
    metric: 'dp',
    area: 'A',
    period: '2023-24',
    value: 50,
    numerator: 50,
    denominator: 100,
    drop: 'd1',
  }),
  testFigure({
    metric: 'dp',
    area: 'P',
    period: '2023-24',
    value: 30,
    lower: 28,
    upper: 32,
    drop: 'd1',
  }),
  testFigure({ metric: 'dp', area: 'K', period: '2023-24', value: 50, drop: 'd1' }),
  testFigure({ metric: 'dp', area: 'S', period: '2023-24', value: undefined, drop: 'd1' }),
  testFigure({ metric: 'dp', area: 'E', period: '2023-24', value: 26, drop: 'd1' }),
  testFigure({ metric: 'dp', area: 'A', period: '2022-23', value: 45, drop: 'd1' }),
];
const csv = rankedCsv({
  metric,
  figures,
  period: '2023-24',
  areas,
  authority: 'A',
  members: ['P'],
  groupName: 'Neighbours',
  sources: new Map([
    [
      's',
      {
        id: 's',
        publisher: 'NHS England',
        title: 'ASCOF',
        url: '',
        published: '2024-12-12',
        licence: '',
      },
    ],
  ]),
  drops: [testDrop('d1', '2025-06-26'), testDrop('d2', '2025-11-13')],
});

describe('rankedCsv', () => {
  it('ranks each council with a figure for the period, England left out, missing ones last', () => {
    expect(csv.rows).toEqual([
      // Leicester and Kent share 50: joint 1st, then Derby 3rd; Swindon has no figure and no rank.
      // Leicester's interval from 50 of 100 (Wilson, z = 1.959964): centre (0.5 + z²/200) / (1 +
      // z²/100) = 0.5, half-width z·√(0.0025 + z²/40000) / (1 + z²/100) = 0.0961685: 40.383 to
      // 59.617.
      [1, 'Kent', 'K', '', 50, undefined, undefined, undefined, undefined, 'final'],
      [1, 'Leicester', 'A', 'this council', 50, 50, 100, 40.383, 59.617, 'final'],
      // Derby's own published limits, as they are.
      [3, 'Derby', 'P', 'comparator', 30, undefined, undefined, 28, 32, 'final'],
      [
        undefined,
        'Swindon',
        'S',
        '',
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        'no figure (suppressed)',
      ],
    ]);
  });
  it('opens with what the figures are and where they come from', () => {
    expect(csv.preamble).toEqual([
      ['Measure', 'Direct payments'],
      ['Unit', 'percent'],
      ['Period', '2023-24'],
      ['Ranked', 'best first'],
      ['Comparator group', 'Neighbours'],
      ['Source', 'NHS England, ASCOF (2024-12-12)'],
      ['Published', 'Drop d1 (26 June 2025)'],
    ]);
  });
});

describe('rankedCsvText', () => {
  it('writes the preamble, a blank line, then the table, defusing a formula in a name', () => {
    const text = rankedCsvText({
      preamble: [
        ['Measure', '=cmd'],
        ['Unit', 'percent'],
      ],
      columns: ['Rank', 'Council'],
      rows: [[1, 'Kent, County']],
    });
    expect(text).toBe('Measure,\'=cmd\r\nUnit,percent\r\n\r\nRank,Council\r\n1,"Kent, County"\r\n');
  });
});
