import type { Operator } from '../data/types';

/** A dated figure on a plan: a baseline, a target, or the latest measured value. */
export interface Anchor {
  /** ISO yyyy-mm-dd. */
  date: string;
  value: number;
}

export type TargetStatus =
  | { status: 'met'; latest: Anchor }
  | { status: 'on-track'; latest: Anchor; expected: number }
  | { status: 'off-track'; latest: Anchor; expected: number }
  | { status: 'missed'; latest: Anchor }
  | { status: 'not-measured-since'; since: string }
  | { status: 'no-data' };

export interface TargetInput {
  baseline: Anchor | undefined;
  target: Anchor;
  operator: Operator;
  latest: Anchor | undefined;
  /** ISO yyyy-mm-dd, passed in so results do not depend on the clock. */
  today: string;
  /** A figure older than this many days says nothing about progress now; 200 allows a late annual return. */
  staleAfterDays?: number;
}

const DAY_MS = 86_400_000;
/** Tolerance for 'equal' and for sitting exactly on the trajectory, so rounding does not flip a verdict. */
const EPSILON = 1e-9;

const dayNumber = (iso: string): number => Date.parse(iso) / DAY_MS;

/** The value a straight line from baseline to target expects on a date, held flat before the baseline and after the target. */
export function trajectoryAt(baseline: Anchor, target: Anchor, date: string): number {
  const span = dayNumber(target.date) - dayNumber(baseline.date);
  // A plan whose target is not after its baseline has no slope: expect the baseline until the target date.
  if (!(span > 0)) return dayNumber(date) >= dayNumber(target.date) ? target.value : baseline.value;
  // Linear in days: plans state a start and an end, not a curve, so a straight line is the least assumption.
  const share = Math.min(1, Math.max(0, (dayNumber(date) - dayNumber(baseline.date)) / span));
  return baseline.value + (target.value - baseline.value) * share;
}

/** Whether a value meets a target as written ("nil" is at-most 0, "all" is at-least 100). */
export function meetsTarget(value: number, target: number, operator: Operator): boolean {
  switch (operator) {
    case 'at-most':
      return value <= target;
    case 'less-than':
      return value < target;
    case 'at-least':
      return value >= target;
    case 'more-than':
      return value > target;
    case 'equal':
      return Math.abs(value - target) <= EPSILON;
  }
}

/** Which way is progress: -1 when lower is better, +1 when higher is, 0 when neither (equal target already at baseline). */
function better(operator: Operator, baseline: Anchor, target: Anchor): -1 | 0 | 1 {
  if (operator === 'at-most' || operator === 'less-than') return -1;
  if (operator === 'at-least' || operator === 'more-than') return 1;
  return target.value > baseline.value ? 1 : target.value < baseline.value ? -1 : 0;
}

/** Where a measure stands against an improvement-plan target on a given day. */
export function targetStatus(input: TargetInput): TargetStatus {
  const { baseline, target, operator, latest, today, staleAfterDays = 200 } = input;
  if (!latest)
    return baseline
      ? { status: 'not-measured-since', since: baseline.date }
      : { status: 'no-data' };
  // A figure speaks to the target if it is recent, or was measured around or after the target date;
  // an old figure neither meets nor misses a target set for later.
  const recent = dayNumber(today) - dayNumber(latest.date) <= staleAfterDays;
  const aroundTarget = dayNumber(latest.date) >= dayNumber(target.date) - staleAfterDays;
  if (!recent && !aroundTarget) return { status: 'not-measured-since', since: latest.date };
  if (meetsTarget(latest.value, target.value, operator)) return { status: 'met', latest };
  if (dayNumber(today) > dayNumber(target.date)) return { status: 'missed', latest };
  if (!recent) return { status: 'not-measured-since', since: latest.date };
  // Without a baseline there is no line to be on: not yet met means off track, against the target itself.
  if (!baseline) return { status: 'off-track', latest, expected: target.value };
  const expected = trajectoryAt(baseline, target, latest.date);
  const ahead = better(operator, baseline, target) * (latest.value - expected);
  const onLine = Math.abs(latest.value - expected) <= EPSILON;
  return { status: onLine || ahead > 0 ? 'on-track' : 'off-track', latest, expected };
}
