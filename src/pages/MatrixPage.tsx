import { useQuery } from '@tanstack/react-query';
import { defaultGroupName } from '../app/comparatorParams';
import { MATRIX_FILTER_KEYS } from '../app/matrixFilters';
import type { MatrixColumn } from '../app/matrixRow';
import { matrixCsv } from '../app/matrixCsv';
import { matrixView, readMatrixChoice, type MatrixShow } from '../app/matrixView';
import { judgedOn, useToday } from '../app/today';
import { href } from '../app/useRoute';
import type { SiteData } from '../app/useSiteData';
import { useTitle } from '../app/useTitle';
import { DownloadCsv } from '../components/DownloadCsv';
import { Link } from '../components/Link';
import { LoadError } from '../components/LoadError';
import { MatrixTable } from '../components/MatrixTable';
import { MatrixFilterLinks } from '../components/MatrixFilterLinks';
import { MeasureSearch } from '../components/MeasureSearch';
import { toCsv } from '../data/csvExport';
import { targetsQuery } from '../data/queries';
import { countOf, formatDate } from '../format';
import { routePath } from '../routes';
import { measureSummary } from '../stats/measureSummary';

interface Props {
  data: SiteData;
  drop: string | undefined;
  params: URLSearchParams;
  setParams: (next: URLSearchParams) => void;
}

/** Every measure on one screen against England and the neighbours, sortable, searchable, as CSV. */
export function MatrixPage({ data, drop, params, setParams }: Props) {
  useTitle('Every measure at a glance');
  const now = useToday();
  const targets = useQuery(targetsQuery());
  const today = judgedOn(data.allDrops, drop, now);
  const choice = readMatrixChoice(params);
  const groupName = defaultGroupName(data.site);
  const summaries = data.metrics.map((m) =>
    measureSummary(m, data.byMetric.get(m.id) ?? [], data.site, targets.data ?? [], today),
  );
  const view = matrixView(summaries, choice);
  const change = (set: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(set))
      if (value === '') next.delete(key);
      else next.set(key, value);
    setParams(next);
  };
  const sort = (column: MatrixColumn) =>
    change({
      sort: column,
      dir: choice.sort === column && choice.direction === 'up' ? 'down' : '',
    });
  /** The matrix's address with some parameters changed ('' removes one), the rest kept. */
  const linkWith = (set: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(set))
      if (value === '') next.delete(key);
      else next.set(key, value);
    return href(routePath({ drop, view: { page: 'matrix' } }), next);
  };
  const showLink = (show: MatrixShow) =>
    href(
      routePath({ drop, view: { page: 'matrix' } }),
      new URLSearchParams(show === 'commission' ? { show } : {}),
    );
  const csv = matrixCsv(view.groups.flatMap((g) => g.rows));
  const authority = data.site.authority.name;
  const caption = `${authority}: ${view.shown} measures against England and ${groupName}`;
  return (
    <div className="matrix-page">
      <h1>Every measure at a glance</h1>
      <p className="lead">
        {authority}&rsquo;s latest figure for each measure beside England&rsquo;s and the spread of
        its {groupName}, judged on {formatDate(today)}. Sort by any column; the measure&rsquo;s page
        says more.
      </p>
      {targets.isError && (
        <LoadError
          error={targets.error}
          retry={() => void targets.refetch()}
          what="Improvement-plan targets"
        />
      )}
      <MeasureSearch
        query={choice.query}
        matches={choice.query.trim() === '' ? undefined : view.shown}
        onChange={(q) => change({ q })}
      />
      <nav aria-label="Which measures to show" className="mode-switch">
        <ul>
          <li>
            <Link href={showLink('all')} aria-current={choice.show === 'all' ? 'page' : undefined}>
              Every measure ({view.counts.all})
            </Link>
          </li>
          <li>
            <Link
              href={showLink('commission')}
              aria-current={choice.show === 'commission' ? 'page' : undefined}
            >
              The Commission&rsquo;s five families and the plan ({view.counts.commission})
            </Link>
          </li>
        </ul>
      </nav>
      <MatrixFilterLinks
        filters={choice.filters}
        facets={view.facets}
        hrefFor={(key, value) => linkWith({ [key]: value })}
        clearHref={linkWith(Object.fromEntries(MATRIX_FILTER_KEYS.map((k) => [k, ''])))}
      />
      <noscript>
        <p className="hint">
          Choosing and filtering the measures and sorting the table need JavaScript too: without it
          the table lists every measure, by theme.
        </p>
      </noscript>
      {MATRIX_FILTER_KEYS.some((k) => choice.filters[k] !== undefined) && (
        <p role="status" className="filter-status">
          {countOf(view.shown, 'measure')} shown.
        </p>
      )}
      <details className="matrix-key">
        <summary>How to read the table</summary>
        <ul>
          <li>
            Compared with England: ✓ better, ≈ similar, ✗ worse where a confidence interval can test
            the difference; ↑ higher or ↓ lower where it cannot (not tested).
          </li>
          <li>
            Among the neighbours: the line runs from the lowest to the highest of {groupName}, the
            box is their middle half and the tick their median; ◆ is England and ● is {authority};
            higher values to the right.
          </li>
          <li>
            Last three figures: one arrow per change, ▲ up or ▼ down, with ✓ when that is better and
            ✗ when worse. Only figures counted the same way as the latest are used: none from before
            a series break where the way the measure is counted changed.
          </li>
          <li>On a phone some columns are left out; the CSV download has them all.</li>
        </ul>
      </details>
      {view.shown > 0 && (
        <MatrixTable
          groups={view.groups}
          choice={choice}
          drop={drop}
          caption={caption}
          onSort={sort}
        />
      )}
      <DownloadCsv
        text={() => toCsv(csv.columns, csv.rows)}
        filename="measures-at-a-glance.csv"
        label="Download this table (CSV)"
      />
    </div>
  );
}
