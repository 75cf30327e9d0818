import { useQueries } from '@tanstack/react-query';
import { useLayoutEffect, useRef, useState } from 'react';
import { judgedOn } from '../app/today';
import type { SiteData } from '../app/useSiteData';
import { useTitle } from '../app/useTitle';
import { LoadError } from '../components/LoadError';
import { eventsQuery, outcomesQuery, questionsQuery, targetsQuery } from '../data/queries';
import { formatDate } from '../format';
import { measureSummary } from '../stats/measureSummary';
import { PackMeasure } from './PackMeasure';

/** The printable height of an A4 page with the pack's margins (297 mm less 34 mm), in CSS pixels. */
const PAGE_HEIGHT_PX = (263 * 96) / 25.4;

/** Measures to include: those named in the address, else the improvement plan's measures with targets, in outcome order. */
function chosenMeasures(params: URLSearchParams, data: SiteData, planOrder: string[]): string[] {
  const named = (params.get('measures') ?? '')
    .split(',')
    .filter((id) => data.metrics.some((m) => m.id === id));
  if (named.length > 0) return named;
  return [...new Set(planOrder)].filter(
    (id) => data.metrics.some((m) => m.id === id) && (data.byMetric.get(id) ?? []).length > 0,
  );
}

/** The meeting pack: a cover, contents with page numbers, then each measure on its own A4 page(s). */
export function PackPage({
  data,
  drop,
  params,
}: {
  data: SiteData;
  drop: string | undefined;
  params: URLSearchParams;
}) {
  useTitle('Meeting pack');
  const [targets, events, questions, outcomes] = useQueries({
    queries: [targetsQuery(), eventsQuery(), questionsQuery(), outcomesQuery()],
  });
  const pages = useRef<HTMLDivElement>(null);
  const [pageCounts, setPageCounts] = useState<number[]>([]);
  const ready = targets.data && events.data && questions.data && outcomes.data;
  const today = judgedOn(data.allDrops, drop);
  const authority = data.site.authority.code;
  const planTargets = (targets.data ?? []).filter(
    (t) => t.kind === 'target' && t.area === authority,
  );
  const order = [...(outcomes.data ?? [])].sort((a, b) => a.number - b.number);
  const planOrder = order.flatMap((o) =>
    planTargets.filter((t) => t.outcome === o.id).map((t) => t.metric),
  );
  const ids = chosenMeasures(
    params,
    data,
    planOrder.length > 0 ? planOrder : planTargets.map((t) => t.metric),
  );
  const summaries = ids.flatMap((id) => {
    const m = data.metrics.find((x) => x.id === id);
    return m
      ? [measureSummary(m, data.byMetric.get(id) ?? [], data.site, targets.data ?? [], today)]
      : [];
  });

  // Each measure starts a new page; measure how many pages each fills so the contents can give page numbers.
  useLayoutEffect(() => {
    if (!ready || !pages.current) return;
    const sections = [...pages.current.querySelectorAll<HTMLElement>('.pack-measure')];
    const counts = sections.map((s) =>
      Math.max(1, Math.ceil((s.getBoundingClientRect().height - 1) / PAGE_HEIGHT_PX)),
    );
    setPageCounts((old) => (old.join() === counts.join() ? old : counts));
  }, [ready, summaries.length]);

  const failed = [targets, events, questions, outcomes].find((q) => q.isError);
  if (failed)
    return (
      <LoadError error={failed.error} retry={() => void failed.refetch()} what="The meeting pack" />
    );
  if (!ready) return <p role="status">Preparing the pack…</p>;

  const dropInfo = data.drops.at(-1);
  const meeting =
    params.get('meeting') ??
    data.site.meetings.map((m) => m.date).find((d) => dropInfo && d >= dropInfo.published);
  const firstPage = 3; // cover, then contents
  // `npm run pack` renders twice and passes the pages each measure really starts on; a browser print uses the estimate.
  const given = (params.get('pages') ?? '')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const estimated = pageCounts.reduce<number[]>(
    (acc, _, i) => [
      ...acc,
      i === 0 ? firstPage : (acc[i - 1] ?? firstPage) + (pageCounts[i - 1] ?? 1),
    ],
    [],
  );
  const startPages = given.length === summaries.length ? given : estimated;
  return (
    <div className="pack" ref={pages}>
      <p className="pack-actions">
        <button type="button" className="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>{' '}
        <span className="hint">
          Choose A4 portrait. Page numbers are printed at the foot of each page.
        </span>
      </p>
      <section className="pack-page pack-cover" aria-labelledby="pack-title">
        <p className="pack-authority">{data.site.authority.name}</p>
        <h1 id="pack-title">Adult social care performance: meeting pack</h1>
        <dl className="pack-meta">
          {meeting && (
            <>
              <dt>Meeting</dt>
              <dd>
                {data.site.meetings.find((m) => m.date === meeting)?.label ?? 'Scrutiny meeting'},{' '}
                {formatDate(meeting)}
              </dd>
            </>
          )}
          {dropInfo && (
            <>
              <dt>Figures</dt>
              <dd>
                As published in drop {dropInfo.id} on {formatDate(dropInfo.published)}:{' '}
                {dropInfo.title}
              </dd>
            </>
          )}
          <dt>Version</dt>
          <dd>
            {dropInfo ? `${dropInfo.id}, ` : ''}statuses judged on {formatDate(today)}
          </dd>
          <dt>Measures</dt>
          <dd>{summaries.length}</dd>
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
          {summaries.map((s, i) => (
            <li key={s.metric.id}>
              <a href={`#pack-${s.metric.id}`}>{s.metric.title}</a>
              <span className="contents-leader" aria-hidden="true" />
              <span className="contents-page">
                {startPages[i] !== undefined ? `page ${startPages[i]}` : ''}
              </span>
            </li>
          ))}
        </ol>
      </section>
      {summaries.map((s) => (
        <PackMeasure
          key={s.metric.id}
          id={`pack-${s.metric.id}`}
          summary={s}
          figures={data.byMetric.get(s.metric.id) ?? []}
          site={data.site}
          areas={data.areas}
          sources={data.sources}
          events={(events.data ?? []).filter((e) => e.metrics.includes(s.metric.id))}
          questions={questions.data ?? []}
          today={today}
        />
      ))}
    </div>
  );
}
