import { ascending } from 'd3-array';
import { THEMES } from '../data/types';
import type { MeasureSummary } from '../stats/measureSummary';
import { matrixRow, MATRIX_COLUMNS, type MatrixColumn, type MatrixRow } from './matrixRow';
import {
  applyMatrixFilters,
  matrixFacets,
  readMatrixFilters,
  type MatrixFacets,
  type MatrixFilters,
} from './matrixFilters';
import { matchesSearch } from './searchMeasures';

/** Every measure, or only those the Commission follows (its five families and the plan's). */
export type MatrixShow = 'all' | 'commission';
export type SortDirection = 'up' | 'down';

export interface MatrixChoice {
  show: MatrixShow;
  query: string;
  /** The column sorted by, or undefined for the measures grouped by CQC theme. */
  sort: MatrixColumn | undefined;
  direction: SortDirection;
  filters: MatrixFilters;
}

export interface MatrixGroup {
  id: string;
  title: string;
  rows: MatrixRow[];
}

export interface MatrixView {
  /** By CQC theme (then series no longer published), or one group when sorted by a column. */
  groups: MatrixGroup[];
  /** How many measures are listed, and how many each choice of `show` would list. */
  shown: number;
  counts: Record<MatrixShow, number>;
  /** How many measures each filter's options would list, the other choices as they are. */
  facets: MatrixFacets;
}

const slug = (text: string) => text.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-');
const followed = (s: MeasureSummary) => s.metric.family !== undefined || s.plan !== undefined;

/**
 * Reads the matrix's choices from the address: `?show=commission&q=carers&sort=rank&dir=down`, and
 * the filters (`england=worse&trend=worse&target=off-track&age=overdue`).
 */
export function readMatrixChoice(params: URLSearchParams): MatrixChoice {
  const sort = MATRIX_COLUMNS.find((c) => c === params.get('sort'));
  return {
    show: params.get('show') === 'commission' ? 'commission' : 'all',
    query: params.get('q') ?? '',
    sort,
    direction: sort !== undefined && params.get('dir') === 'down' ? 'down' : 'up',
    filters: readMatrixFilters(params),
  };
}

/** Rows in the column's order, up or down; rows with nothing to sort by stay last either way. */
export function sortRows(
  rows: MatrixRow[],
  column: MatrixColumn,
  direction: SortDirection,
): MatrixRow[] {
  const sign = direction === 'up' ? 1 : -1;
  const byTitle = (a: MatrixRow, b: MatrixRow) =>
    ascending(a.summary.metric.title, b.summary.metric.title);
  return [...rows].sort((a, b) => {
    const x = a.keys[column];
    const y = b.keys[column];
    if (x === undefined || y === undefined)
      return Number(x === undefined) - Number(y === undefined) || byTitle(a, b);
    return sign * ascending(x, y) || byTitle(a, b);
  });
}

/**
 * The matrix: one row per measure that has a figure or a plan target, chosen, searched and filtered
 * as asked; grouped by CQC theme with series no longer published last, or, sorted by a column, in
 * one list.
 */
export function matrixView(summaries: MeasureSummary[], choice: MatrixChoice): MatrixView {
  const withData = summaries.filter((s) => s.series.length > 0 || s.plan !== undefined);
  const chosen = (choice.show === 'all' ? withData : withData.filter(followed)).filter((s) =>
    matchesSearch(s.metric, choice.query),
  );
  const searched = chosen.map(matrixRow);
  const rows = applyMatrixFilters(searched, choice.filters);
  const live = rows.filter((r) => r.summary.freshness.kind !== 'ended');
  const groups: MatrixGroup[] = choice.sort
    ? [
        {
          id: 'sorted',
          title: 'All measures listed',
          rows: sortRows(rows, choice.sort, choice.direction),
        },
      ]
    : [
        ...THEMES.map((theme) => ({
          id: `theme-${slug(theme)}`,
          title: theme,
          rows: live.filter((r) => r.summary.metric.theme === theme),
        })),
        {
          id: 'ended',
          title: 'No longer published',
          rows: rows.filter((r) => r.summary.freshness.kind === 'ended'),
        },
      ];
  return {
    groups: groups.filter((g) => g.rows.length > 0),
    shown: rows.length,
    counts: { all: withData.length, commission: withData.filter(followed).length },
    facets: matrixFacets(searched, choice.filters),
  };
}
