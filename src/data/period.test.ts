import { describe, expect, it } from 'vitest';
import {
  breakStart,
  redefinedFrom,
  monthAbbreviation,
  monthOfName,
  parsePeriod,
  periodFits,
} from './period';

describe('parsePeriod', () => {
  it('reads a financial year as April to March', () => {
    expect(parsePeriod('2023-24')).toEqual({
      ok: true,
      period: { label: '2023-24', kind: 'year', start: '2023-04-01', end: '2024-03-31' },
    });
  });
  it('reads the fourth quarter as January to March of the second year', () => {
    expect(parsePeriod('2025-26 Q4')).toEqual({
      ok: true,
      period: { label: '2025-26 Q4', kind: 'quarter', start: '2026-01-01', end: '2026-03-31' },
    });
    expect(parsePeriod('2025-26 Q1')).toEqual({
      ok: true,
      period: { label: '2025-26 Q1', kind: 'quarter', start: '2025-04-01', end: '2025-06-30' },
    });
  });
  it('reads a month and a date, knowing leap years', () => {
    expect(parsePeriod('2024-02')).toEqual({
      ok: true,
      period: { label: '2024-02', kind: 'month', start: '2024-02-01', end: '2024-02-29' },
    });
    expect(parsePeriod('2024-02-29').ok).toBe(true);
    expect(parsePeriod('2025-02-29').ok).toBe(false);
  });
  it('tells a financial year from a month by whether the second year follows the first', () => {
    expect(parsePeriod('2012-13')).toMatchObject({ ok: true, period: { kind: 'year' } });
    expect(parsePeriod('2012-12')).toMatchObject({ ok: true, period: { kind: 'month' } });
    expect(parsePeriod('1999-00')).toMatchObject({
      ok: true,
      period: { kind: 'year', end: '2000-03-31' },
    });
  });
  it('refuses other shapes', () => {
    for (const bad of ['2023/24', '2023-2024', 'Q2 2025-26', '2025-26 Q0', '', '2025-1'])
      expect(parsePeriod(bad).ok).toBe(false);
  });
  it('fits periods to frequencies', () => {
    const q = parsePeriod('2025-26 Q2');
    if (!q.ok) throw new Error('parse');
    expect(periodFits(q.period, 'quarterly')).toBe(true);
    expect(periodFits(q.period, 'annual')).toBe(false);
  });
});

describe('month names', () => {
  it('reads a month written in full, abbreviated or in capitals, and nothing else', () => {
    expect(['Jun', 'june', 'JUNE', 'Sept', 'sep', 'May'].map(monthOfName)).toEqual([
      6, 6, 6, 9, 9, 5,
    ]);
    expect(['ju', 'junk', 'marching', ''].map(monthOfName)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
  it('abbreviates a month as a spreadsheet heading does', () => {
    expect([1, 6, 9, 12].map(monthAbbreviation)).toEqual(['Jan', 'Jun', 'Sep', 'Dec']);
  });
});

describe('redefinedFrom', () => {
  it('stops judging at a redefinition (a break of no stated kind), never at a renumbering', () => {
    expect(redefinedFrom({ breakPeriod: '2021-22', breakKind: 'redefined' })).toBe('2021-04-01');
    expect(redefinedFrom({ breakPeriod: '2023-24', breakKind: 'renumbered' })).toBeUndefined();
    expect(redefinedFrom({ breakPeriod: undefined, breakKind: undefined })).toBeUndefined();
  });
});

describe('breakStart', () => {
  it('is the first day of the period after the break, or undefined with no break', () => {
    expect(breakStart({ breakPeriod: '2023-24' })).toBe('2023-04-01');
    expect(breakStart({ breakPeriod: '2025-26 Q2' })).toBe('2025-07-01');
    expect(breakStart({ breakPeriod: undefined })).toBeUndefined();
  });
});
