import { useQueries } from '@tanstack/react-query';
import { useRef } from 'react';
import { authorityObservations, briefingView } from '../app/briefingView';
import { defaultGroupName } from '../app/comparatorParams';
import { packView } from '../app/packView';
import { judgedOn, useToday } from '../app/today';
import { usePackPages } from '../app/usePackPages';
import type { SiteData } from '../app/useSiteData';
import { useTitle } from '../app/useTitle';
import { Briefing } from '../components/Briefing';
import { LoadError } from '../components/LoadError';
import { PackCompact } from '../components/PackCompact';
import { PackFamilies } from '../components/PackFamilies';
import { PackMeasure } from '../components/PackMeasure';
import { eventsQuery, outcomesQuery, questionsQuery, targetsQuery } from '../data/queries';
import { formatDate } from '../format';
import { measureSummary } from '../stats/measureSummary';

interface Props {
  data: SiteData;
  drop: string | undefined;
  params: URLSearchParams;
}

/**
 * The meeting pack: a cover naming the meeting; contents with page numbers; a summary (the plan's
 * outcomes, since the last meeting, what is out of date, questions); the Commission's five
 * families with their neighbour ranks; then the plan's measures — a page each where there is a
 * history to chart, a compact block where there is a single figure.
 */
export function PackPage({ data, drop, params }: Props) {
  useTitle('Meeting pack');
  const now = useToday();
  const [targets, events, questions, outcomes] = useQueries({
    queries: [targetsQuery(), eventsQuery(), questionsQuery(), outcomesQuery()],
  });
  const root = useRef<HTMLDivElement>(null);
  const ready = Boolean(targets.data && events.data && questions.data && outcomes.data);
  const today = judgedOn(data.allDrops, drop, now);
  const all = data.metrics.map((m) =>
    measureSummary(m, data.byMetric.get(m.id) ?? [], data.site, targets.data ?? [], today),
  );
  const summaries = all.filter((s) => s.series.length > 0);
  const view = packView({
    params,
    site: data.site,
    drops: data.drops,
    summaries,
    outcomes: outcomes.data ?? [],
    targets: targets.data ?? [],
  });
  const estimated = usePackPages(
    root,
    ready,
    [...view.full, ...view.compact].map((s) => s.metric.id).join(),
  );

  const failed = [targets, events, questions, outcomes].find((q) => q.isError);
  if (failed)
    return (
      <LoadError error={failed.error} retry={() => void failed.refetch()} what="The meeting pack" />
    );
  if (!targets.data || !events.data || !questions.data || !outcomes.data)
    return <p role="status">Preparing the pack…</p>;

  const briefing = briefingView({
    site: data.site,
    drops: data.drops,
    observations: authorityObservations(data.figures, data.site.authority.code),
    summaries: all,
    outcomes: outcomes.data,
    targets: targets.data,
    questions: questions.data,
    today,
    meetingDay: view.meeting?.date,
  });
  const latest = data.drops.at(-1);
  const groupName = defaultGroupName(data.site);
  const authorityName = data.site.authority.name;
  const entries = [
    { id: 'pack-summary', title: 'Summary for the meeting' },
    ...(view.families.length > 0
      ? [{ id: 'pack-families', title: 'The five families the Commission follows' }]
      : []),
    ...[...view.full, ...view.compact].map((s) => ({
      id: `pack-${s.metric.id}`,
      title: s.metric.title,
    })),
  ];
  // `npm run pack` renders twice and passes the pages each entry really starts on; a browser print
  // uses the estimate.
  const given = (params.get('pages') ?? '')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const startPages = given.length === entries.length ? given : estimated;
  return (
    <div className="pack" ref={root}>
      <p className="pack-actions">
        <button type="button" className="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>{' '}
        <span className="hint">
          Choose A4 portrait. Page numbers are printed at the foot of each page.
        </span>
      </p>
      <section className="pack-page pack-cover" aria-labelledby="pack-title">
        <p className="pack-authority">{authorityName}</p>
        <h1 id="pack-title">Adult social care performance: meeting pack</h1>
        {view.meetingProblem && (
          <div className="error-summary" role="alert">
            <h2>The pack cannot name its meeting</h2>
            <p>{view.meetingProblem}</p>
          </div>
        )}
        <dl className="pack-meta">
          {view.meeting && (
            <>
              <dt>Meeting</dt>
              <dd>
                {view.meeting.label}, {formatDate(view.meeting.date)}
              </dd>
            </>
          )}
          {latest && (
            <>
              <dt>Figures</dt>
              <dd>
                As published in drop {latest.id} on {formatDate(latest.published)}: {latest.title}
              </dd>
            </>
          )}
          <dt>Version</dt>
          <dd>
            {latest ? `${latest.id}, ` : ''}statuses judged on {formatDate(today)}
          </dd>
        </dl>
        <p>
          These figures are here to prompt questions, not to give definitive answers. Every figure
          names its published source.
        </p>
        {data.site.synthetic && (
          <p className="synthetic-banner">
            Synthetic test data: these figures are made up and are not real.
          </p>
        )}
      </section>
      <section className="pack-page pack-contents" aria-labelledby="contents-title">
        <h2 id="contents-title">Contents</h2>
        <ol className="contents">
          {entries.map((e, i) => (
            <li key={e.id}>
              <a href={`#${e.id}`}>{e.title}</a>
              <span className="contents-leader" aria-hidden="true" />
              <span className="contents-page">
                {startPages[i] !== undefined ? `page ${startPages[i]}` : ''}
              </span>
            </li>
          ))}
        </ol>
      </section>
      <section className="pack-page pack-summary pack-entry" aria-labelledby="pack-summary">
        <h2 id="pack-summary" className="pack-entry-title">
          Summary for the meeting
        </h2>
        <Briefing view={briefing} drop={drop} sources={data.sources} />
      </section>
      {view.families.length > 0 && <PackFamilies families={view.families} groupName={groupName} />}
      {view.full.map((s) => (
        <PackMeasure
          key={s.metric.id}
          id={`pack-${s.metric.id}`}
          summary={s}
          figures={data.byMetric.get(s.metric.id) ?? []}
          site={data.site}
          areas={data.areas}
          sources={data.sources}
          events={events.data.filter((e) => e.metrics.includes(s.metric.id))}
          questions={questions.data}
          today={today}
        />
      ))}
      {view.compact.length > 0 && (
        <section className="pack-page" aria-labelledby="pack-single">
          <h2 id="pack-single">Plan measures with a single figure</h2>
          <p>
            Each of these has one published figure, so there is no line to chart: the figure, its
            age and where it stands against the plan are given in words.
          </p>
          {view.compact.map((s) => (
            <PackCompact key={s.metric.id} summary={s} site={data.site} sources={data.sources} />
          ))}
        </section>
      )}
    </div>
  );
}
