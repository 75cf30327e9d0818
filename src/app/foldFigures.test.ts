import { describe, expect, it } from 'vitest';
import type { Observation } from '../data/types';
import { testObservation } from '../stats/fixtures';
import { foldFigures } from './foldFigures';

const obs = (drop: string, metric: string, value: number): Observation =>
  testObservation({ drop, metric, value, period: '2025-26 Q1' });

describe('foldFigures', () => {
  const a = [obs('a', 'waits', 135), obs('a', 'reviews', 31)];
  const b = [obs('b', 'waits', 128)];

  it('folds the drops in order, by measure, with the earlier value as a revision', () => {
    const { figures, byMetric } = foldFigures([a, b], ['a', 'b']);
    expect(figures.map((f) => [f.metric, f.value])).toEqual([
      ['waits', 128],
      ['reviews', 31],
    ]);
    expect(byMetric.get('waits')?.[0]?.revisions.map((r) => r.value)).toEqual([135]);
    expect(byMetric.get('reviews')?.[0]?.revisions).toEqual([]);
  });

  it('returns the same fold for the same files, and a new one when a file reloads', () => {
    const first = foldFigures([a, b], ['a', 'b']);
    expect(foldFigures([a, b], ['a', 'b'])).toBe(first);
    // A snapshot at the first drop is another fold of the same file.
    expect(foldFigures([a], ['a']).figures.map((f) => f.value)).toEqual([135, 31]);
    const reloaded = [...b];
    const again = foldFigures([a, reloaded], ['a', 'b']);
    expect(again).not.toBe(first);
    expect(again.figures).toEqual(first.figures);
  });

  it('folds what has arrived while a drop is still loading', () => {
    expect(foldFigures([a, undefined], ['a', 'b']).figures.map((f) => f.value)).toEqual([135, 31]);
  });
});
