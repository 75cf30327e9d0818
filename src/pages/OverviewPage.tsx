import { useQueries } from '@tanstack/react-query';
import { authorityObservations, briefingView } from '../app/briefingView';
import { defaultGroupName } from '../app/comparatorParams';
import { overviewView, type OverviewMode } from '../app/overviewView';
import { judgedOn, useToday } from '../app/today';
import { href } from '../app/useRoute';
import type { SiteData } from '../app/useSiteData';
import { useTitle } from '../app/useTitle';
import { Briefing } from '../components/Briefing';
import { Link } from '../components/Link';
import { LoadError } from '../components/LoadError';
import { MeasureRow } from '../components/MeasureRow';
import { MeasureSearch } from '../components/MeasureSearch';
import { outcomesQuery, questionsQuery, targetsQuery } from '../data/queries';
import { formatDate } from '../format';
import { routePath } from '../routes';
import { measureSummary, type MeasureSummary } from '../stats/measureSummary';

interface Props {
  data: SiteData;
  drop: string | undefined;
  params: URLSearchParams;
  setParams: (next: URLSearchParams) => void;
  mode: OverviewMode;
}

/**
 * The landing page: the briefing (plan, since the last meeting, out of date, questions), then the
 * measures the Commission follows, with every measure one click away.
 */
export function OverviewPage({ data, drop, params, setParams, mode }: Props) {
  useTitle(mode === 'all' ? 'Every measure' : 'Overview');
  const now = useToday();
  const [targets, outcomes, questions] = useQueries({
    queries: [targetsQuery(), outcomesQuery(), questionsQuery()],
  });
  const today = judgedOn(data.allDrops, drop, now);
  const groupName = defaultGroupName(data.site);
  const summaries = data.metrics.map((m) =>
    measureSummary(m, data.byMetric.get(m.id) ?? [], data.site, targets.data ?? [], today),
  );
  const query = params.get('q') ?? '';
  const view = overviewView(summaries, mode, query);
  const search = (q: string) => {
    const next = new URLSearchParams(params);
    if (q === '') next.delete('q');
    else next.set('q', q);
    setParams(next);
  };
  const ready = targets.data && outcomes.data && questions.data;
  const briefing = ready
    ? briefingView({
        site: data.site,
        drops: data.drops,
        observations: authorityObservations(data.figures, data.site.authority.code),
        summaries,
        outcomes: outcomes.data,
        targets: targets.data,
        questions: questions.data,
        today,
      })
    : undefined;
  const failed = [targets, outcomes, questions].find((q) => q.isError);
  const latestDrop = data.drops.at(-1);
  const here = (show: OverviewMode) =>
    href(routePath({ drop, view: { page: show === 'all' ? 'measures' : 'overview' } }));
  const row = (s: MeasureSummary) => (
    <MeasureRow
      key={s.metric.id}
      summary={s}
      drop={drop}
      groupName={groupName}
      targetsFailed={targets.isError}
    />
  );
  return (
    <>
      <h1>{data.site.authority.name}: adult social care performance</h1>
      <p className="lead">
        Judged on {formatDate(today)}
        {latestDrop && <>, with figures published up to {formatDate(latestDrop.published)}</>}.
        These figures are here to prompt questions, not to give definitive answers.
      </p>
      {(
        [
          [targets, 'Improvement-plan targets'],
          [outcomes, 'The improvement plan’s outcomes'],
          [questions, 'Questions for members'],
        ] as const
      ).map(
        ([query, what]) =>
          query.isError && (
            <LoadError
              key={what}
              error={query.error}
              retry={() => void query.refetch()}
              what={what}
            />
          ),
      )}
      {briefing ? (
        <Briefing view={briefing} drop={drop} sources={data.sources} />
      ) : (
        !failed && <p role="status">Preparing the briefing…</p>
      )}
      <section aria-labelledby="measures-title" className="measures">
        <h2 id="measures-title">
          {view.search
            ? 'Measures found'
            : mode === 'all'
              ? 'Every measure'
              : 'The measures the Commission follows'}
        </h2>
        <MeasureSearch query={query} matches={view.search?.matches} onChange={search} />
        <nav aria-label="Which measures to show" className="mode-switch">
          <ul>
            <li>
              <Link
                href={here('commission')}
                aria-current={mode === 'commission' && !view.search ? 'page' : undefined}
              >
                The Commission&rsquo;s five families and the plan ({view.counts.commission})
              </Link>
            </li>
            <li>
              <Link
                href={here('all')}
                aria-current={mode === 'all' && !view.search ? 'page' : undefined}
              >
                Show all {view.counts.all} measures
              </Link>
            </li>
          </ul>
        </nav>
        <p>
          <Link href={href(routePath({ drop, view: { page: 'matrix' } }))}>
            Every measure at a glance
          </Link>
          : one table against England and the neighbours, sortable, with a CSV download.
        </p>
        <nav aria-label="Sections on this page" className="jump">
          <ul>
            {view.sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>
                  {s.title} ({s.summaries.length})
                </a>
              </li>
            ))}
            {view.ended.length > 0 && (
              <li>
                <a href="#ended">No longer published ({view.ended.length})</a>
              </li>
            )}
          </ul>
        </nav>
        {view.sections.map((section) => (
          <section key={section.id} aria-labelledby={section.id} className="theme">
            <h2 id={section.id}>{section.title}</h2>
            {section.intro && <p className="hint">{section.intro}</p>}
            <ul className="mrows">{section.summaries.slice(0, section.shown).map(row)}</ul>
            {section.summaries.length > section.shown && (
              <details className="more">
                <summary>
                  {section.summaries.length - section.shown} more in {section.title.toLowerCase()}
                </summary>
                <ul className="mrows">{section.summaries.slice(section.shown).map(row)}</ul>
              </details>
            )}
          </section>
        ))}
        {view.ended.length > 0 && (
          <section aria-labelledby="ended" className="theme">
            <h2 id="ended">No longer published</h2>
            <p className="hint">
              Series that have stopped. Their last figures are history: they are not compared with
              today.
            </p>
            <ul className="mrows">{view.ended.map(row)}</ul>
          </section>
        )}
      </section>
    </>
  );
}
