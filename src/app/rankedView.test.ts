import { describe, expect, it } from 'vitest';
import type { Area } from '../data/types';
import { testFigure, testMetric } from '../stats/fixtures';
import { rankedView } from './rankedView';

const areas = new Map<string, Area>(
  [
    ['A', 'Leicester'],
    ['P', 'Derby'],
    ['K', 'Kent'],
    ['S', 'Swindon'],
    ['N', 'Nottingham'],
  ].map(([code = '', name = '']) => [code, { code, name, kind: 'council' }]),
);
const fig = (area: string, value: number | undefined) =>
  testFigure({ metric: 'm', area, period: '2023-24', value });

describe('rankedView', () => {
  it('ranks the group best first with competition ranks, bars scaled to the largest value', () => {
    const metric = testMetric({ polarity: 'higher' });
    const view = rankedView(
      metric,
      [fig('P', 30), fig('A', 50), fig('S', undefined), fig('K', 50), fig('N', 20)],
      'A',
      areas,
    );
    if (view.kind !== 'ranked') throw new Error('expected a ranking');
    // Higher is better: 50 (A), 50 (K) share 1st, so 30 is 3rd and 20 4th ("1, 1, 3, 4").
    // Equal values keep the order they came in. Bars: 50/50 = 100.0, 30/50 = 60.0, 20/50 = 40.0.
    expect(view.rows).toEqual([
      { area: 'A', name: 'Leicester', value: 50, rank: 1, mine: true, bar: '100.0' },
      { area: 'K', name: 'Kent', value: 50, rank: 1, mine: false, bar: '100.0' },
      { area: 'P', name: 'Derby', value: 30, rank: 3, mine: false, bar: '60.0' },
      { area: 'N', name: 'Nottingham', value: 20, rank: 4, mine: false, bar: '40.0' },
    ]);
    expect(view.period.label).toBe('2023-24');
    expect(view.order).toBe('best first');
    expect(view.authorityName).toBe('Leicester');
    expect(view.missing).toEqual(['Swindon']);
  });

  it('puts the lowest first when lower is better, and says highest first with no polarity', () => {
    const figures = [fig('A', 12), fig('P', 3), fig('K', 7)];
    const lower = rankedView(testMetric({ polarity: 'lower' }), figures, 'A', areas);
    if (lower.kind !== 'ranked') throw new Error('expected a ranking');
    // 3 (P) 1st, 7 (K) 2nd, 12 (A) 3rd; bars 3/12 = 25.0, 7/12 = 58.33… → 58.3, 12/12 = 100.0.
    expect(lower.rows.map((r) => [r.area, r.rank, r.bar])).toEqual([
      ['P', 1, '25.0'],
      ['K', 2, '58.3'],
      ['A', 3, '100.0'],
    ]);
    expect(lower.order).toBe('best first');
    const none = rankedView(testMetric({ polarity: 'none' }), figures, 'A', areas);
    if (none.kind !== 'ranked') throw new Error('expected a ranking');
    expect(none.rows.map((r) => r.area)).toEqual(['A', 'K', 'P']);
    expect(none.order).toBe('highest first');
  });

  it('scales bars by absolute value and draws none when every value is zero', () => {
    // Largest |value| is |-8| = 8: 4/8 = 50.0, -8 → 100.0.
    const mixed = rankedView(
      testMetric({ polarity: 'higher' }),
      [fig('A', -8), fig('P', 4)],
      'A',
      areas,
    );
    if (mixed.kind !== 'ranked') throw new Error('expected a ranking');
    expect(mixed.rows.map((r) => [r.area, r.bar])).toEqual([
      ['P', '50.0'],
      ['A', '100.0'],
    ]);
    const zeros = rankedView(
      testMetric({ polarity: 'higher' }),
      [fig('A', 0), fig('P', 0)],
      'A',
      areas,
    );
    if (zeros.kind !== 'ranked') throw new Error('expected a ranking');
    // Both 0: joint 1st, and a scale of 1 rather than a division by zero.
    expect(zeros.rows.map((r) => [r.rank, r.bar])).toEqual([
      [1, '0.0'],
      [1, '0.0'],
    ]);
  });

  it('is too few to rank with fewer than two figures, and names an unknown code by itself', () => {
    const metric = testMetric();
    expect(rankedView(metric, [], 'A', areas)).toEqual({ kind: 'too-few' });
    expect(rankedView(metric, [fig('A', 5), fig('P', undefined)], 'A', areas)).toEqual({
      kind: 'too-few',
    });
    const view = rankedView(metric, [fig('X', 5), fig('A', 6)], 'A', areas);
    expect(view.kind === 'ranked' && view.rows.map((r) => r.name)).toEqual(['X', 'Leicester']);
  });
});
