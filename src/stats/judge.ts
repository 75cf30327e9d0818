import type { Period, Polarity } from '../data/types';

/**
 * How a change reads for residents: 'no-judgement' where the measure has no better direction, or
 * where the two figures lie either side of its series break.
 */
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

/**
 * Whether an earlier and a later figure lie either side of a measure's series break, where its
 * definition changed; `breakStart` is the first day of the first period after the break.
 */
export function acrossBreak(from: Period, to: Period, breakStart: string | undefined): boolean {
  return breakStart !== undefined && from.start < breakStart && to.start >= breakStart;
}

/**
 * How the move from an earlier figure to a later one reads: as judgeChange, but never better or
 * worse across the series break, where the figures are not measured the same way.
 */
export function judgeMove(
  from: Period,
  to: Period,
  delta: number,
  polarity: Polarity,
  breakStart: string | undefined,
): Direction {
  return acrossBreak(from, to, breakStart) ? 'no-judgement' : judgeChange(delta, polarity);
}
