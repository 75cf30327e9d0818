import { describe, expect, it } from 'vitest';
import { freshness, monthsBetween } from './freshness';

describe('monthsBetween', () => {
  it('counts whole calendar months', () => {
    // January 2025 to November 2026: 12 + 10 = 22 months; 30 November is November's last day.
    expect(monthsBetween('2025-01-31', '2026-11-30')).toBe(22);
    // March 2024 to November 2026: 24 + 8 = 32.
    expect(monthsBetween('2024-03-31', '2026-11-30')).toBe(32);
    // 26 June 2025 to 15 January 2026: 7 calendar months, but the 26th is not yet reached: 6.
    expect(monthsBetween('2025-06-26', '2026-01-15')).toBe(6);
    // 31 January to 28 February: the end of a shorter month counts as a whole month.
    expect(monthsBetween('2025-01-31', '2025-02-28')).toBe(1);
    expect(monthsBetween('2025-03-31', '2025-03-31')).toBe(0);
    expect(monthsBetween('2026-01-01', '2025-12-01')).toBe(0);
  });
});

describe('freshness', () => {
  const pointInTime = { frequency: 'point-in-time', ended: undefined } as const;
  const annual = { frequency: 'annual', ended: undefined } as const;
  const biennial = { frequency: 'biennial', ended: undefined } as const;

  it('calls a snapshot from January 2025 overdue in November 2026 (22 months, 6 allowed)', () => {
    expect(freshness(pointInTime, '2025-01-31', '2026-11-30')).toEqual({
      kind: 'overdue',
      months: 22,
      allowed: 6,
    });
  });

  it('allows an annual figure its year and the nine months before publication', () => {
    // 2024-25 ends 31 March 2025; by 30 November 2026 it is 20 months old: within 21.
    expect(freshness(annual, '2025-03-31', '2026-11-30')).toEqual({ kind: 'current', months: 20 });
    // 2023-24 ends 31 March 2024: 32 months, so 2024-25 is overdue.
    expect(freshness(annual, '2024-03-31', '2026-11-30')).toEqual({
      kind: 'overdue',
      months: 32,
      allowed: 21,
    });
  });

  it('allows the biennial carers survey two years and nine months', () => {
    expect(freshness(biennial, '2024-03-31', '2026-11-30')).toEqual({
      kind: 'current',
      months: 32,
    });
  });

  it('never calls an ended series overdue, however old', () => {
    expect(
      freshness({ frequency: 'annual', ended: '2019-20' }, '2020-03-31', '2026-11-30'),
    ).toEqual({ kind: 'ended', months: 80 });
  });

  it('says there is no figure when there is none', () => {
    expect(freshness(annual, undefined, '2026-11-30')).toEqual({ kind: 'none' });
  });
});
