import { useQueries } from '@tanstack/react-query';
import { href } from '../app/useRoute';
import { DATA_FILES } from '../data/dataset';
import { dataUrl, outcomesQuery, questionsQuery, targetsQuery } from '../data/queries';
import type { SiteData } from '../app/useSiteData';
import { useTitle } from '../app/useTitle';
import { DataDownloads } from '../components/DataDownloads';
import { Link } from '../components/Link';
import { LoadError } from '../components/LoadError';
import { formatDate } from '../format';
import { routePath } from '../routes';

/**
 * Where every figure comes from: publications, comparator groups and the drops published so far.
 */
export function AboutPage({ data }: { data: SiteData }) {
  useTitle('About the data');
  const { site, sources, areas } = data;
  const [targets, outcomes, questions] = useQueries({
    queries: [targetsQuery(), outcomesQuery(), questionsQuery()],
  });
  const planSources = [
    ...(targets.data ?? []),
    ...(outcomes.data ?? []),
    ...(questions.data ?? []),
  ].map((r) => r.source);
  const used = new Set([
    ...data.figures.map((f) => f.source),
    ...data.metrics.map((m) => m.source),
    ...site.groups.map((g) => g.source),
    ...planSources,
  ]);
  // Each file is always published: one that fails is said, not read as no sources.
  const failed = [targets, outcomes, questions].find((q) => q.isError);
  return (
    <>
      <h1>About the data</h1>
      {failed && (
        <LoadError
          error={failed.error}
          retry={() => void failed.refetch()}
          what="Some of the sources"
        />
      )}
      <p className="lead">
        Every figure on this site comes from a published source named beside it. This page lists
        those sources, the councils {site.authority.name} is compared with, and each quarterly drop
        of data.
      </p>
      <h2>Sources</h2>
      <ul className="source-list">
        {[...sources.values()]
          .filter((s) => used.has(s.id))
          .map((s) => (
            <li key={s.id} id={`source-${s.id}`}>
              <strong>{s.publisher}</strong>, {s.url ? <a href={s.url}>{s.title}</a> : s.title} (
              {s.published}){s.licence && <>. {s.licence}</>}
            </li>
          ))}
      </ul>
      <p>
        Figures from a council&rsquo;s own reports name the report and the part of it they are in.
        Where a council reported a figure before the national statistic for the same period was
        published, both are kept and the statistic is shown as a revision; where they came out
        together, the national statistic is shown and the council&rsquo;s figure is a note on it.
      </p>
      <h2>How far to rely on the figures</h2>
      <ul>
        <li>
          <strong>Official statistics</strong> (ASCOF, Oflog, the CQC&rsquo;s scores) are produced
          the same way for every council and checked before publication. Figures from client-level
          data are official statistics still in development, and marked provisional.
        </li>
        <li>
          <strong>The council&rsquo;s own figures</strong> (waiting lists, waiting times, reviews,
          safeguarding timeliness) come from its case records as reported to the CQC or to
          councillors. They are not checked by a statistics body, and councils count them
          differently, so they are not compared with other councils. Where a report gives no date,
          the figure&rsquo;s note says which date it is shown at and why.
        </li>
        <li>
          <strong>Survey figures</strong> (what people and carers say in the national surveys) rest
          on a few hundred answers, or fewer than a hundred for carers, so a change of a few points
          can be chance.
        </li>
        <li>
          <strong>Stand-in measures</strong>: where the improvement plan sets a target on something
          no published figure measures, the plan page shows the nearest published measure and its
          direction of travel, says what would be needed to judge the target, and never calls it met
          or missed.
        </li>
        <li>
          <strong>Series that changed or stopped</strong> are marked: a break in the line where the
          way of counting changed, and &ldquo;no longer published&rdquo; for a series that ended.
        </li>
      </ul>
      <h2>Comparator groups</h2>
      {site.groups.map((g) => (
        <section key={g.id} aria-labelledby={`group-${g.id}`}>
          <h3 id={`group-${g.id}`}>{g.name}</h3>
          <p>
            {g.version}. Source: {sources.get(g.source)?.publisher ?? g.source}.
          </p>
          <p>{g.members.map((m) => areas.get(m)?.name ?? m).join(', ')}.</p>
        </section>
      ))}
      <h2>Data drops</h2>
      <p>
        Each quarter officers publish a drop of new figures. A later drop never changes an earlier
        one: a different figure for the same period is shown as a revision. Each drop has a
        permanent page showing the dashboard as it was.
      </p>
      <table className="table">
        <caption className="visually-hidden">Data drops published</caption>
        <thead>
          <tr>
            <th scope="col">Drop</th>
            <th scope="col">Published</th>
            <th scope="col">What it holds</th>
            <th scope="col">Figures</th>
          </tr>
        </thead>
        <tbody>
          {data.allDrops.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                <Link href={href(routePath({ drop: d.id, view: { page: 'overview' } }))}>
                  {d.id}
                </Link>
              </th>
              <td>{formatDate(d.published)}</td>
              <td>
                {d.title}
                {d.note && <>. {d.note}</>}
              </td>
              <td>
                <a href={dataUrl(DATA_FILES.values(d.id))} download>
                  values.csv<span className="visually-hidden"> for drop {d.id}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <DataDownloads drops={data.allDrops} />
      <h2>For officers: publishing a drop</h2>
      <p>
        Officers can check a new drop&rsquo;s files, preview the dashboard with it and download it
        for whoever deploys the site on the{' '}
        <Link href={href(routePath({ drop: undefined, view: { page: 'publish' } }))}>
          Publish page
        </Link>
        , in the browser with nothing to install. Nothing is uploaded.
      </p>
    </>
  );
}
