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
  /**
   * No figure recent enough to judge; `atBaseline` when the latest figure is the plan's own
   * baseline (or older).
   */
  | { status: 'not-measured-since'; since: string; atBaseline: boolean }
  | { status: 'no-data' };

/** The statuses that are a verdict on progress, as opposed to "cannot be judged". */
export type Verdict = 'met' | 'on-track' | 'off-track' | 'missed';

export interface TargetInput {
  baseline: Anchor | undefined;
  target: Anchor;
  operator: Operator;
  latest: Anchor | undefined;
  /** ISO yyyy-mm-dd, passed in so results do not depend on the clock. */
  today: string;
  /**
   * Whether the latest figure is as recent as its measure's frequency allows on `today` (see
   * freshness).
   */
  current: boolean;
}

const DAY_MS = 86_400_000;
/**
 * Tolerance for 'equal' and for sitting exactly on the trajectory, so rounding does not flip a
 * verdict.
 */
const EPSILON = 1e-9;

const dayNumber = (iso: string): number => Date.parse(iso) / DAY_MS;

/**
 * The value a straight line from baseline to target expects on a date, held flat before the
 * baseline and after the target.
 */
export function trajectoryAt(baseline: Anchor, target: Anchor, date: string): number {
  const span = dayNumber(target.date) - dayNumber(baseline.date);
  // A plan whose target is not after its baseline has no slope: expect the baseline until the
  // target date.
  if (!(span > 0)) return dayNumber(date) >= dayNumber(target.date) ? target.value : baseline.value;
  // Linear in days: plans state a start and an end, not a curve, so a straight line is the least
  // assumption.
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

/**
 * Which way is progress: -1 when lower is better, +1 when higher is, 0 when neither (equal target
 * already at baseline).
 */
function better(operator: Operator, baseline: Anchor, target: Anchor): -1 | 0 | 1 {
  if (operator === 'at-most' || operator === 'less-than') return -1;
  if (operator === 'at-least' || operator === 'more-than') return 1;
  return target.value > baseline.value ? 1 : target.value < baseline.value ? -1 : 0;
}

/** Where a measure stands against an improvement-plan target on a given day. */
export function targetStatus(input: TargetInput): TargetStatus {
  const { baseline, target, operator, latest, today, current } = input;
  if (!latest)
    return baseline
      ? { status: 'not-measured-since', since: baseline.date, atBaseline: true }
      : { status: 'no-data' };
  // The baseline itself, or anything older, says nothing about progress since the plan began.
  if (baseline && dayNumber(latest.date) <= dayNumber(baseline.date))
    return { status: 'not-measured-since', since: latest.date, atBaseline: true };
  // A figure for the target date or later settles it, however long ago it was published.
  if (dayNumber(latest.date) >= dayNumber(target.date))
    return meetsTarget(latest.value, target.value, operator)
      ? { status: 'met', latest }
      : { status: 'missed', latest };
  // An old figure neither meets nor misses a target set for later.
  if (!current) return { status: 'not-measured-since', since: latest.date, atBaseline: false };
  if (meetsTarget(latest.value, target.value, operator)) return { status: 'met', latest };
  if (dayNumber(today) > dayNumber(target.date)) return { status: 'missed', latest };
  // Without a baseline there is no line to be on: not yet met means off track, against the target
  // itself.
  if (!baseline) return { status: 'off-track', latest, expected: target.value };
  const expected = trajectoryAt(baseline, target, latest.date);
  const ahead = better(operator, baseline, target) * (latest.value - expected);
  const onLine = Math.abs(latest.value - expected) <= EPSILON;
  return { status: onLine || ahead > 0 ? 'on-track' : 'off-track', latest, expected };
}

/** Whether a status is a verdict on progress (met, on track, off track, missed). */
export function isVerdict<S extends { status: string }>(
  s: S,
): s is Extract<S, { status: Verdict }> {
  return (
    s.status === 'met' ||
    s.status === 'on-track' ||
    s.status === 'off-track' ||
    s.status === 'missed'
  );
}
