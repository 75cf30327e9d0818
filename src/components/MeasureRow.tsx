import { ageWords, compareWords, describeChange, rankWords } from '../a11y/describe';
import { describeStatus, targetWords } from '../a11y/describePlan';
import { measureHref } from '../app/useRoute';
import { Sparkline } from '../charts/Sparkline';
import { capitalise, formatPeriod, formatValue } from '../format';
import { gapAfterDays } from '../stats/gaps';
import { toPoints, type MeasureSummary } from '../stats/measureSummary';
import { DirectionIcon } from './DirectionIcon';
import { Link } from './Link';
import { StatusTag } from './StatusTag';
import { planTone } from './statusTone';

interface Props {
  summary: MeasureSummary;
  drop: string | undefined;
  groupName: string;
  targetsFailed: boolean;
}

/**
 * One measure on the overview: the latest figure and its age, the change since the figure before,
 * England, the rank and the plan target. On a phone the row keeps the figure, its age (or else the
 * change) and the plan target; the measure's page has the rest. A series that has ended shows its
 * last figure only, never judged against today.
 */
export function MeasureRow({ summary, drop, groupName, targetsFailed }: Props) {
  const { metric, latest, sincePrevious, plan, freshness } = summary;
  const link = measureHref(drop, metric.id);
  const judged = freshness.kind !== 'ended';
  const age = ageWords(freshness, true);
  const england = judged ? compareWords(summary) : undefined;
  const rank = judged ? rankWords(summary, groupName) : undefined;
  return (
    <li className="mrow">
      <div className="mrow-main">
        <h3 className="mrow-title">
          <Link href={link}>{metric.title}</Link>
        </h3>
        {latest ? (
          <p className="mrow-value">
            <strong>
              {latest.value === undefined ? 'Suppressed' : formatValue(latest.value, metric)}
            </strong>{' '}
            <span className="mrow-period">{formatPeriod(latest.period)}</span>
            {latest.status !== 'final' && <span className="tag">{latest.status}</span>}
            {age && <span className="mrow-age">{capitalise(age)}</span>}
          </p>
        ) : (
          <p className="mrow-value">No figure yet</p>
        )}
      </div>
      <ul className="mrow-facts">
        {sincePrevious && judged && (
          <li className={age ? 'mrow-extra' : undefined}>
            <DirectionIcon direction={sincePrevious.direction} delta={sincePrevious.delta} />{' '}
            {capitalise(describeChange(sincePrevious, metric))}
          </li>
        )}
        {england && <li className="mrow-extra">{capitalise(england)}</li>}
        {rank && <li className="mrow-extra">{capitalise(rank)}</li>}
        {plan?.status && (
          <li>
            <StatusTag tone={planTone(plan.status)} />{' '}
            <span className="visually-hidden">Improvement plan: </span>
            {plan.status.status === 'proxy' ? (
              capitalise(describeStatus(plan.status))
            ) : (
              <>
                Target {targetWords(plan.target, metric)}
                <span className="mrow-extra">: {describeStatus(plan.status)}</span>
              </>
            )}
          </li>
        )}
        {/* A series no longer published is never judged against a target. */}
        {targetsFailed && judged && (
          <li>Target status unavailable: the targets file did not load.</li>
        )}
      </ul>
      <Sparkline points={toPoints(summary.series)} gapAfterDays={gapAfterDays(metric.frequency)} />
    </li>
  );
}
