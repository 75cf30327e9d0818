import { describe, expect, it } from 'vitest';
import { judgeChange } from './judge';

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
