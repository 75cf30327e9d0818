import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from './csvExport';

describe('csv export', () => {
  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(safeCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(safeCell('+1+1')).toBe("'+1+1");
    expect(safeCell('-2')).toBe("'-2");
    expect(safeCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
  it('keeps numbers as numbers, including negative ones', () => {
    expect(safeCell(-2.5)).toBe('-2.5');
    expect(safeCell(undefined)).toBe('');
  });
  it('quotes commas and line breaks', () => {
    expect(toCsv(['a', 'b'], [['x, y', 3]])).toBe('a,b\r\n"x, y",3\r\n');
  });
});
