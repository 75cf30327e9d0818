import { useQueries } from '@tanstack/react-query';
import { group } from 'd3-array';
import { judgedOn } from '../app/today';
import { href } from '../app/useRoute';
import type { SiteData } from '../app/useSiteData';
import { useTitle } from '../app/useTitle';
import { describeStatus } from '../a11y/describe';
import { Link } from '../components/Link';
import { LoadError } from '../components/LoadError';
import { QuestionsToAsk } from '../components/QuestionsToAsk';
import { StatusTag } from '../components/StatusTag';
import { outcomesQuery, questionsQuery, targetsQuery } from '../data/queries';
import { THEMES, type Metric, type Outcome, type Target } from '../data/types';
import { formatDate, formatPeriod, formatValue } from '../format';
import { routePath } from '../routes';
import { measureSummary, type MeasureSummary } from '../stats/measureSummary';
import { trajectoryAt } from '../stats/trajectory';
import { pickQuestions } from '../scrutiny/pickQuestions';

const OPERATOR_WORDS = {
  'at-most': 'no more than',
  'less-than': 'less than',
  'at-least': 'at least',
  'more-than': 'more than',
  equal: 'exactly',
} as const;

/** "less than 10% by 30 November 2026", or the plan's own words where it gives no number. */
function targetWords(t: Target, metric: Metric): string {
  if (t.value === undefined) return t.note.replace(/^(target|proxy):\s*/i, '') || 'no number given';
  const words =
    t.value === 0 && t.operator === 'at-most'
      ? 'nil'
      : `${OPERATOR_WORDS[t.operator ?? 'equal']} ${formatValue(t.value, metric)}`;
  return `${words} by ${formatDate(t.date)}`;
}

function PlanRow({
  s,
  target,
  drop,
  today,
}: {
  s: MeasureSummary;
  target: Target;
  drop: string | undefined;
  today: string;
}) {
  const { metric, plan } = s;
  const latest = s.latest;
  const proxy = target.proxy !== '';
  const baseline = plan?.baseline;
  const expected =
    baseline?.value !== undefined && target.value !== undefined
      ? trajectoryAt(
          { date: baseline.date, value: baseline.value },
          { date: target.date, value: target.value },
          today,
        )
      : undefined;
  return (
    <tr>
      <th scope="row">
        <Link href={href(routePath({ drop, view: { page: 'measure', id: metric.id } }))}>
          {metric.title}
        </Link>
        {proxy && (
          <span className="proxy-note">
            <span className="tag">proxy</span> The plan&rsquo;s own measure is not published; this
            is the nearest that is.
          </span>
        )}
      </th>
      <td>
        {baseline?.value !== undefined
          ? `${formatValue(baseline.value, metric)} (${formatDate(baseline.date)})`
          : 'not given'}
      </td>
      <td>
        {latest
          ? `${latest.value === undefined ? 'suppressed' : formatValue(latest.value, metric)} (${formatPeriod(latest.period)})`
          : 'no figure yet'}
      </td>
      <td>{targetWords(target, metric)}</td>
      <td>{expected !== undefined ? formatValue(expected, metric) : '–'}</td>
      <td>
        {plan?.status ? (
          <>
            <StatusTag status={plan.status} /> {describeStatus(plan.status)}
          </>
        ) : (
          'not yet measurable with published data'
        )}
      </td>
    </tr>
  );
}

