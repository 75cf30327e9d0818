import { describe, expect, it } from 'vitest';
import type { PeriodKind } from '../data/types';
import { changeOverYear, changeSincePrevious, recentTrend, type Point } from './change';

/** A point whose period ends on `end`; start and label do not matter to these functions. */
const at = (end: string, value: number | undefined, kind: PeriodKind = 'quarter'): Point => ({
  period: { label: end, kind, start: end, end },
  value,
});

describe('changeSincePrevious', () => {
  it('returns undefined for an empty series', () => {
    expect(changeSincePrevious([], 'higher')).toBeUndefined();
  });
  it('returns undefined for a single point', () => {
    expect(changeSincePrevious([at('2025-03-31', 12)], 'higher')).toBeUndefined();
  });
  it('returns undefined when only one point has a value', () => {
    expect(
      changeSincePrevious([at('2024-12-31', undefined), at('2025-03-31', 12)], 'higher'),
    ).toBeUndefined();
  });
  it('compares the latest two figures of an unsorted series', () => {
    // Sorted: Jun 25, Sep (suppressed), Dec 30, Mar 32. Latest 32, previous 30: 32 − 30 = +2,
    // better when higher is better.
    const series = [
      at('2024-12-31', 30),
      at('2024-06-30', 25),
      at('2025-03-31', 32),
      at('2024-09-30', undefined),
    ];
    const change = changeSincePrevious(series, 'higher');
    expect(change?.from.period.end).toBe('2024-12-31');
    expect(change?.to.period.end).toBe('2025-03-31');
    expect(change?.delta).toBe(2);
    expect(change?.direction).toBe('better');
  });
  it('skips a suppressed latest period and a missing one before it', () => {
    // Mar suppressed, Dec missing: latest figure is Sep 18, previous Jun 20: 18 − 20 = −2, better
    // when lower is better.
    const series = [
      at('2024-06-30', 20),
      at('2024-09-30', 18),
      at('2024-12-31', undefined),
      at('2025-03-31', undefined),
    ];
    const change = changeSincePrevious(series, 'lower');
    expect(change?.from.value).toBe(20);
    expect(change?.to.value).toBe(18);
    expect(change?.delta).toBe(-2);
    expect(change?.direction).toBe('better');
  });
  it('reports a rise as worse when lower is better, and unjudged when there is no polarity', () => {
    // 31.2 − 30.1 = 1.1 (to floating-point precision).
    const series = [at('2024-12-31', 30.1), at('2025-03-31', 31.2)];
    expect(changeSincePrevious(series, 'lower')?.delta).toBeCloseTo(1.1, 10);
    expect(changeSincePrevious(series, 'lower')?.direction).toBe('worse');
    expect(changeSincePrevious(series, 'none')?.direction).toBe('no-judgement');
  });
  it('reports no change as the same', () => {
    expect(changeSincePrevious([at('2024-12-31', 7), at('2025-03-31', 7)], 'higher')).toMatchObject(
      { delta: 0, direction: 'same' },
    );
  });
});

describe('changeOverYear', () => {
  it('returns undefined for an empty series and for a single point', () => {
    expect(changeOverYear([], 'higher')).toBeUndefined();
    expect(changeOverYear([at('2025-03-31', 40)], 'higher')).toBeUndefined();
  });
  it('compares a quarter with the same quarter a year earlier, not the one before', () => {
    // Latest Mar 2025 = 40; a year earlier is Mar 2024 = 35 (Dec 2024 is 90 days from the aim): 40
    // − 35 = +5.
    const series = [
      at('2024-03-31', 35),
      at('2024-06-30', 36),
      at('2024-12-31', 38),
      at('2025-03-31', 40),
    ];
    const change = changeOverYear(series, 'higher');
    expect(change?.from.period.end).toBe('2024-03-31');
    expect(change?.delta).toBe(5);
    expect(change?.direction).toBe('better');
  });
  it('counts financial year 2022-23 to 2023-24 as a year', () => {
    // Ends 31 Mar 2023 and 31 Mar 2024 (366 days, a leap year): 47 − 50 = −3, better when lower is
    // better.
    const series = [at('2024-03-31', 47, 'year'), at('2023-03-31', 50, 'year')];
    expect(changeOverYear(series, 'lower')).toMatchObject({ delta: -3, direction: 'better' });
  });
  it('returns undefined for biennial data, where the year before is not published', () => {
    expect(
      changeOverYear([at('2021-03-31', 60, 'year'), at('2023-03-31', 64, 'year')], 'higher'),
    ).toBeUndefined();
  });
  it('returns undefined when the figure a year earlier is suppressed, not reaching further', () => {
    // Mar 2024 suppressed; Dec 2023 is 456 days before Mar 2025, 91 days from the aim: outside ±45.
    const series = [at('2023-12-31', 30), at('2024-03-31', undefined), at('2025-03-31', 34)];
    expect(changeOverYear(series, 'higher')).toBeUndefined();
  });
  it('lines up month ends across a leap day', () => {
    // Feb 2025 (28th) aims at 28 Feb 2024: the Feb 2024 month-end (29th) is 1 day off, Jan 2024 is
    // 28 days off.
    const fromLeap = changeOverYear(
      [at('2024-01-31', 1, 'month'), at('2024-02-29', 2, 'month'), at('2025-02-28', 5, 'month')],
      'higher',
    );
    expect(fromLeap?.from.period.end).toBe('2024-02-29');
    // 29 Feb 2024 aims at 28 Feb 2023 exactly; Mar 2023 is 31 days off. 9 − 4 = +5.
    const toLeap = changeOverYear(
      [at('2023-02-28', 4, 'month'), at('2023-03-31', 3, 'month'), at('2024-02-29', 9, 'month')],
      'higher',
    );
    expect(toLeap).toMatchObject({ delta: 5, from: { period: { end: '2023-02-28' } } });
  });
  it('accepts a date up to 45 days from a year earlier and no further', () => {
    // Aim 15 May 2023: 20 Apr 2023 is 25 days off (accepted); 20 Mar 2023 is 56 days off (refused).
    expect(
      changeOverYear([at('2023-04-20', 10, 'date'), at('2024-05-15', 12, 'date')], 'higher')?.delta,
    ).toBe(2);
    expect(
      changeOverYear([at('2023-03-20', 10, 'date'), at('2024-05-15', 12, 'date')], 'higher'),
    ).toBeUndefined();
  });
  it('takes the closest figure, and the later one on a tie', () => {
    // Aim 30 Jun 2023: 20 Jun and 10 Jul are both 10 days off, so 10 Jul (value 8); 100 − 8 = 92.
    const series = [
      at('2023-06-20', 7, 'date'),
      at('2023-07-10', 8, 'date'),
      at('2023-05-01', 6, 'date'),
      at('2024-06-30', 100, 'date'),
    ];
    expect(changeOverYear(series, 'higher')).toMatchObject({ delta: 92, from: { value: 8 } });
  });
});

