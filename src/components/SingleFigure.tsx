import { ageWords } from '../a11y/describe';
import { targetWords } from '../a11y/describePlan';
import { capitalise, formatValue, formatWhen } from '../format';
import type { MeasureSummary } from '../stats/measureSummary';

/**
 * A measure with one figure, as a number beside its benchmark and target rather than a lone dot on
 * a magnified axis.
 */
export function SingleFigure({ summary }: { summary: MeasureSummary }) {
  const { latest, metric, benchmark, plan, freshness } = summary;
  if (!latest) return <p>No figures to chart yet.</p>;
  const age = ageWords(freshness);
  return (
    <dl className="single-figure">
      <dt>{capitalise(formatWhen(latest.period))}</dt>
      <dd className="big">
        {latest.value === undefined ? 'Suppressed' : formatValue(latest.value, metric)}
      </dd>
      {age && <dd>{capitalise(age)}.</dd>}
      {benchmark.figure?.value !== undefined && (
        <>
          <dt>{benchmark.name}</dt>
          <dd>{formatValue(benchmark.figure.value, metric)}</dd>
        </>
      )}
      {plan?.status && plan.status.status !== 'proxy' && (
        <>
          <dt>Improvement-plan target</dt>
          <dd>{capitalise(targetWords(plan.target, metric))}</dd>
        </>
      )}
    </dl>
  );
}
