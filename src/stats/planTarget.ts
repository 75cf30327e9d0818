import { greatest } from 'd3-array';
import type { Metric, Operator, Target } from '../data/types';
import type { Point } from './change';
import { redefinedFrom } from '../data/period';
import { freshness } from './freshness';
import { judgeChange, type Direction } from './judge';
import {
  isVerdict,
  targetStatus,
  type Anchor,
  type TargetStatus,
  type Verdict,
} from './trajectory';

/**
 * A target set on a measure that stands in for the one the plan names. It is never called met or
 * missed: only its direction of travel since the baseline is shown, beside the plan's own words.
 */
export interface ProxyStatus {
  status: 'proxy';
  /**
   * Better, worse or the same since the baseline (or the figure before), by the target's direction.
   */
  direction: Direction | undefined;
  from: Anchor | undefined;
  latest: Anchor | undefined;
}

export type PlanStatus = TargetStatus | ProxyStatus;

export interface PlanTarget {
  target: Target;
  baseline: Target | undefined;
  /**
   * The target as a number: the baseline itself for a target written as a direction ("increase").
   */
  goal: Anchor | undefined;
  operator: Operator;
  /** Whether the target's date has gone by on the day judged. */
  due: boolean;
  status: PlanStatus | undefined;
  /**
   * When there is no recent figure: the verdict as it stood when the latest figure was measured.
   */
  lastKnown: Extract<TargetStatus, { status: Verdict }> | undefined;
}

const anchor = (t: Target | undefined): Anchor | undefined =>
  t && t.value !== undefined ? { date: t.date, value: t.value } : undefined;

/** The latest valued point of a series as a dated anchor (the period's last day). */
export function latestAnchor(series: Point[]): Anchor | undefined {
  let best: Anchor | undefined;
  for (const p of series)
    if (p.value !== undefined && (!best || p.period.end > best.date))
      best = { date: p.period.end, value: p.value };
  return best;
}

/** Lower is better for "at most" and "less than" targets, higher for "at least" and "more than". */
function polarityOf(operator: Operator, baseline: Anchor | undefined, goal: Anchor) {
  if (operator === 'at-most' || operator === 'less-than') return 'lower';
  if (operator === 'at-least' || operator === 'more-than') return 'higher';
  if (!baseline || baseline.value === goal.value) return 'none';
  return goal.value > baseline.value ? 'higher' : 'lower';
}

function proxyStatus(
  series: Point[],
  baseline: Anchor | undefined,
  goal: Anchor,
  operator: Operator,
  redefined: string | undefined,
): ProxyStatus {
  const latest = latestAnchor(series);
  // From the baseline when there is one, otherwise from the figure before the latest.
  const before = latest
    ? latestAnchor(series.filter((p) => p.period.end < latest.date))
    : undefined;
  const from = baseline ?? before;
  // Never judged across a redefinition: the figure from before it was counted another way.
  const across =
    redefined !== undefined && from && latest && from.date < redefined && latest.date >= redefined;
  const direction =
    latest && from && latest.date > from.date && !across
      ? judgeChange(latest.value - from.value, polarityOf(operator, baseline, goal))
      : undefined;
  return { status: 'proxy', direction, from, latest };
}

/** Whether a target's date has gone by on `today`: on the day itself it has not. */
export function datePassed(date: string, today: string): boolean {
  return today > date;
}

/** The plan's deadline: the latest date of the area's targets; undefined when it has none. */
export function planDeadline(targets: Target[], area: string): string | undefined {
  return greatest(
    targets.filter((t) => t.kind === 'target' && t.area === area),
    (a, b) => a.date.localeCompare(b.date),
  )?.date;
}

/**
 * The plan target for one measure and area with its baseline and status. A target written only as a
 * direction ("increase from 18.52%") counts as met once the figure has moved beyond the baseline. A
 * proxy target (one with `proxy` words) gets only a direction of travel, never a verdict.
 */
export function planTarget(
  targets: Target[],
  metric: Pick<Metric, 'id' | 'frequency' | 'ended' | 'breakPeriod' | 'breakKind'>,
  area: string,
  series: Point[],
  today: string,
): PlanTarget | undefined {
  const mine = targets
    .filter((t) => t.metric === metric.id && t.area === area)
    .sort((a, b) => a.date.localeCompare(b.date));
  const target = mine.filter((t) => t.kind === 'target').at(-1);
  if (!target) return undefined;
  const baseline = mine.filter((t) => t.kind === 'baseline' && t.date <= target.date).at(-1);
  const operator = target.operator ?? 'equal';
  const goalValue = target.value ?? baseline?.value;
  const goal = goalValue === undefined ? undefined : { date: target.date, value: goalValue };
  const due = datePassed(target.date, today);
  const none = { target, baseline, goal, operator, due, status: undefined, lastKnown: undefined };
  if (!goal) return none;
  if (target.proxy !== '')
    return {
      ...none,
      status: proxyStatus(series, anchor(baseline), goal, operator, redefinedFrom(metric)),
    };
  const latest = latestAnchor(series);
  const input = {
    // A direction-only target is judged against its baseline as the bar, not along a line from it.
    baseline: target.value === undefined ? undefined : anchor(baseline),
    target: goal,
    operator,
    latest,
  };
  const guard = anchor(baseline);
  // The baseline figure itself never counts as progress, even for a direction-only target.
  const atBaseline = guard && latest && latest.date <= guard.date;
  const current = freshness(metric, latest?.date, today).kind === 'current';
  const status: TargetStatus =
    atBaseline && latest
      ? { status: 'not-measured-since', since: latest.date, atBaseline: true }
      : targetStatus({ ...input, today, current });
  const then =
    status.status === 'not-measured-since' && !status.atBaseline && latest
      ? targetStatus({ ...input, today: latest.date, current: true })
      : undefined;
  return { ...none, status, lastKnown: then && isVerdict(then) ? then : undefined };
}
