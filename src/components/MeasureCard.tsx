import { href } from '../app/useRoute';
import { describeChange, describeStatus, verdictWords } from '../a11y/describe';
import { Sparkline } from '../charts/Sparkline';
import { formatPeriod, formatValue, ordinal } from '../format';
import { routePath } from '../routes';
import { gapAfterDays } from '../stats/gaps';
import { toPoints, type MeasureSummary } from '../stats/measureSummary';
import { Link } from './Link';
import { DirectionIcon } from './DirectionIcon';
import { StatusTag } from './StatusTag';

const QUARTILE_WORDS = ['', 'best quarter', 'second quarter', 'third quarter', 'worst quarter'];

/** One measure on the overview: latest figure, change, England, rank, target and a sparkline. */
export function MeasureCard({
  summary,
  drop,
  groupName,
  targetsFailed,
}: {
  summary: MeasureSummary;
  drop: string | undefined;
  groupName: string;
  targetsFailed: boolean;
}) {
  const { metric, latest, sincePrevious, overYear, benchmark, rank, plan } = summary;
  const link = href(routePath({ drop, view: { page: 'measure', id: metric.id } }));
  return (
    <li className="card">
      <h3 className="card-title">
        <Link href={link}>{metric.title}</Link>
      </h3>
      {latest ? (
        <p className="card-value">
          <span className="big">
            {latest.value === undefined ? 'Suppressed' : formatValue(latest.value, metric)}
          </span>{' '}
          <span className="card-period">{formatPeriod(latest.period)}</span>
          {latest.status !== 'final' && <span className="tag">{latest.status}</span>}
        </p>
      ) : (
        <p className="card-value">No figure yet</p>
      )}
      <Sparkline points={toPoints(summary.series)} gapAfterDays={gapAfterDays(metric.frequency)} />
      <ul className="card-facts">
        {sincePrevious && (
          <li>
            <DirectionIcon direction={sincePrevious.direction} delta={sincePrevious.delta} />{' '}
            {describeChange(sincePrevious, metric)}
          </li>
        )}
        {overYear && overYear.from.period.label !== sincePrevious?.from.period.label && (
          <li>
            <DirectionIcon direction={overYear.direction} delta={overYear.delta} /> Over the year:{' '}
            {describeChange(overYear, metric)}
          </li>
        )}
        {benchmark.figure?.value !== undefined && (
          <li>
            <span className="verdict">
              {verdictWords(benchmark.comparison.verdict).replace(/^./, (c) => c.toUpperCase())}
            </span>{' '}
            {benchmark.name} ({formatValue(benchmark.figure.value, metric)})
            {benchmark.comparison.method === 'difference' &&
              benchmark.comparison.verdict !== 'not-compared' && (
                <span className="hint"> (not tested for significance)</span>
              )}
            {(benchmark.comparison.method === 'wilson' ||
              benchmark.comparison.method === 'interval') && (
              <span className="hint"> (95% confidence interval)</span>
            )}
          </li>
        )}
        {rank && (
          <li>
            {ordinal(rank.rank)} of {rank.of} among {groupName}
            {metric.polarity === 'none'
              ? ' (highest first)'
              : ` (${QUARTILE_WORDS[rank.quartile]})`}
          </li>
        )}
        {plan?.status && (
          <li>
            <StatusTag status={plan.status} />{' '}
            <span className="visually-hidden">Improvement plan: </span>
            {describeStatus(plan.status).replace(/^./, (c) => c.toUpperCase())}
          </li>
        )}
        {targetsFailed && <li>Target status unavailable: the targets file did not load.</li>}
      </ul>
    </li>
  );
}
