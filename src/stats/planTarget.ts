import type { Operator, Target } from '../data/types';
import type { Point } from './change';
import { targetStatus, type Anchor, type TargetStatus } from './trajectory';

export interface PlanTarget {
  target: Target;
  baseline: Target | undefined;
  /** The target as a number: the baseline itself for a target written as a direction ("increase"). */
  goal: Anchor | undefined;
  operator: Operator;
  status: TargetStatus | undefined;
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

/**
 * The plan target for one measure and area with its baseline and status. A target written only as a
 * direction ("increase from 18.52%") counts as met once the figure has moved beyond the baseline.
 */
export function planTarget(
  targets: Target[],
  metric: string,
  area: string,
  series: Point[],
  today: string,
): PlanTarget | undefined {
  const mine = targets
    .filter((t) => t.metric === metric && t.area === area)
    .sort((a, b) => a.date.localeCompare(b.date));
  const target = mine.filter((t) => t.kind === 'target').at(-1);
  if (!target) return undefined;
  const baseline = mine.filter((t) => t.kind === 'baseline' && t.date <= target.date).at(-1);
  const operator = target.operator ?? 'equal';
  const goalValue = target.value ?? baseline?.value;
  const goal = goalValue === undefined ? undefined : { date: target.date, value: goalValue };
  const status = goal
    ? targetStatus({
        baseline: target.value === undefined ? undefined : anchor(baseline),
        target: goal,
        operator,
        latest: latestAnchor(series),
        today,
      })
    : undefined;
  return { target, baseline, goal, operator, status };
}
