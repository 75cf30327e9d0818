import { describeStatus, targetWords, verdictWords } from '../a11y/describePlan';
import type { Metric, Outcome } from '../data/types';
import { capitalise, formatMonth } from '../format';
import type { PlanTarget } from '../stats/planTarget';
import { StatusTag } from './StatusTag';
import { planTone } from './statusTone';

/**
 * A measure's improvement-plan target in words: the target and date, where it stands, the verdict
 * when it was last measured if it has no recent figure, and for a stand-in measure what the plan
 * measures.
 */
export function PlanNote({
  plan,
  metric,
  outcome,
}: {
  plan: PlanTarget;
  metric: Metric;
  outcome: Outcome | undefined;
}) {
  if (!plan.status) return null;
  const proxy = plan.status.status === 'proxy';
  return (
    <section className="plan-note" aria-labelledby="plan-note-title">
      <h2 id="plan-note-title">Improvement plan{outcome ? `: outcome ${outcome.number}` : ''}</h2>
      <p>
        <StatusTag tone={planTone(plan.status)} /> {capitalise(describeStatus(plan.status))}.
        {plan.lastKnown && (
          <>
            {' '}
            It was {verdictWords(plan.lastKnown.status)} when last measured (
            {formatMonth(plan.lastKnown.latest.date)}).
          </>
        )}
      </p>
      {proxy ? (
        <p>
          This measure stands in for the plan&rsquo;s own: {plan.target.proxy} Its direction of
          travel is shown, never whether the plan&rsquo;s target is met.
        </p>
      ) : (
        <p>Target: {targetWords(plan.target, metric)}.</p>
      )}
    </section>
  );
}
