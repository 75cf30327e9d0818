import { useQuery } from '@tanstack/react-query';
import { group } from 'd3-array';
import { judgedOn } from '../app/today';
import { href } from '../app/useRoute';
import type { SiteData } from '../app/useSiteData';
import { useTitle } from '../app/useTitle';
import { describeStatus } from '../a11y/describePlan';
import { CommentaryNote } from '../components/CommentaryNote';
import { Link } from '../components/Link';
import { commentaryQuery, targetsQuery } from '../data/queries';
import { formatDate, formatPeriod, formatValue, formatWhen } from '../format';
import { routePath } from '../routes';
import { dropDiff } from '../stats/dropDiff';
import { currentFigures } from '../stats/figures';
import { measureSummary } from '../stats/measureSummary';

/** What the latest drop (or a snapshot's drop) changed: new periods, revised figures, plan statuses that moved. */
export function WhatsNewPage({ data, drop }: { data: SiteData; drop: string | undefined }) {
  useTitle("What's new");
  const current = data.drops.at(-1);
  const previous = data.drops.at(-2);
  const commentary = useQuery({
    ...commentaryQuery(current?.id ?? ''),
    enabled: current !== undefined,
  });
  const targets = useQuery(targetsQuery());
  if (!current) return <h1>No drops have been published yet</h1>;
  const observations = data.figures.flatMap((f) => [...f.revisions, f]);
  const ids = data.drops.map((d) => d.id);
  const everyDrop = new Set(
    data.metrics
      .filter((m) => m.frequency === 'quarterly' || m.frequency === 'monthly')
      .map((m) => m.id),
  );
  const diff = dropDiff(observations, ids, current.id, everyDrop);
  const metric = (id: string) => data.metrics.find((m) => m.id === id);
  const area = (code: string) => data.areas.get(code)?.name ?? code;
  const link = (id: string) => href(routePath({ drop, view: { page: 'measure', id } }));
  const authority = data.site.authority.code;

  // Plan statuses as they stood before this drop and after it.
  const before = currentFigures(observations, ids.slice(0, -1));
  const planMetrics = [
    ...new Set((targets.data ?? []).filter((t) => t.kind === 'target').map((t) => t.metric)),
  ];
  const statusAt = (figures: typeof before, id: string, day: string) => {
    const m = metric(id);
    return m
      ? measureSummary(
          m,
          figures.filter((f) => f.metric === id),
          data.site,
          targets.data ?? [],
          day,
        ).plan?.status
      : undefined;
  };
  const changed = planMetrics.flatMap((id) => {
    const was = statusAt(before, id, previous?.published ?? current.published);
    const now = statusAt(data.figures, id, judgedOn(data.allDrops, drop));
    return was && now && describeStatus(was) !== describeStatus(now) ? [{ id, was, now }] : [];
  });

  return (
    <>
      <h1>What&rsquo;s new in drop {current.id}</h1>
      <p className="lead">
        {current.title}, published {formatDate(current.published)}.{' '}
        {previous
          ? `Compared with the drop before it, ${previous.id} (${formatDate(previous.published)}).`
          : 'This is the first drop.'}
      </p>
      {current.note && <p>{current.note}.</p>}
      <h2>New figures</h2>
      {diff.added.length === 0 ? (
        <p>No new figures.</p>
      ) : (
        <ul>
          {[...group(diff.added, (o) => o.metric)].map(([id, rows]) => {
            const m = metric(id);
            const own = rows
              .filter((o) => o.area === authority)
              .sort((a, b) => b.period.end.localeCompare(a.period.end))[0];
            const periods = [...new Set(rows.map((o) => formatPeriod(o.period)))];
            return (
              <li key={id}>
                <Link href={link(id)}>{m?.title ?? id}</Link>: {periods.length} new period
                {periods.length === 1 ? '' : 's'} ({periods.join(', ')}) for{' '}
                {new Set(rows.map((o) => o.area)).size} area(s)
                {own && m && (
                  <>
                    ; {area(authority)}{' '}
                    {own.value === undefined ? 'suppressed' : formatValue(own.value, m)}{' '}
                    {formatWhen(own.period)}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <h2>Revised figures</h2>
      {diff.revised.length === 0 ? (
        <p>No figure published earlier was revised in this drop.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Figures revised in drop {current.id}</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Area</th>
              <th scope="col">Period</th>
              <th scope="col">Was</th>
              <th scope="col">Now</th>
            </tr>
          </thead>
          <tbody>
            {diff.revised.map((r) => {
              const m = metric(r.metric);
              const show = (o: typeof r.before) =>
                o.value === undefined || !m
                  ? o.status
                  : `${formatValue(o.value, m)}${o.status === 'final' ? '' : ` (${o.status})`}`;
              return (
                <tr key={`${r.metric}-${r.area}-${r.period}`}>
                  <th scope="row">
                    <Link href={link(r.metric)}>{m?.title ?? r.metric}</Link>
                  </th>
                  <td>{area(r.area)}</td>
                  <td>{r.period}</td>
                  <td>
                    {show(r.before)} <span className="hint">(drop {r.before.drop})</span>
                  </td>
                  <td>{show(r.after)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h2>Improvement-plan statuses that changed</h2>
      {changed.length === 0 ? (
        <p>No measure&rsquo;s status against its improvement-plan target changed with this drop.</p>
      ) : (
        <ul>
          {changed.map((c) => (
            <li key={c.id}>
              <Link href={link(c.id)}>{metric(c.id)?.title ?? c.id}</Link>: was{' '}
              {describeStatus(c.was)}, now {describeStatus(c.now)}
            </li>
          ))}
        </ul>
      )}
      {diff.missingAreas.length > 0 && (
        <>
          <h2>Gaps in the new figures</h2>
          <ul>
            {diff.missingAreas.map((m) => (
              <li key={m.metric}>
                {metric(m.metric)?.title ?? m.metric}, {m.period}: no figure for{' '}
                {m.areas.map(area).join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
      <CommentaryNote items={commentary.data ?? []} drops={data.allDrops} />
      {data.allDrops.length > 1 && (
        <>
          <h2>Other drops</h2>
          <ul>
            {data.allDrops
              .filter((d) => d.id !== current.id)
              .map((d) => (
                <li key={d.id}>
                  <Link href={href(routePath({ drop: d.id, view: { page: 'whats-new' } }))}>
                    What was new in {d.id}
                  </Link>{' '}
                  ({formatDate(d.published)})
                </li>
              ))}
          </ul>
        </>
      )}
    </>
  );
}
