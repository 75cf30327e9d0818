import { describe, expect, it } from 'vitest';
import { testFigure, testMetric, testSite } from '../stats/fixtures';
import { measureSummary } from '../stats/measureSummary';
import { matrixCsv } from './matrixCsv';
import { matrixRow } from './matrixRow';
import { matrixView, readMatrixChoice, sortRows, type MatrixChoice } from './matrixView';

const site = testSite();
const today = '2026-11-30';
const dp = testMetric({
  id: 'dp',
  title: 'People who receive direct payments',
  unit: 'percent',
  polarity: 'higher',
  frequency: 'annual',
  family: 'direct-payments',
  decimals: 1,
  codes: ['ASCOF 3D2A', 'ASCOF 1C2A (before 2023-24)'],
});
const dpFigures = [
  testFigure({ metric: 'dp', area: 'A', period: '2021-22', value: 40 }),
  testFigure({ metric: 'dp', area: 'A', period: '2022-23', value: 44 }),
  // The publisher's interval, 43 to 49, lies wholly above England's 25.5: better, tested.
  testFigure({ metric: 'dp', area: 'A', period: '2023-24', value: 46, lower: 43, upper: 49 }),
  testFigure({ metric: 'dp', area: 'E', period: '2023-24', value: 25.5 }),
  testFigure({ metric: 'dp', area: 'P', period: '2023-24', value: 30 }),
  testFigure({ metric: 'dp', area: 'Q', period: '2023-24', value: 20 }),
  testFigure({ metric: 'dp', area: 'R', period: '2023-24', value: 35 }),
];
const wait = testMetric({ id: 'wait', title: 'Median wait' });
const waitFigures = [
  testFigure({ metric: 'wait', area: 'A', period: '2026-09', value: 120 }),
  testFigure({ metric: 'wait', area: 'E', period: '2026-09', value: 100 }),
];
const summary = (m: typeof dp, figures: typeof dpFigures) =>
  measureSummary(m, figures, site, [], today);
const dpSummary = summary(dp, dpFigures);
const waitSummary = summary(wait, waitFigures);
const dtocSummary = summary(
  testMetric({ id: 'dtoc', title: 'Delayed transfers', ended: '2019-20', frequency: 'annual' }),
  [
    testFigure({ metric: 'dtoc', area: 'A', period: '2019-20', value: 9 }),
    testFigure({ metric: 'dtoc', area: 'E', period: '2019-20', value: 5 }),
  ],
);
const summaries = [
  dpSummary,
  waitSummary,
  summary(
    testMetric({ id: 'safe', title: 'Feel safe', theme: 'Ensuring safety', family: undefined }),
    [testFigure({ metric: 'safe', area: 'A', period: '2026-09', value: 3 })],
  ),
  dtocSummary,
  summary(testMetric({ id: 'empty', title: 'No figures' }), []),
];
const choice = (over: Partial<MatrixChoice> = {}): MatrixChoice => ({
  show: 'all',
  query: '',
  sort: undefined,
  direction: 'up',
  filters: {},
  ...over,
});
const ids = (rows: { summary: { metric: { id: string } } }[]) =>
  rows.map((r) => r.summary.metric.id);

describe('matrixRow', () => {
  it('compares a figure with an interval to England, places it among neighbours, ranks it', () => {
    const row = matrixRow(dpSummary);
    expect(row.period).toBe('2023-24');
    expect(row.value).toBe('46.0%');
    expect(row.england).toBe('25.5%');
    expect(row.comparison).toEqual({ mark: 'better', words: 'Better than England (25.5%)' });
    // Neighbours 20, 30, 35 (Leicester left out): quartiles by R-7 25 and 32.5, median 30. The
    // scale runs from the lowest mark, 20, to the highest, Leicester's 46: a span of 26.
    expect(row.spine).toEqual({
      min: 0,
      lowerQuartile: 5 / 26,
      median: 10 / 26,
      upperQuartile: 12.5 / 26,
      max: 15 / 26,
      mine: 1,
      england: 5.5 / 26,
      words: 'higher than every neighbour (highest 35.0%)',
    });
    // 46 against 30, 20 and 35, higher is better: first of four.
    expect(row.rank).toBe('1st of 4');
    // Last three figures 40, 44, 46: up 4 then up 2, up 6 in all since 2021-22.
    expect(row.trend).toEqual({
      steps: [
        { direction: 'better', delta: 4 },
        { direction: 'better', delta: 2 },
      ],
      direction: 'better',
      words: 'Up 6.0 percentage points since 2021-22, which is better',
    });
    expect(row.target).toBeUndefined();
    // 2023-24 ended 31 March 2024; to 30 November 2026 is 32 months, over the 21 an annual measure
    // allows.
    expect(row.age).toBe('2 years and 8 months old');
    expect(row.keys).toEqual({
      title: 'People who receive direct payments',
      period: '2024-03-31',
      value: 46,
      england: 25.5,
      comparison: 0,
      spine: 1 - 10 / 26,
      rank: 0,
      trend: 0,
      target: undefined,
      age: 32,
    });
  });

  it('says a difference without an interval is not tested; leaves out what cannot be known', () => {
    const row = matrixRow(waitSummary);
    expect(row.comparison).toEqual({
      mark: 'higher',
      words: 'Higher than England (100 days; not tested)',
    });
    expect([row.spine, row.rank, row.trend]).toEqual([undefined, undefined, undefined]);
    // September 2026 to 30 November 2026: 2 months, within the 6 a point-in-time figure allows.
    expect(row.age).toBe('Up to date');
    expect(row.keys.comparison).toBe(3);
  });

  it('never judges a series that has ended against today', () => {
    const row = matrixRow(dtocSummary);
    expect(row.value).toBe('9 days');
    expect(row.england).toBe('5 days');
    expect(row.comparison).toBeUndefined();
    expect(row.age).toBe('No longer published');
    expect(row.keys.age).toBeUndefined();
  });
});

