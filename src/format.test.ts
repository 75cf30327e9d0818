import { describe, expect, it } from 'vitest';
import {
  capitalise,
  formatAge,
  formatDay,
  formatMonth,
  formatDate,
  formatDelta,
  formatNumber,
  formatPeriod,
  formatValue,
  ordinal,
} from './format';
import { parsePeriod } from './data/period';

const pct = { unit: 'percent', decimals: 1 } as const;
const days = { unit: 'days', decimals: 0 } as const;
const count = { unit: 'count', decimals: 0 } as const;

function period(label: string) {
  const p = parsePeriod(label);
  if (!p.ok) throw new Error(p.message);
  return p.period;
}

describe('format', () => {
  it('formats numbers the en-GB way', () => {
    expect(formatNumber(1274)).toBe('1,274');
    expect(formatNumber(12.46, 1)).toBe('12.5');
  });
  it('writes values with their units', () => {
    expect(formatValue(12.5, pct)).toBe('12.5%');
    expect(formatValue(135, days)).toBe('135 days');
    expect(formatValue(1, days)).toBe('1 day');
    // Waits kept as published: "2 weeks" (First Contact), "3.3 months" (supported living).
    expect(formatValue(2, { unit: 'weeks', decimals: 0 })).toBe('2 weeks');
    expect(formatValue(3.3, { unit: 'months', decimals: 1 })).toBe('3.3 months');
    expect(formatValue(1274, count)).toBe('1,274');
    expect(formatValue(undefined, count)).toBe('no figure');
  });
  it('writes differences with a sign and percentage points', () => {
    expect(formatDelta(2.14, pct)).toBe('+2.1 percentage points');
    expect(formatDelta(-14, days)).toBe('−14 days');
    expect(formatDelta(0, count)).toBe('0');
  });
  it('writes dates and periods in words', () => {
    expect(formatDate('2025-11-13')).toBe('13 November 2025');
    expect(formatPeriod(period('2025-01'))).toBe('January 2025');
    expect(formatPeriod(period('2023-24'))).toBe('2023-24');
    expect(formatPeriod(period('2025-26 Q2'))).toBe('Q2 2025-26');
    expect(formatPeriod(period('2025-26 Q2'), true)).toBe('July to September 2025 (Q2)');
    expect(formatPeriod(period('2025-26 Q4'), true)).toBe('January to March 2026 (Q4)');
  });
  it('writes CQC scores in words', () => {
    const cqc = { unit: 'cqc-score', decimals: 0 } as const;
    expect(formatValue(2, cqc)).toBe('2 of 4: some shortfalls');
    expect(formatValue(3, cqc)).toBe('3 of 4: a good standard');
    expect(formatDelta(1, cqc)).toBe('+1 point');
  });
  it('writes months and ages in words', () => {
    expect(formatDate('2025-01')).toBe('January 2025');
    expect(formatMonth('2026-11-30')).toBe('November 2026');
    expect(formatDay('2025-01-31')).toBe('January 2025');
    expect(formatDay('2025-06-26')).toBe('26 June 2025');
    expect([1, 5, 22, 24, 32, 36].map(formatAge)).toEqual([
      '1 month',
      '5 months',
      '22 months',
      '2 years',
      '2 years and 8 months',
      '3 years',
    ]);
    expect(capitalise('similar to England')).toBe('Similar to England');
  });
  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
      '111th',
    ]);
  });
});
