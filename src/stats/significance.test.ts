import { describe, expect, it } from 'vitest';
import type { Unit } from '../data/types';
import { compareWithBenchmark, wilsonInterval } from './significance';

/** A measure in a unit: a percentage published under an ASCOF code, so a share of people. */
const of = (unit: Unit) => ({ unit, codes: unit === 'percent' ? ['ASCOF 1C(2A)'] : [] });

// z = 1.959964, z² = 3.841459. Wilson limits = (2x + z² ∓ z√(z² + 4x(1 − x/n))) / (2(n + z²)).

describe('wilsonInterval', () => {
  it('gives the 95% interval for 312 out of 1,000 in percent', () => {
    // 2x + z² = 627.841459; z√(3.841459 + 1248 × 0.688) = 1.959964 × √862.465459 = 57.559757;
    // 2(n + z²) = 2007.682918. Lower = 570.281702 / 2007.682918 = 28.4050%; upper = 685.401216 /
    // 2007.682918 = 34.1389%.
    const interval = wilsonInterval(312, 1000);
    expect(interval?.lower).toBeCloseTo(28.405, 3);
    expect(interval?.upper).toBeCloseTo(34.1389, 3);
  });
  it('stays inside 0% to 100% when nothing happened', () => {
    // x = 0: lower = (z² − z²) / … = 0; upper = 2z² / (2(10 + z²)) = 3.841459 / 13.841459 =
    // 27.7533%.
    const interval = wilsonInterval(0, 10);
    expect(interval?.lower).toBe(0);
    expect(interval?.upper).toBeCloseTo(27.7533, 3);
  });
  it('stays inside 0% to 100% when everything happened', () => {
    // x = n: lower = 2n / (2(n + z²)) = 10 / 13.841459 = 72.2467%; upper = (2n + 2z²) / (2(n + z²))
    // = 100%.
    const interval = wilsonInterval(10, 10);
    expect(interval?.lower).toBeCloseTo(72.2467, 3);
    expect(interval?.upper).toBe(100);
  });
  it('takes another z', () => {
    // z = 1, 5/10: (10 + 1 ∓ √(1 + 20 × 0.5)) / 22 = (11 ∓ 3.316625) / 22 = 34.9244% and 65.0756%.
    const interval = wilsonInterval(5, 10, 1);
    expect(interval?.lower).toBeCloseTo(34.9244, 3);
    expect(interval?.upper).toBeCloseTo(65.0756, 3);
  });
  it('returns undefined for a denominator of zero or less', () => {
    expect(wilsonInterval(0, 0)).toBeUndefined();
    expect(wilsonInterval(1, -5)).toBeUndefined();
  });
  it('returns undefined for a numerator outside 0 to the denominator', () => {
    expect(wilsonInterval(-1, 10)).toBeUndefined();
    expect(wilsonInterval(11, 10)).toBeUndefined();
    expect(wilsonInterval(Number.NaN, 10)).toBeUndefined();
  });
});