describe('recentTrend', () => {
  it('returns undefined for no figure or one valued figure', () => {
    expect(recentTrend([], 'higher')).toBeUndefined();
    expect(
      recentTrend([at('2025-03-31', 4), at('2025-06-30', undefined)], 'higher'),
    ).toBeUndefined();
  });
  it('takes the last three valued figures of an unsorted series, skipping a suppressed one', () => {
    // Sorted: Mar 10, Jun 12, Sep (suppressed), Dec 11, Mar 15. Last three valued: 12, 11, 15.
    // Steps: 11 − 12 = −1 (worse when higher is better), 15 − 11 = +4 (better); overall 15 − 12 =
    // +3.
    const trend = recentTrend(
      [
        at('2025-12-31', 11),
        at('2025-03-31', 10),
        at('2026-03-31', 15),
        at('2025-09-30', undefined),
        at('2025-06-30', 12),
      ],
      'higher',
    );
    expect(
      trend?.steps.map((s) => [s.from.period.end, s.to.period.end, s.delta, s.direction]),
    ).toEqual([
      ['2025-06-30', '2025-12-31', -1, 'worse'],
      ['2025-12-31', '2026-03-31', 4, 'better'],
    ]);
    expect([
      trend?.overall.from.period.end,
      trend?.overall.delta,
      trend?.overall.direction,
    ]).toEqual(['2025-06-30', 3, 'better']);
  });
  it('gives one step with only two figures, judged by polarity', () => {
    // 20 → 18 = −2: better when lower is better.
    const trend = recentTrend([at('2024-03-31', 20), at('2025-03-31', 18)], 'lower');
    expect(trend?.steps).toHaveLength(1);
    expect([trend?.overall.delta, trend?.overall.direction]).toEqual([-2, 'better']);
  });
});

describe('changes across a series break', () => {
  // Annual figures ending 31 March; the break is before 2023-24, which starts on 1 April 2023.
  const series = [
    at('2021-03-31', 80, 'year'),
    at('2022-03-31', 84, 'year'),
    at('2023-03-31', 88.6, 'year'),
    at('2024-03-31', 90, 'year'),
  ];
  it('gives the move from 2022-23 to 2023-24 but never judges it better or worse', () => {
    const change = changeSincePrevious(series, 'higher', '2023-04-01');
    expect(change?.delta).toBeCloseTo(1.4);
    expect(change?.direction).toBe('no-judgement');
    expect(change?.acrossBreak).toBe(true);
    expect(changeOverYear(series, 'higher', '2023-04-01')?.direction).toBe('no-judgement');
  });
  it('judges a move on one side of the break as usual', () => {
    expect(changeSincePrevious(series, 'higher', '2022-04-01')).toMatchObject({
      direction: 'better',
      acrossBreak: false,
    });
    expect(changeSincePrevious(series, 'higher')?.direction).toBe('better');
  });
  it('draws the trend from the figures measured as the latest is', () => {
    // After a break before 2021-22 only 84 → 88.6 → 90 count (+4.6, +1.4); after one before
    // 2023-24, only the latest figure.
    const trend = recentTrend(series, 'higher', '2021-04-01');
    expect(trend?.steps.map((s) => Math.round(s.delta * 10) / 10)).toEqual([4.6, 1.4]);
    expect(recentTrend(series, 'higher', '2023-04-01')).toBeUndefined();
  });
});
