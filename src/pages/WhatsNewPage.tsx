import { useQuery } from '@tanstack/react-query';
import { describeStatus } from '../a11y/describePlan';
import { judgedOn, useToday } from '../app/today';
import { href, measureHref } from '../app/useRoute';
import type { SiteData } from '../app/useSiteData';
import { useTitle } from '../app/useTitle';
import { whatsNewView, type AddedLine, type RevisedLine } from '../app/whatsNewView';
import { CommentaryNote } from '../components/CommentaryNote';
import { DirectionIcon } from '../components/DirectionIcon';
import { Link } from '../components/Link';
import { LoadError } from '../components/LoadError';
import { commentaryQuery, targetsQuery } from '../data/queries';
import type { Observation } from '../data/types';
import { formatDate, formatPeriod, formatValue, formatWhen } from '../format';
import { routePath } from '../routes';
import { ColumnHeads } from '../components/ColumnHeads';
import { ScrollTable } from '../components/ScrollTable';

const DIRECTION_WORDS = {
  better: 'better',
  worse: 'worse',
  same: 'unchanged',
  'no-judgement': 'no better direction',
  first: 'first figure',
} as const;

function Direction({
  line,
}: {
  line: Pick<AddedLine | RevisedLine, 'direction' | 'delta' | 'metric'>;
}) {
  const { direction, delta, metric } = line;
  if (direction === undefined) return null;
  // A measure with a better direction is left unjudged only across a change in how it is counted.
  const words =
    direction === 'no-judgement' && metric.polarity !== 'none'
      ? 'not judged: series break'
      : DIRECTION_WORDS[direction];
  return (
    <>
      {direction !== 'first' && delta !== undefined && (
        <DirectionIcon direction={direction} delta={delta} />
      )}{' '}
      {words}
    </>
  );
}

/** What the latest drop (or a snapshot's drop) changed: new figures, revisions, plan statuses. */
export function WhatsNewPage({ data, drop }: { data: SiteData; drop: string | undefined }) {
  useTitle("What's new");
  const now = useToday();
  const latest = data.drops.at(-1);
  const commentary = useQuery({
    ...commentaryQuery(latest?.id ?? ''),
    enabled: latest !== undefined,
  });
  const targets = useQuery(targetsQuery());
  if (targets.isError)
    return (
      <LoadError
        error={targets.error}
        retry={() => void targets.refetch()}
        what="Improvement-plan targets"
      />
    );
  if (!targets.data) return <p role="status">Loading…</p>;
  const view = whatsNewView({
    site: data.site,
    metrics: data.metrics,
    drops: data.drops,
    observations: data.figures.flatMap((f) => [...f.revisions, f]),
    targets: targets.data,
    today: judgedOn(data.allDrops, drop, now),
  });
  if (!view) return <h1>No drops have been published yet</h1>;
  const { current, previous } = view;
  const area = (code: string) => data.areas.get(code)?.name ?? code;
  const link = (id: string) => measureHref(drop, id);
  const shown = (o: Observation, unit: AddedLine['metric']) =>
    o.value === undefined
      ? o.status
      : `${formatValue(o.value, unit)}${o.status === 'final' ? '' : ` (${o.status})`}`;
  const authorityName = area(data.site.authority.code);
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
      {commentary.isError && (
        <LoadError
          error={commentary.error}
          retry={() => void commentary.refetch()}
          what="Officers' commentary"
        />
      )}
      <h2>New figures</h2>
      {view.added.length === 0 ? (
        <p>No new figures.</p>
      ) : (
        <ul className="whats-new">
          {view.added.map((a) => (
            <li key={a.metric.id}>
              <Link href={link(a.metric.id)}>{a.metric.title}</Link>: {a.periods.length} new period
              {a.periods.length === 1 ? '' : 's'} (
              {a.periods.map((p) => formatPeriod(p)).join(', ')}) for {a.areas} area
              {a.areas === 1 ? '' : 's'}
              {a.own && (
                <>
                  ; {authorityName} {shown(a.own, a.metric)} {formatWhen(a.own.period)}
                  {a.before?.value !== undefined && a.direction !== 'first' && (
                    <>
                      , against {formatValue(a.before.value, a.metric)}{' '}
                      {formatWhen(a.before.period)}
                    </>
                  )}
                  : <Direction line={a} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2>Revised figures</h2>
      {view.revised.length === 0 ? (
        <p>No figure published earlier was revised in this drop.</p>
      ) : (
        <ScrollTable
          label="Revised figures"
          caption={<>Figures revised in drop {current.id}</>}
          captionClassName="visually-hidden"
          className="table"
        >
          <ColumnHeads headings={['Measure', 'Area', 'Period', 'Was', 'Now', 'Revision']} />
          <tbody>
            {view.revised.map((r) => (
              <tr key={`${r.metric.id}-${r.area}-${r.period}`}>
                <th scope="row">
                  <Link href={link(r.metric.id)}>{r.metric.title}</Link>
                </th>
                <td>{area(r.area)}</td>
                <td>{r.period}</td>
                <td>
                  {shown(r.before, r.metric)} <span className="hint">(drop {r.before.drop})</span>
                </td>
                <td>{shown(r.after, r.metric)}</td>
                <td>
                  <Direction line={r} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <h2>Improvement-plan statuses that changed</h2>
      {view.statusChanges.length === 0 ? (
        <p>No measure&rsquo;s status against its improvement-plan target changed.</p>
      ) : (
        <ul>
          {view.statusChanges.map((c) => (
            <li key={c.metric.id}>
              <Link href={link(c.metric.id)}>{c.metric.title}</Link>: was {describeStatus(c.was)},
              now {describeStatus(c.now)}
              {c.cause === 'time'
                ? ' — only because time has passed since the last figure, not because of new ' +
                  'figures'
                : ' — because of the new figures'}
            </li>
          ))}
        </ul>
      )}
      {view.gaps.length > 0 && (
        <>
          <h2>Gaps in the new figures</h2>
          <ul>
            {view.gaps.map((g) => (
              <li key={g.metric.id}>
                {g.metric.title}, {g.period}: no figure for {g.areas.map(area).join(', ')}
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