describe('compareWithBenchmark', () => {
  it('does not compare a missing local figure or a missing benchmark', () => {
    expect(
      compareWithBenchmark({ value: undefined, lower: 1, upper: 2 }, 1.5, 'higher', of('percent')),
    ).toEqual({ verdict: 'not-compared', method: 'none' });
    expect(compareWithBenchmark({ value: 30 }, undefined, 'higher', of('percent'))).toEqual({
      verdict: 'not-compared',
      method: 'none',
    });
  });
  it('uses published limits first: a benchmark inside them is similar, even on the edge', () => {
    const local = { value: 30, numerator: 3, denominator: 10, lower: 27, upper: 33 };
    expect(compareWithBenchmark(local, 31, 'higher', of('percent'))).toEqual({
      verdict: 'similar',
      method: 'interval',
      lower: 27,
      upper: 33,
    });
    expect(compareWithBenchmark(local, 27, 'lower', of('percent')).verdict).toBe('similar');
  });
  it('calls limits wholly above the benchmark better when higher is better, else worse', () => {
    expect(
      compareWithBenchmark(
        { value: 30, lower: 27, upper: 33 },
        25,
        'higher',
        of('rate per 100,000'),
      ).verdict,
    ).toBe('better');
    expect(
      compareWithBenchmark({ value: 30, lower: 27, upper: 33 }, 25, 'lower', of('rate per 100,000'))
        .verdict,
    ).toBe('worse');
  });
  it('calls limits wholly below the benchmark worse when higher is better, else better', () => {
    expect(
      compareWithBenchmark({ value: 30, lower: 27, upper: 33 }, 35, 'higher', of('days')).verdict,
    ).toBe('worse');
    expect(
      compareWithBenchmark({ value: 30, lower: 27, upper: 33 }, 35, 'lower', of('days')).verdict,
    ).toBe('better');
  });
  it('does not judge a measure without polarity but still reports the interval', () => {
    expect(
      compareWithBenchmark({ value: 30, lower: 27, upper: 33 }, 25, 'none', of('score')),
    ).toEqual({
      verdict: 'not-compared',
      method: 'interval',
      lower: 27,
      upper: 33,
    });
    expect(
      compareWithBenchmark({ value: 30, lower: 27, upper: 33 }, 31, 'none', of('score')).verdict,
    ).toBe('not-compared');
  });
  it('computes a Wilson interval for a percentage with numerator and denominator', () => {
    // 312/1,000 → 28.41% to 34.14% (see wilsonInterval): 30 inside, 25 below, 36 above.
    const local = { value: 31.2, numerator: 312, denominator: 1000 };
    const similar = compareWithBenchmark(local, 30, 'higher', of('percent'));
    expect(similar).toMatchObject({ verdict: 'similar', method: 'wilson' });
    expect(similar.lower).toBeCloseTo(28.405, 3);
    expect(similar.upper).toBeCloseTo(34.1389, 3);
    expect(compareWithBenchmark(local, 25, 'higher', of('percent')).verdict).toBe('better');
    expect(compareWithBenchmark(local, 36, 'higher', of('percent')).verdict).toBe('worse');
    expect(compareWithBenchmark(local, 25, 'lower', of('percent')).verdict).toBe('worse');
    expect(compareWithBenchmark(local, 25, 'none', of('percent'))).toMatchObject({
      verdict: 'not-compared',
      method: 'wilson',
    });
  });
  it('uses no Wilson interval for a percentage that does not count people (a CQC score)', () => {
    // 25 of 36 points: a score, not 25 people out of 36, so no sampling interval is implied.
    const score = { unit: 'percent' as const, codes: ['CQC assessment'] };
    expect(
      compareWithBenchmark({ value: 69.4, numerator: 25, denominator: 36 }, 60, 'higher', score),
    ).toEqual({ verdict: 'better', method: 'difference' });
  });
  it('falls back to the plain difference when only one limit is given', () => {
    expect(compareWithBenchmark({ value: 30, lower: 27 }, 25, 'higher', of('days'))).toEqual({
      verdict: 'better',
      method: 'difference',
    });
  });
  it('does not use Wilson for a unit that is not a percentage, or for impossible counts', () => {
    expect(
      compareWithBenchmark(
        { value: 312, numerator: 312, denominator: 1000 },
        300,
        'higher',
        of('count'),
      ),
    ).toEqual({ verdict: 'better', method: 'difference' });
    expect(
      compareWithBenchmark(
        { value: 110, numerator: 11, denominator: 10 },
        50,
        'lower',
        of('percent'),
      ),
    ).toEqual({ verdict: 'worse', method: 'difference' });
  });
  it('without an interval, calls only an equal figure similar', () => {
    expect(compareWithBenchmark({ value: 12 }, 12, 'higher', of('days'))).toEqual({
      verdict: 'similar',
      method: 'difference',
    });
    expect(compareWithBenchmark({ value: 12.1 }, 12, 'higher', of('days'))).toEqual({
      verdict: 'better',
      method: 'difference',
    });
    expect(compareWithBenchmark({ value: 12.1 }, 12, 'lower', of('days'))).toEqual({
      verdict: 'worse',
      method: 'difference',
    });
    expect(compareWithBenchmark({ value: 12.1 }, 12, 'none', of('days'))).toEqual({
      verdict: 'not-compared',
      method: 'difference',
    });
    expect(compareWithBenchmark({ value: 12 }, 12, 'none', of('days'))).toEqual({
      verdict: 'not-compared',
      method: 'difference',
    });
  });
});
