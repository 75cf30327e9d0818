import { describe, expect, it } from 'vitest';
import { readHeading } from './periodHeading';

const label = (heading: string) => {
  const h = readHeading(heading);
  return h.kind === 'period' ? h.period.label : h.kind;
};

describe('readHeading', () => {
  it('reads financial years in the spellings councils use', () => {
    for (const h of [
      '2021/22',
      '2021-22',
      '2021/2022',
      '21/22',
      '2021/22 Performance',
      'Outturn 2021-22',
    ])
      expect(label(h), h).toBe('2021-22');
    expect(label('2023/4')).toBe('2023-24');
  });

  it('reads quarters before or after the year, in any case', () => {
    for (const h of [
      '2022/23 Q1',
      'Q1 2022/23',
      'q1 2022/23',
      'Q1 - 2022/23',
      'Q1 of 22/23',
      '2022-23 Q1',
      'Quarter One 2022/23',
      '2022/23 Q1 Performance',
    ])
      expect(label(h), h).toBe('2022-23 Q1');
    expect(label('Q4 2022/23')).toBe('2022-23 Q4');
  });

  it('reads months, dates and a year to date as its last month', () => {
    expect(label('Jun-22')).toBe('2022-06');
    expect(label('June 2022')).toBe('2022-06');
    expect(label('2025-01')).toBe('2025-01');
    expect(label('30/06/2022')).toBe('2022-06-30');
    expect(label('2018-19 Performance (Apr – Nov)')).toBe('2018-11');
    expect(label('2018-19 (Apr - Feb)')).toBe('2019-02');
  });

  it('knows the measure column, and leaves out columns of words, targets and comparators', () => {
    expect(label('MEASURE')).toBe('measure');
    for (const h of [
      'Description',
      'Aim',
      'Polarity',
      'Notes',
      '',
      '19/20 Nat. Ave.',
      '2022/23 Target',
      'Q1 milestone 2022/23',
    ])
      expect(label(h), h).toBe('descriptive');
  });

  it('refuses a heading with a number in it that is not a period, saying how to write one', () => {
    expect(readHeading('2022/24')).toEqual({
      kind: 'unreadable',
      message: '"2022/24" is not a period',
      fix:
        'head each column of figures with its period, e.g. 2022/23, 2022/23 Q1, Q1 2022/23, ' +
        'Jun-22 or 2022-06-30',
    });
    expect(label('Q5 2022/23')).toBe('unreadable');
    expect(label('2022')).toBe('unreadable');
    expect(label('Q3')).toBe('unreadable');
  });
});
