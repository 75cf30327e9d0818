import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../data/period';
import type { Observation } from '../data/types';
import { currentFigures, dropsUpTo } from './figures';

function obs(
  drop: string,
  period: string,
  value: number | undefined,
  area = 'E06000016',
): Observation {
  const p = parsePeriod(period);
  if (!p.ok) throw new Error(p.message);
  return {
    metric: 'm',
    area,
    period: p.period,
    value,
    numerator: undefined,
    denominator: undefined,
    lower: undefined,
    upper: undefined,
    status: value === undefined ? 'suppressed' : 'final',
    note: '',
    source: 's',
    section: '',
    sourceRef: '',
    drop,
    line: 2,
  };
}

describe('currentFigures', () => {
  it('returns nothing for no observations', () => {
    expect(currentFigures([], ['a'])).toEqual([]);
  });
  it('keeps a later drop’s value and the earlier one as a revision', () => {
    const figures = currentFigures(
      [obs('b', '2025-26 Q1', 1274), obs('a', '2025-26 Q1', 1300), obs('a', '2025-26 Q2', 1190)],
      ['a', 'b'],
    );
    const q1 = figures.find((f) => f.period.label === '2025-26 Q1');
    expect(q1?.value).toBe(1274);
    expect(q1?.revisions.map((r) => r.value)).toEqual([1300]);
    expect(figures.find((f) => f.period.label === '2025-26 Q2')?.revisions).toEqual([]);
  });
  it('ignores drops not in the order given (a snapshot before them)', () => {
    const figures = currentFigures([obs('a', '2023-24', 10), obs('b', '2023-24', 12)], ['a']);
    expect(figures.map((f) => f.value)).toEqual([10]);
  });
});

describe('dropsUpTo', () => {
  const drops = [
    { id: 'a', published: '2025-01-01', title: 'A', note: '', line: 2 },
    { id: 'b', published: '2025-04-01', title: 'B', note: '', line: 3 },
  ];
  it('returns every drop for the latest view and the earlier ones for a snapshot', () => {
    expect(dropsUpTo(drops, undefined).map((d) => d.id)).toEqual(['a', 'b']);
    expect(dropsUpTo(drops, 'a').map((d) => d.id)).toEqual(['a']);
    expect(dropsUpTo(drops, 'zzz')).toEqual([]);
  });
});