describe('matrixView', () => {
  it('lists every measure with a figure by CQC theme, series no longer published last', () => {
    const view = matrixView(summaries, choice());
    expect(view.groups.map((g) => [g.title, ids(g.rows)])).toEqual([
      ['Working with people', ['dp', 'wait']],
      ['Ensuring safety', ['safe']],
      ['No longer published', ['dtoc']],
    ]);
    expect(view.shown).toBe(4);
    // "safe" is in no family and not in the plan: only "all" lists it.
    expect(view.counts).toEqual({ all: 4, commission: 3 });
  });

  it('filters to the Commission’s families and searches by code', () => {
    expect(
      ids(matrixView(summaries, choice({ show: 'commission' })).groups.flatMap((g) => g.rows)),
    ).toEqual(['dp', 'wait', 'dtoc']);
    const found = matrixView(summaries, choice({ query: '1C2A' }));
    expect(found.groups.map((g) => [g.title, ids(g.rows)])).toEqual([
      ['Working with people', ['dp']],
    ]);
    expect(matrixView(summaries, choice({ query: 'zebra' }))).toMatchObject({
      groups: [],
      shown: 0,
    });
  });

  it('sorted by a column, lists every measure in one group', () => {
    const view = matrixView(summaries, choice({ sort: 'value', direction: 'down' }));
    // 120 days, 46%, 9 days, 3 days: the numbers alone, whatever their units.
    expect(view.groups.map((g) => [g.title, ids(g.rows)])).toEqual([
      ['All measures listed', ['wait', 'dp', 'dtoc', 'safe']],
    ]);
  });
});

describe('sortRows', () => {
  const rows = summaries.slice(0, 4).map(matrixRow);
  it('puts rows with nothing to sort by last, up or down', () => {
    // Only dp (0) and wait (3) have a comparison; better first going up, worse first going down.
    expect(ids(sortRows(rows, 'comparison', 'up'))).toEqual(['dp', 'wait', 'dtoc', 'safe']);
    expect(ids(sortRows(rows, 'comparison', 'down'))).toEqual(['wait', 'dp', 'dtoc', 'safe']);
  });
  it('sorts by age, newest first, and by title', () => {
    // wait and safe: 2 months; dp 32; dtoc ended, no age. Equal keys go by title.
    expect(ids(sortRows(rows, 'age', 'up'))).toEqual(['safe', 'wait', 'dp', 'dtoc']);
    expect(ids(sortRows(rows, 'title', 'up'))).toEqual(['dtoc', 'safe', 'wait', 'dp']);
  });
});

describe('readMatrixChoice', () => {
  it('reads the filter, search and sort from the address, ignoring an unknown column', () => {
    expect(
      readMatrixChoice(new URLSearchParams('show=commission&q=carers&sort=rank&dir=down')),
    ).toEqual({
      show: 'commission',
      query: 'carers',
      sort: 'rank',
      direction: 'down',
      filters: {},
    });
    expect(readMatrixChoice(new URLSearchParams('sort=colour&dir=down'))).toEqual(choice());
  });
});

describe('matrixCsv', () => {
  it('gives numbers as numbers and judgements in words, one row per measure', () => {
    const csv = matrixCsv([matrixRow(dpSummary), matrixRow(dtocSummary)]);
    expect(csv.columns).toHaveLength(18);
    expect(csv.rows).toEqual([
      [
        'Working with people',
        'People who receive direct payments',
        'ASCOF 3D2A; ASCOF 1C2A (before 2023-24)',
        '2023-24',
        46,
        'percent',
        25.5,
        'Better than England (25.5%)',
        20,
        25,
        30,
        32.5,
        35,
        'higher than every neighbour (highest 35.0%)',
        '1st of 4',
        'Up 6.0 percentage points since 2021-22, which is better',
        undefined,
        '2 years and 8 months old',
      ],
      // An ended series: its last figure and England's, nothing judged; no neighbours' figures.
      [
        'Working with people',
        'Delayed transfers',
        '',
        '2019-20',
        9,
        'days',
        5,
        ...Array<undefined>(10).fill(undefined),
        'No longer published',
      ],
    ]);
  });
});
