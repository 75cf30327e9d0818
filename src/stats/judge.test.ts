import { describe, expect, it } from 'vitest';
import { judgeChange, judgeMove } from './judge';

describe('judgeChange', () => {
  it('calls a rise better when higher is better, and a fall worse', () => {
    expect(judgeChange(2.5, 'higher')).toBe('better');
    expect(judgeChange(-0.1, 'higher')).toBe('worse');
  });
  it('calls a fall better when lower is better, and a rise worse', () => {
    expect(judgeChange(-3, 'lower')).toBe('better');
    expect(judgeChange(4, 'lower')).toBe('worse');
  });
  it('makes no judgement for a measure without a better direction', () => {
    expect(judgeChange(5, 'none')).toBe('no-judgement');
    expect(judgeChange(-5, 'none')).toBe('no-judgement');
  });
  it('calls no change the same whatever the polarity', () => {
    expect(judgeChange(0, 'higher')).toBe('same');
    expect(judgeChange(0, 'lower')).toBe('same');
    expect(judgeChange(0, 'none')).toBe('same');
    expect(judgeChange(-0, 'higher')).toBe('same');
  });
  it('makes no judgement on a difference that is not a number', () => {
    expect(judgeChange(Number.NaN, 'higher')).toBe('no-judgement');
  });
});

describe('judgeMove', () => {
  const year = (label: string, start: string, end: string) =>
    ({ label, kind: 'year', start, end }) as const;
  const y2223 = year('2022-23', '2022-04-01', '2023-03-31');
  const y2324 = year('2023-24', '2023-04-01', '2024-03-31');
  it('never judges a move across the series break, whatever the polarity', () => {
    expect(judgeMove(y2223, y2324, 1.4, 'higher', '2023-04-01')).toBe('no-judgement');
    expect(judgeMove(y2223, y2324, -1.4, 'lower', '2023-04-01')).toBe('no-judgement');
  });
  it('judges as judgeChange on one side of the break, or with none', () => {
    expect(judgeMove(y2223, y2324, 1.4, 'higher', '2022-04-01')).toBe('better');
    expect(judgeMove(y2223, y2324, 1.4, 'lower', undefined)).toBe('worse');
  });
});
