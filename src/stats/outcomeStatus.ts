import { greatest } from 'd3-array';
import type { PlanTarget } from './planTarget';
import { isVerdict, type Verdict } from './trajectory';

/** One status for an improvement-plan outcome, from the targets of the measures that track it. */
export type OutcomeStatus =
  /** Judged on recent figures: the worst verdict among the measures that could be judged. */
  | { kind: 'verdict'; status: Verdict; judged: number; of: number }
  /**
   * No measure has a recent figure. `since` is the newest figure among them (undefined when there
   * is none at all); `atBaseline` when that is no more than the plan's own baseline; `lastKnown`
   * the worst verdict as it stood when those figures were measured.
   */
  | {
      kind: 'no-recent-figure';
      since: string | undefined;
      atBaseline: boolean;
      lastKnown: { status: Verdict; date: string } | undefined;
    }
  /**
   * No published figure measures the plan's own target: only stand-in (proxy) measures, or none.
   */
  | { kind: 'not-measured'; proxies: number };

/** Worst first: a missed target outweighs one off track, which outweighs on track, then met. */
const SEVERITY: Record<Verdict, number> = { missed: 3, 'off-track': 2, 'on-track': 1, met: 0 };

/**
 * The status of one outcome from its measures' plan targets. A proxy never gives a verdict, so an
 * outcome tracked only by proxies is "not measured". Never good news by omission: when nothing can
 * be judged, the status says so and when it was last possible.
 */
export function outcomeStatus(plans: PlanTarget[]): OutcomeStatus {
  const direct = plans.filter(
    (p) => p.status !== undefined && p.status.status !== 'proxy' && p.goal !== undefined,
  );
  const proxies = plans.filter((p) => p.status?.status === 'proxy').length;
  if (direct.length === 0) return { kind: 'not-measured', proxies };
  const verdicts = direct.flatMap((p) =>
    p.status && isVerdict(p.status) ? [p.status.status] : [],
  );
  const worst = greatest(verdicts, (a, b) => SEVERITY[a] - SEVERITY[b]);
  if (worst !== undefined)
    return { kind: 'verdict', status: worst, judged: verdicts.length, of: direct.length };
  const since = greatest(
    direct.flatMap((p) => (p.status?.status === 'not-measured-since' ? [p.status.since] : [])),
  );
  const atBaseline = direct.every(
    (p) => p.status?.status !== 'not-measured-since' || p.status.atBaseline,
  );
  const known = direct.flatMap((p) =>
    p.lastKnown ? [{ status: p.lastKnown.status, date: p.lastKnown.latest.date }] : [],
  );
  const lastKnown = greatest(
    known,
    (a, b) => SEVERITY[a.status] - SEVERITY[b.status] || a.date.localeCompare(b.date),
  );
  return { kind: 'no-recent-figure', since, atBaseline, lastKnown };
}

export interface OutcomeCounts {
  total: number;
  met: number;
  onTrack: number;
  offTrack: number;
  missed: number;
  noRecentFigure: number;
  notMeasured: number;
}

/** How many outcomes stand where: the plan page's and the briefing's headline. */
export function countOutcomes(statuses: OutcomeStatus[]): OutcomeCounts {
  const verdict = (v: Verdict) =>
    statuses.filter((s) => s.kind === 'verdict' && s.status === v).length;
  return {
    total: statuses.length,
    met: verdict('met'),
    onTrack: verdict('on-track'),
    offTrack: verdict('off-track'),
    missed: verdict('missed'),
    noRecentFigure: statuses.filter((s) => s.kind === 'no-recent-figure').length,
    notMeasured: statuses.filter((s) => s.kind === 'not-measured').length,
  };
}
