import { useQueries } from '@tanstack/react-query';
import { href } from '../app/useRoute';
import { outcomesQuery, questionsQuery, targetsQuery } from '../data/queries';
import type { SiteData } from '../app/useSiteData';
import { useTitle } from '../app/useTitle';
import { Link } from '../components/Link';
import { formatDate } from '../format';
import { routePath } from '../routes';

/** Where every figure comes from: publications, comparator groups and the drops published so far. */
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
  return (
    <>
      <h1>About the data</h1>
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
        Figures from a council&rsquo;s own reports give, beside each figure, the line of the
        published document&rsquo;s text where it appears, with the words quoted. Where a council
        report and a national statistic give the same figure for the same period, the national
        statistic is shown and the council&rsquo;s figure is a note on it.
      </p>
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
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
