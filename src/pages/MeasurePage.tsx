import { useQueries, useQuery } from '@tanstack/react-query';
import { readComparators, writeComparators } from '../app/comparatorParams';
import { judgedOn, useToday } from '../app/today';
import { href } from '../app/useRoute';
import type { SiteData } from '../app/useSiteData';
import { useTitle } from '../app/useTitle';
import { hasCouncilFigures } from '../app/hasCouncilFigures';
import { measureView } from '../app/measureView';
import { rankedCsv, rankedCsvText } from '../app/rankedCsv';
import { DataTable } from '../a11y/DataTable';
import { findingTitle, summarySentence } from '../a11y/describe';
import { addedSentence } from '../a11y/describeAdded';
import { useElementWidth } from '../charts/useElementWidth';
import { ComparatorControls } from '../components/ComparatorControls';
import { DownloadCsv } from '../components/DownloadCsv';
import { Link } from '../components/Link';
import { LoadError } from '../components/LoadError';
import { RankedComparison } from '../components/RankedComparison';
import { SourceNote } from '../components/SourceNote';
import {
  commentaryQuery,
  eventsQuery,
  outcomesQuery,
  questionsQuery,
  targetsQuery,
} from '../data/queries';
import { CommentaryNote } from '../components/CommentaryNote';
import { QuestionsToAsk } from '../components/QuestionsToAsk';
import { pickQuestions } from '../scrutiny/pickQuestions';
import { formatPeriod } from '../format';
import { routePath } from '../routes';
import { measureSummary } from '../stats/measureSummary';
import { NotFoundPage } from './NotFoundPage';
import { PlanNote } from '../components/PlanNote';
import { MeasureChartPanel } from '../components/MeasureChartPanel';

interface Props {
  data: SiteData;
  drop: string | undefined;
  id: string;
  params: URLSearchParams;
  setParams: (p: URLSearchParams, push?: boolean) => void;
}

/**
 * One measure: chart against benchmarks, comparator group and target; ranking; table; definition
 * and source.
 */
