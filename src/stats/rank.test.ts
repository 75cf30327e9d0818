import { describe, expect, it } from 'vitest';
import { rankAll, rankAmong, summarise, type AreaValue } from './rank';

// F 30, B 20, C 20, A 10, D 5; E suppressed. Five areas have a value.
const group: AreaValue[] = [
  { area: 'A', value: 10 },
  { area: 'B', value: 20 },
  { area: 'C', value: 20 },
  { area: 'D', value: 5 },
  { area: 'E', value: undefined },
  { area: 'F', value: 30 },
];

describe('rankAmong', () => {
  it('returns undefined for an empty group', () => {
    expect(rankAmong([], 'A', 'higher')).toBeUndefined();
  });
  it('returns undefined for an area with no value or not in the group', () => {
    expect(rankAmong(group, 'E', 'higher')).toBeUndefined();
    expect(rankAmong(group, 'Z', 'higher')).toBeUndefined();
  });
  it('ranks a single area first of one, in the best quartile', () => {
    expect(rankAmong([{ area: 'A', value: 3 }], 'A', 'lower')).toEqual({
      rank: 1,
      of: 1,
      quartile: 1,
      tied: false,
    });
  });
  it('ranks highest first when higher is better, ties sharing the better rank', () => {
    // Competition ranking 1, 2, 2, 4, 5 of 5. Quartile = min(4, floor((rank − 1) × 4 / 5) + 1):
    // rank 1 → 1; rank 2 → floor(0.8) + 1 = 1; rank 4 → floor(2.4) + 1 = 3; rank 5 → floor(3.2) + 1
    // = 4.
    expect(rankAmong(group, 'F', 'higher')).toEqual({ rank: 1, of: 5, quartile: 1, tied: false });
    expect(rankAmong(group, 'B', 'higher')).toEqual({ rank: 2, of: 5, quartile: 1, tied: true });
    expect(rankAmong(group, 'C', 'higher')).toEqual({ rank: 2, of: 5, quartile: 1, tied: true });
    expect(rankAmong(group, 'A', 'higher')).toEqual({ rank: 4, of: 5, quartile: 3, tied: false });
    expect(rankAmong(group, 'D', 'higher')).toEqual({ rank: 5, of: 5, quartile: 4, tied: false });
  });
  it('ranks lowest first when lower is better', () => {
    // D 5 → 1, A 10 → 2, B and C 20 → 3, F 30 → 5. B: floor(2 × 4 / 5) + 1 = 2; F: floor(16 / 5) +
    // 1 = 4.
    expect(rankAmong(group, 'D', 'lower')).toEqual({ rank: 1, of: 5, quartile: 1, tied: false });
    expect(rankAmong(group, 'A', 'lower')).toEqual({ rank: 2, of: 5, quartile: 1, tied: false });
    expect(rankAmong(group, 'B', 'lower')).toEqual({ rank: 3, of: 5, quartile: 2, tied: true });
    expect(rankAmong(group, 'F', 'lower')).toEqual({ rank: 5, of: 5, quartile: 4, tied: false });
  });
  it('orders from the highest value when there is no polarity', () => {
    expect(rankAmong(group, 'F', 'none')).toEqual({ rank: 1, of: 5, quartile: 1, tied: false });
    expect(rankAmong(group, 'D', 'none')).toEqual({ rank: 5, of: 5, quartile: 4, tied: false });
  });
  it('puts every area first when all values tie', () => {
    const tied = [
      { area: 'A', value: 4 },
      { area: 'B', value: 4 },
      { area: 'C', value: 4 },
    ];
    expect(rankAmong(tied, 'C', 'higher')).toEqual({ rank: 1, of: 3, quartile: 1, tied: true });
  });
  it('places the second of two areas in the third quartile, as the formula gives', () => {
    // floor((2 − 1) × 4 / 2) + 1 = 3.
    expect(
      rankAmong(
        [
          { area: 'A', value: 1 },
          { area: 'B', value: 2 },
        ],
        'A',
        'higher',
      ),
    ).toEqual({ rank: 2, of: 2, quartile: 3, tied: false });
  });
});

describe('rankAll', () => {
  it('lists the areas with a value best first, ties sharing the better rank', () => {
    // Lower is better: D 5, A 10, B 20, C 20, F 30 → 1, 2, 3, 3, 5; E (suppressed) is left out.
    expect(rankAll(group, 'lower')).toEqual([
      { area: 'D', value: 5, rank: 1 },
      { area: 'A', value: 10, rank: 2 },
      { area: 'B', value: 20, rank: 3 },
      { area: 'C', value: 20, rank: 3 },
      { area: 'F', value: 30, rank: 5 },
    ]);
  });
  it('returns an empty list for no values', () => {
    expect(rankAll([{ area: 'E', value: undefined }], 'higher')).toEqual([]);
  });
});

describe('summarise', () => {
  it('returns undefined for no values, or only missing ones', () => {
    expect(summarise([])).toBeUndefined();
    expect(summarise([undefined, undefined])).toBeUndefined();
  });
  it('gives a single value as every statistic', () => {
    expect(summarise([7])).toEqual({
      median: 7,
      lowerQuartile: 7,
      upperQuartile: 7,
      min: 7,
      max: 7,
      count: 1,
    });
  });
  it('gives quartiles by R-7 on odd counts, ignoring missing values', () => {
    // Sorted 1..5, n = 5: position (n − 1) × p: 0.25 → 1 → 2; 0.5 → 2 → 3; 0.75 → 3 → 4.
    expect(summarise([5, undefined, 1, 4, 2, 3])).toEqual({
      median: 3,
      lowerQuartile: 2,
      upperQuartile: 4,
      min: 1,
      max: 5,
      count: 5,
    });
  });
  it('interpolates R-7 quartiles between values on even counts', () => {
    // Sorted 10, 20, 40, 80: 0.25 → 0.75 → 10 + 0.75 × 10 = 17.5; 0.5 → 1.5 → 20 + 0.5 × 20 = 30;
    // 0.75 → 2.25 → 40 + 0.25 × 40 = 50.
    expect(summarise([40, undefined, 10, 80, 20])).toEqual({
      median: 30,
      lowerQuartile: 17.5,
      upperQuartile: 50,
      min: 10,
      max: 80,
      count: 4,
    });
  });
});
