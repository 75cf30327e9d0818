import { useQueries } from '@tanstack/react-query';
import {
  describeOutcome,
  describeStatus,
  outcomeHeadline,
  planHeading,
  planLead,
  targetWords,
} from '../a11y/describePlan';
import { planView, type PlanRow } from '../app/planView';
import { judgedOn, useToday } from '../app/today';
import { measureHref } from '../app/useRoute';
import type { SiteData } from '../app/useSiteData';
import { useTitle } from '../app/useTitle';
import { publicationWords } from '../a11y/describe';
import { Link } from '../components/Link';
import { LoadError } from '../components/LoadError';
import { QuestionsToAsk } from '../components/QuestionsToAsk';
import { StatusTag } from '../components/StatusTag';
import { outcomeTone, planTone } from '../components/statusTone';
import { outcomesQuery, questionsQuery, targetsQuery } from '../data/queries';
import { capitalise, formatDate, formatPeriod, formatValue } from '../format';
import { measureSummary } from '../stats/measureSummary';
import { ColumnHeads } from '../components/ColumnHeads';
import { ScrollTable } from '../components/ScrollTable';

function PlanTableRow({ row, drop }: { row: PlanRow; drop: string | undefined }) {
  const { summary, target, expected } = row;
  const { metric, plan, latest } = summary;
  const baseline = plan?.baseline;
  const proxy = plan?.status?.status === 'proxy';
  return (
    <tr>
      <th scope="row">
        <Link href={measureHref(drop, metric.id)}>{metric.title}</Link>
        {proxy && (
          <span className="proxy-note">
            <span className="tag">stand-in</span> {target.proxy}
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
          ? `${latest.value === undefined ? 'suppressed' : formatValue(latest.value, metric)} ` +
            `(${formatPeriod(latest.period)})`
          : 'no figure yet'}
      </td>
      <td>{proxy ? 'see the note' : targetWords(target, metric)}</td>
      <td>{expected !== undefined ? formatValue(expected, metric) : '–'}</td>
      <td>
        {plan?.status ? (
          <>
            <StatusTag tone={planTone(plan.status)} /> {describeStatus(plan.status)}
            {plan.lastKnown && <> ({describeStatus(plan.lastKnown)} when last measured)</>}
          </>
        ) : (
          'no figure to judge with'
        )}
      </td>
    </tr>
  );
}

/**
 * The improvement plan's outcomes under their CQC themes: one status each, and each measure's
 * target.
 */
export function PlanPage({ data, drop }: { data: SiteData; drop: string | undefined }) {
  useTitle('Improvement plan');
  const now = useToday();
  const [outcomes, targets, questions] = useQueries({
    queries: [outcomesQuery(), targetsQuery(), questionsQuery()],
  });
  const today = judgedOn(data.allDrops, drop, now);
  const failed = [outcomes, targets, questions].find((q) => q.isError);
  if (failed)
    return (
      <LoadError
        error={failed.error}
        retry={() => void failed.refetch()}
        what="The improvement plan"
      />
    );
  if (!outcomes.data || !targets.data || !questions.data)
    return <p role="status">Loading the plan…</p>;
  const summaries = new Map(
    data.metrics.map((m) => [
      m.id,
      measureSummary(m, data.byMetric.get(m.id) ?? [], data.site, targets.data ?? [], today),
    ]),
  );
  const view = planView({
    outcomes: outcomes.data,
    targets: targets.data,
    summaries,
    questions: questions.data,
    authority: data.site.authority.code,
    today,
  });
  const name = data.site.authority.name;
  return (
    <>
      {view.planned ? (
        <h1>{planHeading(view.counts.total, view.lastDate, today)}</h1>
      ) : (
        <h1>Targets</h1>
      )}
      <p className="lead">
        {view.planned
          ? planLead(name, view.lastDate, today)
          : `The latest published target for each of ${name}’s measures and where it stands ` +
            `on ${formatDate(today)}. A council adds its own plan of outcomes in ` +
            'outcomes.csv and its targets in targets.csv.'}
      </p>
      {view.planned && (
        <>
          <p className="brief-headline">{outcomeHeadline(view.counts)}</p>
          <ol className="outcome-list">
            {view.themes.flatMap((t) =>
              t.sections.map((s) => (
                <li key={s.id}>
                  {s.status && <StatusTag tone={outcomeTone(s.status)} />}{' '}
                  <a href={`#${s.id}`}>{s.title}</a>: {s.status ? describeOutcome(s.status) : ''}
                </li>
              )),
            )}
          </ol>
        </>
      )}
      {view.themes.map(({ theme, sections }) => (
        <section key={theme} aria-labelledby={`plan-${theme}`}>
          <h2 id={`plan-${theme}`}>{theme}</h2>
          {sections.map((s) => (
            <section key={s.id} aria-labelledby={s.id} className="outcome">
              <h3 id={s.id}>{s.title}</h3>
              {s.status && (
                <p className="outcome-status">
                  <StatusTag tone={outcomeTone(s.status)} /> {capitalise(describeOutcome(s.status))}
                  .
                </p>
              )}
              {s.outcome && (
                <blockquote>
                  <p>{s.outcome.text}</p>
                  <footer className="hint">
                    {publicationWords(data.sources.get(s.outcome.source), s.outcome.section)}
                  </footer>
                </blockquote>
              )}
              {s.rows.length > 0 ? (
                <ScrollTable
                  label={`${s.title}: measures`}
                  caption={<>{s.title}: measures, baselines, latest figures, targets and status</>}
                  captionClassName="visually-hidden"
                  className="table"
                >
                  <ColumnHeads
                    headings={[
                      'Measure',
                      'Baseline',
                      'Latest',
                      'Target',
                      { label: <>Expected on {formatDate(today)} on the plan&rsquo;s path</> },
                      'Status',
                    ]}
                  />
                  <tbody>
                    {s.rows.map((row) => (
                      <PlanTableRow
                        key={`${row.target.metric}-${row.target.line}`}
                        row={row}
                        drop={drop}
                      />
                    ))}
                  </tbody>
                </ScrollTable>
              ) : (
                <p>No published figure measures this outcome&rsquo;s targets.</p>
              )}
              {s.alsoTracked.length > 0 && (
                <p>
                  Also tracked:{' '}
                  {s.alsoTracked.map((t, i) => (
                    <span key={t.metric.id}>
                      {i > 0 && ', '}
                      <Link href={measureHref(drop, t.metric.id)}>{t.metric.title}</Link>
                    </span>
                  ))}
                  .
                </p>
              )}
              <QuestionsToAsk questions={s.questions} sources={data.sources} headingLevel={4} />
            </section>
          ))}
        </section>
      ))}
    </>
  );
}