/** The improvement plan's outcomes under their CQC themes, each measure's baseline, latest, target and status. */
export function PlanPage({ data, drop }: { data: SiteData; drop: string | undefined }) {
  useTitle('Improvement plan');
  const [outcomes, targets, questions] = useQueries({
    queries: [outcomesQuery(), targetsQuery(), questionsQuery()],
  });
  const today = judgedOn(data.allDrops, drop);
  const failed = [outcomes, targets].find((q) => q.isError);
  if (failed)
    return (
      <LoadError
        error={failed.error}
        retry={() => void failed.refetch()}
        what="The improvement plan"
      />
    );
  if (!outcomes.data || !targets.data) return <p role="status">Loading the plan…</p>;
  const metrics = new Map(data.metrics.map((m) => [m.id, m]));
  const summaryOf = (m: Metric) =>
    measureSummary(m, data.byMetric.get(m.id) ?? [], data.site, targets.data ?? [], today);
  const rows = targets.data.filter(
    (t) => t.kind === 'target' && t.area === data.site.authority.code,
  );
  const statuses = rows.map((t) => {
    const m = metrics.get(t.metric);
    return m ? summaryOf(m).plan?.status?.status : undefined;
  });
  const count = (s: string | undefined) => statuses.filter((x) => x === s).length;
  // A council without a published plan of outcomes still has targets: group them by CQC theme instead.
  const planned = outcomes.data.length > 0;
  const latestTargets = [...group(rows, (t) => t.metric).values()].flatMap((ts) =>
    ts.sort((a, b) => a.date.localeCompare(b.date)).slice(-1),
  );
  const sections: Outcome[] = planned
    ? outcomes.data
    : THEMES.map((theme, i) => ({
        id: `theme-${i + 1}`,
        number: i + 1,
        theme,
        title: `Targets: ${theme.toLowerCase()}`,
        text: '',
        measures: [],
        source: '',
        section: '',
        sourceRef: '',
        line: 0,
      }));
  const targetsOf = (o: Outcome) =>
    planned
      ? rows.filter((t) => t.outcome === o.id)
      : latestTargets.filter((t) => metrics.get(t.metric)?.theme === o.theme);
  const byTheme = group(
    sections.filter((o) => planned || targetsOf(o).length > 0),
    (o) => o.theme,
  );
  const last = rows
    .map((t) => t.date)
    .sort()
    .at(-1);
  return (
    <>
      {planned ? (
        <h1>
          Improvement plan: {outcomes.data.length} outcomes
          {last ? ` to reach by ${formatDate(last).replace(/^\d+ /, '')}` : ''}
        </h1>
      ) : (
        <h1>Targets</h1>
      )}
      <p className="lead">
        {planned
          ? `Each outcome of ${data.site.authority.name}’s improvement plan, the measures that track it,`
          : `The latest published target for each of ${data.site.authority.name}’s measures,`}{' '}
        and where each stands on {formatDate(today)}: met, on track or off track against a straight
        line from the baseline to the target, or not measured since the last published figure.
      </p>
      <ul className="plan-counts">
        <li>{count('met')} met</li>
        <li>{count('on-track')} on track</li>
        <li>{count('off-track') + count('missed')} off track or missed</li>
        <li>{count('not-measured-since') + count('no-data')} not measured recently</li>
        <li>{statuses.filter((s) => s === undefined).length} not measurable with published data</li>
      </ul>
      {THEMES.filter((t) => byTheme.has(t)).map((theme) => (
        <section key={theme} aria-labelledby={`plan-${theme}`}>
          <h2 id={`plan-${theme}`}>{theme}</h2>
          {(byTheme.get(theme) ?? []).map((o) => {
            const mine = targetsOf(o);
            const tracked = o.measures
              .filter((m) => !mine.some((t) => t.metric === m))
              .flatMap((id) => metrics.get(id) ?? []);
            const summaries = [...new Set([...mine.map((t) => t.metric), ...o.measures])].flatMap(
              (id) => {
                const m = metrics.get(id);
                return m ? [summaryOf(m)] : [];
              },
            );
            const asks = [
              ...new Map(
                summaries
                  .flatMap((s) => pickQuestions(questions.data ?? [], s, 2))
                  .map((q) => [q.question, q]),
              ).values(),
            ].slice(0, 4);
            return (
              <section key={o.id} aria-labelledby={o.id} className="outcome">
                <h3 id={o.id}>{planned ? `Outcome ${o.number}: ${o.title}` : o.title}</h3>
                {planned && (
                  <blockquote>
                    <p>{o.text}</p>
                    <footer className="hint">
                      {data.sources.get(o.source)?.title ?? o.source}
                      {o.sourceRef && `, ${o.sourceRef}`}
                    </footer>
                  </blockquote>
                )}
                {mine.length > 0 ? (
                  <div
                    className="table-wrap"
                    tabIndex={0}
                    role="region"
                    aria-label={planned ? `Outcome ${o.number} measures` : o.title}
                  >
                    <table className="table">
                      <caption className="visually-hidden">
                        {planned ? `Outcome ${o.number}` : o.title}: measures, baselines, latest
                        figures, targets and status
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">Measure</th>
                          <th scope="col">Baseline</th>
                          <th scope="col">Latest</th>
                          <th scope="col">Target</th>
                          <th scope="col">
                            Expected on {formatDate(today)} on the plan&rsquo;s path
                          </th>
                          <th scope="col">Status</th>
                        </tr>
                      </thead>
                      <tbody>
                        {mine.flatMap((t) => {
                          const m = metrics.get(t.metric);
                          return m
                            ? [
                                <PlanRow
                                  key={`${t.metric}-${t.line}`}
                                  s={summaryOf(m)}
                                  target={t}
                                  drop={drop}
                                  today={today}
                                />,
                              ]
                            : [];
                        })}
                      </tbody>
                    </table>
                  </div>
                ) : (
                  <p>No measurable target is published for this outcome yet.</p>
                )}
                {tracked.length > 0 && (
                  <p>
                    Also tracked:{' '}
                    {tracked.map((m, i) => (
                      <span key={m.id}>
                        {i > 0 && ', '}
                        <Link href={href(routePath({ drop, view: { page: 'measure', id: m.id } }))}>
                          {m.title}
                        </Link>
                      </span>
                    ))}
                    .
                  </p>
                )}
                <QuestionsToAsk questions={asks} sources={data.sources} headingLevel={4} />
              </section>
            );
          })}
        </section>
      ))}
    </>
  );
}
