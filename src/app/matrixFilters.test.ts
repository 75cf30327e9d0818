import { describe, expect, it } from 'vitest';
import { testFigure, testMetric, testSite } from '../stats/fixtures';
import { measureSummary } from '../stats/measureSummary';
import { applyMatrixFilters, facetOf, matrixFacets, readMatrixFilters } from './matrixFilters';
import { matrixRow } from './matrixRow';
import { matrixView } from './matrixView';

const site = testSite();
const today = '2026-11-30';
const percent = { unit: 'percent', polarity: 'higher', frequency: 'annual', decimals: 1 } as const;
const summaries = [
  // 40, 44, 46 with an interval (43 to 49) wholly above England's 25.5: better, improving, and
  // 2023-24 is 32 months old on 30 November 2026, over the 21 an annual measure allows.
  measureSummary(
    testMetric({ id: 'dp', title: 'Direct payments', ...percent }),
    [
      testFigure({ metric: 'dp', area: 'A', period: '2021-22', value: 40 }),
      testFigure({ metric: 'dp', area: 'A', period: '2022-23', value: 44 }),
      testFigure({ metric: 'dp', area: 'A', period: '2023-24', value: 46, lower: 43, upper: 49 }),
      testFigure({ metric: 'dp', area: 'E', period: '2023-24', value: 25.5 }),
    ],
    site,
    [],
    today,
  ),
  // 120 days against England's 100, no interval: not tested; September 2026 is up to date.
  measureSummary(
    testMetric({ id: 'wait', title: 'Median wait' }),
    [
      testFigure({ metric: 'wait', area: 'A', period: '2026-09', value: 120 }),
      testFigure({ metric: 'wait', area: 'E', period: '2026-09', value: 100 }),
    ],
    site,
    [],
    today,
  ),
  // 50 then 45 with a lower interval (40 to 48) wholly below England's 60: worse and getting worse.
  measureSummary(
    testMetric({ id: 'rev', title: 'Reviews', ...percent }),
    [
      testFigure({ metric: 'rev', area: 'A', period: '2022-23', value: 50 }),
      testFigure({ metric: 'rev', area: 'A', period: '2023-24', value: 45, lower: 40, upper: 48 }),
      testFigure({ metric: 'rev', area: 'E', period: '2023-24', value: 60 }),
    ],
    site,
    [],
    today,
  ),
];
const rows = summaries.map(matrixRow);
const ids = (list: { summary: { metric: { id: string } } }[]) =>
  list.map((r) => r.summary.metric.id);

describe('matrix filters', () => {
  it('puts each row under one option of each filter, or none', () => {
    expect(
      rows.map((r) => [facetOf(r, 'england'), facetOf(r, 'trend'), facetOf(r, 'age')]),
    ).toEqual([
      ['better', 'better', 'overdue'],
      ['untested', undefined, 'current'],
      ['worse', 'worse', 'overdue'],
    ]);
    expect(rows.map((r) => facetOf(r, 'target'))).toEqual([undefined, undefined, undefined]);
  });

  it('reads only known options from the address', () => {
    expect(
      readMatrixFilters(new URLSearchParams('england=worse&trend=sideways&age=overdue&q=x')),
    ).toEqual({ england: 'worse', age: 'overdue' });
  });

  it('lists the rows every filter lets through', () => {
    expect(ids(applyMatrixFilters(rows, { age: 'overdue' }))).toEqual(['dp', 'rev']);
    expect(ids(applyMatrixFilters(rows, { age: 'overdue', trend: 'worse' }))).toEqual(['rev']);
    expect(ids(applyMatrixFilters(rows, { target: 'met' }))).toEqual([]);
  });

  it('counts each option with the other filters as they are', () => {
    const facets = matrixFacets(rows, { age: 'overdue' });
    // England's options count among the two overdue rows; age's own among all three.
    expect(facets.england).toEqual({ any: 2, better: 1, similar: 0, worse: 1, untested: 0 });
    expect(facets.age).toEqual({ any: 3, current: 1, overdue: 2, none: 0, ended: 0 });
  });

  it('filters the matrix as the address asks, and says how many are shown', () => {
    const view = matrixView(summaries, {
      show: 'all',
      query: '',
      sort: undefined,
      direction: 'up',
      filters: { england: 'worse' },
    });
    expect(view.shown).toBe(1);
    expect(ids(view.groups.flatMap((g) => g.rows))).toEqual(['rev']);
    expect(view.facets.england.any).toBe(3);
  });
});