export function MeasurePage({ data, drop, id, params, setParams }: Props) {
  const metric = data.metrics.find((m) => m.id === id);
  useTitle(metric?.title ?? 'Page not found');
  const now = useToday();
  const targets = useQuery(targetsQuery());
  const events = useQuery(eventsQuery());
  const questions = useQuery(questionsQuery());
  const outcomes = useQuery(outcomesQuery());
  const commentary = useQueries({
    queries: data.drops.map((d) => commentaryQuery(d.id)),
    combine: (results) => ({
      items: results.flatMap((r) => r.data ?? []),
      failed: results.find((r) => r.isError),
    }),
  });
  // Every file here is always published: one that fails is said, never shown as "none".
  const failedPart = [
    { query: targets, what: 'Improvement-plan targets' },
    { query: outcomes, what: 'Improvement-plan outcomes' },
    { query: events, what: 'Events' },
    { query: questions, what: 'Questions to ask' },
  ].find((p) => p.query.isError) ?? {
    query: commentary.failed,
    what: "Officers' commentary",
  };
  const { ref, width } = useElementWidth<HTMLDivElement>(640);
  if (!metric) return <NotFoundPage />;
  const { site, areas } = data;
  const authority = site.authority.code;
  const choice = readComparators(params, site);
  const group = site.groups.find((g) => g.id === choice.groupId);
  const groupName = group?.name ?? 'Comparators';
  const figures = data.byMetric.get(metric.id) ?? [];
  const today = judgedOn(data.allDrops, drop, now);
  const summary = measureSummary(metric, figures, site, targets.data ?? [], today, choice.members);
  const view = measureView(
    summary,
    figures,
    site,
    areas,
    choice.members,
    groupName,
    data.sources,
    today,
    choice.added,
  );
  const { authorityName, hasPeers, rows, table } = view;
  const plan = summary.plan;
  const outcome = outcomes.data?.find((o) => o.id === plan?.target.outcome);
  // Only events inside the chart's time span: a marker off the chart would be listed with nothing
  // to point at.
  const first = rows[0]?.period?.start ?? '';
  const last = [rows.at(-1)?.period?.end ?? '', plan?.goal?.date ?? ''].sort().at(-1) ?? '';
  const myEvents = (events.data ?? []).filter(
    (e) =>
      (e.metrics.length === 0 || e.metrics.includes(metric.id)) &&
      (e.end ?? e.start) >= first &&
      e.start <= last,
  );
  const latestPeriod = summary.latest?.period.label;
  const ranked = latestPeriod
    ? figures.filter(
        (f) =>
          f.period.label === latestPeriod &&
          (f.area === authority || choice.members.includes(f.area)),
      )
    : [];
  const overview = href(routePath({ drop, view: { page: 'overview' } }));
  return (
    <article>
      <p className="back">
        <Link href={overview}>All measures</Link>
      </p>
      <p className="caption">
        {metric.theme} · {metric.qualityStatement}
      </p>
      <h1>{findingTitle(summary)}</h1>
      <p className="lead">{metric.description}</p>
      <p className="summary" id="chart-summary">
        {summarySentence(summary, authorityName, groupName)}
        {view.added.length > 0 && ` ${addedSentence(view.added, figures, metric) ?? ''}`}
      </p>
      {failedPart.query?.isError && (
        <LoadError
          error={failedPart.query.error}
          retry={() => void failedPart.query?.refetch()}
          what={failedPart.what}
        />
      )}
      <CommentaryNote
        items={commentary.items.filter((c) => c.metric === id)}
        drops={data.allDrops}
      />
      {hasPeers ? (
        <ComparatorControls
          site={site}
          areas={areas}
          choice={choice}
          onChange={(c) => setParams(writeComparators(params, c, site), true)}
        />
      ) : (
        <p className="hint">
          Figures for other councils are not in this data set for this measure, so it cannot be
          compared with them here.
        </p>
      )}
      {plan && <PlanNote plan={plan} metric={metric} outcome={outcome} />}
      <div className={hasPeers ? 'measure-grid' : undefined}>
        <MeasureChartPanel
          summary={summary}
          view={view}
          title={findingTitle(summary)}
          authority={authority}
          groupName={groupName}
          events={myEvents}
          figures={figures}
          sources={data.sources}
          drop={data.drops.at(-1)}
          siteName={`${site.title}, ${site.authority.name}`}
          today={now}
          boxRef={ref}
          width={width}
        />
        {hasPeers && (
          <section aria-labelledby="rank-title" className="rank-panel">
            <h2 id="rank-title">Compared with {groupName}</h2>
            <RankedComparison
              metric={metric}
              figures={ranked}
              authority={authority}
              areas={areas}
              groupName={groupName}
              group={summary.group}
            />
            {summary.latest && !drop && hasCouncilFigures(figures, areas, authority) && (
              <p className="map-link">
                <Link href={href(routePath({ drop, view: { page: 'map', id } }), params)}>
                  Map of every English council, {formatPeriod(summary.latest.period)}
                </Link>
              </p>
            )}
            {latestPeriod && (
              <DownloadCsv
                text={() =>
                  rankedCsvText(
                    rankedCsv({
                      metric,
                      figures,
                      period: latestPeriod,
                      areas,
                      authority,
                      members: choice.members,
                      groupName,
                      sources: data.sources,
                      drops: data.allDrops,
                    }),
                  )
                }
                filename={`${metric.id}-every-council.csv`}
                label="Download every council’s figures, ranked (CSV)"
              />
            )}
          </section>
        )}
      </div>
      <QuestionsToAsk
        questions={pickQuestions(questions.data ?? [], summary)}
        sources={data.sources}
      />
      <section aria-labelledby="table-title">
        <h2 id="table-title">The figures</h2>
        <DataTable
          table={table}
          caption={`${metric.title}: ${[
            authorityName,
            ...[...view.benchmarks, ...view.added].map((b) => b.name),
            ...(hasPeers ? [groupName] : []),
          ].join(', ')}`}
        />
        <DownloadCsv
          table={table}
          filename={`${metric.id}.csv`}
          label="Download these figures (CSV)"
        />
      </section>
      <section aria-labelledby="about-title">
        <h2 id="about-title">About this measure</h2>
        <dl className="definition">
          <dt>Definition</dt>
          <dd>{metric.definition}</dd>
          {metric.caveats && (
            <>
              <dt>Things to bear in mind</dt>
              <dd>{metric.caveats}</dd>
            </>
          )}
          <dt>Source</dt>
          <dd>
            <SourceNote figures={summary.series} fallback={metric.source} sources={data.sources} />
          </dd>
        </dl>
      </section>
    </article>
  );
}
