import type { Polarity } from '../data/types';

/** How a change reads for residents: 'no-judgement' where the measure has no better direction. */
export type Direction = 'better' | 'worse' | 'same' | 'no-judgement';

/**
 * Whether a change (later minus earlier) is better, worse or the same, given the measure's
 * polarity.
 */
export function judgeChange(delta: number, polarity: Polarity): Direction {
  // No change is reported as 'same' even for measures without a better direction: it is a fact, not
  // a judgement.
  if (delta === 0) return 'same';
  if (polarity === 'none' || Number.isNaN(delta)) return 'no-judgement';
  return delta > 0 === (polarity === 'higher') ? 'better' : 'worse';
}
