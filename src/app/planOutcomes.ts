import type { Outcome, Target } from '../data/types';
import type { MeasureSummary } from '../stats/measureSummary';
import { outcomeStatus, type OutcomeStatus } from '../stats/outcomeStatus';

/** One improvement-plan outcome, its status, and the measures with targets that track it. */
export interface OutcomeLine {
  outcome: Outcome;
  status: OutcomeStatus;
  /** Each target the outcome sets on a measure, with that measure's summary. */
  measures: { target: Target; summary: MeasureSummary }[];
  /** Measures the outcome names that carry no target of their own. */
  alsoTracked: MeasureSummary[];
}

/** Every outcome of the plan, in its own order, with one status each. */
export function planOutcomes(
  outcomes: Outcome[],
  targets: Target[],
  summaries: Map<string, MeasureSummary>,
  authority: string,
): OutcomeLine[] {
  return [...outcomes]
    .sort((a, b) => a.number - b.number)
    .map((outcome) => {
      const mine = targets.filter(
        (t) => t.outcome === outcome.id && t.kind === 'target' && t.area === authority,
      );
      const measures = mine.flatMap((target) => {
        const summary = summaries.get(target.metric);
        return summary ? [{ target, summary }] : [];
      });
      const plans = measures.flatMap((m) => (m.summary.plan ? [m.summary.plan] : []));
      const alsoTracked = outcome.measures
        .filter((id) => !mine.some((t) => t.metric === id))
        .flatMap((id) => summaries.get(id) ?? []);
      return { outcome, status: outcomeStatus(plans), measures, alsoTracked };
    });
}
