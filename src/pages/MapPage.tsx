import england from 'virtual:england-map';
import { readComparators } from '../app/comparatorParams';
import { describeArea, mapView } from '../app/mapView';
import { measureHref } from '../app/useRoute';
import type { SiteData } from '../app/useSiteData';
import { useTitle } from '../app/useTitle';
import { ChoroplethMap } from '../charts/ChoroplethMap';
import { MapPatterns } from '../charts/mapPatterns';
import { Link } from '../components/Link';
import { MapLegend } from '../components/MapLegend';
import { MapTable } from '../components/MapTable';
import { SourceNote } from '../components/SourceNote';
import { formatDate, formatPeriod, ordinal } from '../format';
import { latestOf, seriesOf } from '../stats/measureSummary';
import { NotFoundPage } from './NotFoundPage';

interface Props {
  data: SiteData;
  id: string;
  params: URLSearchParams;
}

/**
 * A measure's figure for every English council, for the period its measure page shows (the
 * council's latest): a map shaded in quantile classes, with the council and its comparators
 * outlined, a key in words, and the same figures as a table.
 */
export function MapPage({ data, id, params }: Props) {
  const metric = data.metrics.find((m) => m.id === id);
  useTitle(metric ? `Map: ${metric.title}` : 'Page not found');
  if (!metric) return <NotFoundPage />;
  const { site, areas } = data;
  const authority = site.authority.code;
  const choice = readComparators(params, site);
  const groupName = site.groups.find((g) => g.id === choice.groupId)?.name ?? 'Comparators';
  const figures = data.byMetric.get(metric.id) ?? [];
  const latest = latestOf(seriesOf(figures, authority));
  const view = mapView({
    metric,
    figures,
    period: latest?.period.label,
    areas,
    authority,
    members: choice.members,
    shapes: england.areas,
  });
  const rows = new Map(view.rows.map((r) => [r.code, r]));
  const mine = rows.get(authority);
  const authorityName = areas.get(authority)?.name ?? site.authority.name;
  const when = view.period ? formatPeriod(view.period) : undefined;
  const drops = new Set(view.figures.map((f) => f.drop));
  const published = data.allDrops.filter((d) => drops.has(d.id));
  const measure = measureHref(undefined, id, params);
  const valued = view.rows.filter((r) => r.value !== undefined).length;
  const noData = view.rows.filter((r) => r.onMap && r.value === undefined).length;
  return (
    <article className="map-page">
      <p className="back">
        <Link href={measure}>Back to {metric.title}</Link>
      </p>
      <p className="caption">
        {metric.theme} · {metric.qualityStatement}
      </p>
      <h1>
        {metric.title}: every English council{when ? `, ${when}` : ''}
      </h1>
      {!when || !mine ? (
        <p className="lead">
          {authorityName} has no figure for this measure, so there is no period to map.
        </p>
      ) : (
        <>
          <p className="lead summary">
            {describeArea(mine)}
            {mine.rank !== undefined &&
              `; ${ordinal(mine.rank)} of ${valued} councils with a figure, ` +
                `${metric.polarity === 'none' ? 'highest first' : 'best first'}`}
            .
          </p>
          <MapPatterns count={view.classes.length} />
          <section aria-labelledby="map-title" className="map-grid">
            <div>
              <h2 id="map-title">Map</h2>
              <p className="hint" id="map-help">
                Tab to the map and move between councils with the arrow keys, or point at one: its
                figure is shown below the map. Every council is also in the table below.
              </p>
              <ChoroplethMap
                width={england.width}
                height={england.height}
                shapes={england.areas}
                rows={rows}
                start={authority}
                label={`Map of England’s councils: ${metric.title}, ${when}`}
                helpId="map-help"
              />
            </div>
            <MapLegend
              classes={view.classes}
              noData={noData}
              direction={view.direction}
              authorityName={authorityName}
              groupName={groupName}
            />
          </section>
          <section aria-labelledby="map-table-title">
            <h2 id="map-table-title">Every council’s figure</h2>
            <MapTable
              rows={view.rows}
              caption={
                `${metric.title}, ${when}: every English council, ` +
                `${metric.polarity === 'none' ? 'highest first' : 'best first'}`
              }
              groupName={groupName}
            />
          </section>
        </>
      )}
      <section aria-labelledby="map-source-title">
        <h2 id="map-source-title">Source</h2>
        <SourceNote figures={view.figures} fallback={metric.source} sources={data.sources} />
        {published.length > 0 && (
          <p>
            Published in{' '}
            {published.map((d) => `${d.title} (${formatDate(d.published)})`).join('; ')}.
          </p>
        )}
        <p className="hint">
          Boundaries: Office for National Statistics, Counties and Unitary Authorities (December
          2024), ultra generalised; Open Government Licence v3.0; contains OS data © Crown copyright
          and database right 2024.
        </p>
      </section>
    </article>
  );
}
