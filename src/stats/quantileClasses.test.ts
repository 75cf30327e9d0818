import { describe, expect, it } from 'vitest';
import { quantileClasses } from './quantileClasses';

describe('quantileClasses', () => {
  it('returns no classes for no figures', () => {
    const c = quantileClasses([], 5);
    expect(c.classes).toEqual([]);
    expect(c.classOf(3)).toBeUndefined();
  });

  it('puts one figure in one class', () => {
    // Every cut point of [7] is 7, and 7 goes up past all four: one class.
    const c = quantileClasses([7], 5);
    expect(c.classes).toEqual([{ min: 7, max: 7, count: 1 }]);
    expect(c.classOf(7)).toBe(0);
  });

  it('cuts ten figures into five classes of two', () => {
    // 1..10 sorted; R-7 quantile at p is x[h] + frac·(x[h+1] − x[h]), h = 9p (zero-based):
    // p 0.2 → h 1.8 → 2 + 0.8 = 2.8; 0.4 → 3.6 → 4.6; 0.6 → 5.4 → 6.4; 0.8 → 7.2 → 8.2.
    // So 1, 2 | 3, 4 | 5, 6 | 7, 8 | 9, 10.
    const c = quantileClasses([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 5);
    expect(c.classes).toEqual([
      { min: 1, max: 2, count: 2 },
      { min: 3, max: 4, count: 2 },
      { min: 5, max: 6, count: 2 },
      { min: 7, max: 8, count: 2 },
      { min: 9, max: 10, count: 2 },
    ]);
    expect([1, 2.8, 2.9, 4.6, 8.2, 10].map(c.classOf)).toEqual([0, 1, 1, 2, 4, 4]);
  });

  it('sends a figure equal to a cut point up into the next class', () => {
    // 0, 10, 20, 30, 40 with k = 2: the one cut is the median, 20 (h = 2), and 20 goes up:
    // 0, 10 | 20, 30, 40.
    const c = quantileClasses([0, 10, 20, 30, 40], 2);
    expect(c.classes).toEqual([
      { min: 0, max: 10, count: 2 },
      { min: 20, max: 40, count: 3 },
    ]);
  });

  it('drops the classes equal figures leave empty', () => {
    // 1, 5, 5, 5, 5, 5, 5, 9 (n = 8, h = 7p): h 1.4, 2.8, 4.2, 5.6 all fall between two 5s, so
    // every cut point is 5. 1 is below them all (class 0); 5 and 9 go up past them all (class 4).
    // Classes 1 to 3 are empty and dropped: two classes remain.
    const c = quantileClasses([5, 1, 5, 5, 9, 5, 5, 5], 5);
    expect(c.classes).toEqual([
      { min: 1, max: 1, count: 1 },
      { min: 5, max: 9, count: 7 },
    ]);
    expect([1, 5, 9].map(c.classOf)).toEqual([0, 1, 1]);
  });

  it('ignores figures that are not numbers', () => {
    const c = quantileClasses([Number.NaN, 3, Number.POSITIVE_INFINITY], 5);
    expect(c.classes).toEqual([{ min: 3, max: 3, count: 1 }]);
    expect(c.classOf(Number.NaN)).toBeUndefined();
  });
});
