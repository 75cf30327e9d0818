import { describe, expect, it } from 'vitest';
import { readSheetCell } from './sheetCell';

const read = (text: string, unit: 'percent' | 'count' = 'percent') =>
  readSheetCell(text, unit, 'm');

describe('readSheetCell', () => {
  it('reads figures as officers write them', () => {
    expect(read('52.1%')).toEqual({ kind: 'figure', value: '52.1' });
    expect(read('9.0')).toEqual({ kind: 'figure', value: '9.0' });
    expect(read('1,350', 'count')).toEqual({ kind: 'figure', value: '1350' });
    expect(read('[c]')).toEqual({ kind: 'suppressed' });
    expect(read('')).toEqual({ kind: 'empty' });
  });

  it('leaves words out, never reading them as a figure', () => {
    for (const t of ['N/A', 'tbc', 'Survey Results due May 2023', '7.6 per 100k Pop. Forecast 32'])
      expect(read(t), t).toEqual({ kind: 'words' });
  });

  it('refuses a figure typed wrong, saying how to write it', () => {
    expect(read('12,5')).toEqual({
      kind: 'problem',
      message: '"12,5" has a decimal comma',
      fix: 'write it with a full stop: 12.5',
    });
    expect(read('78.5k', 'count')).toEqual({
      kind: 'problem',
      message: '"78.5k" is rounded to thousands',
      fix:
        'write the figure in full (78500 if that is all that was published), or leave the ' +
        'cell blank',
    });
    expect(read('12%', 'count')).toEqual({
      kind: 'problem',
      message: '"12%" is a percentage but "m" is measured as count',
      fix: 'check the row is the right measure, or write the figure without the % sign',
    });
  });
});
