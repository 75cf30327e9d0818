import type { MatrixRow } from './matrixRow';

/**
 * The matrix's filters beyond the families and the plan, each a parameter of the address
 * (`?england=worse&age=overdue`): the comparison with England, the recent trend, the plan's target
 * status and how recent the figure is. Options are in the order they are offered.
 */
export const MATRIX_FILTERS = {
  england: {
    label: 'Compared with England',
    options: [
      ['better', 'Better'],
      ['similar', 'Similar'],
      ['worse', 'Worse'],
      ['untested', 'Not tested'],
    ],
  },
  trend: {
    label: 'Last three figures',
    options: [
      ['better', 'Improving'],
      ['same', 'No change'],
      ['worse', 'Getting worse'],
      ['no-judgement', 'Changing (no better or worse)'],
    ],
  },
  target: {
    label: 'Improvement-plan target',
    options: [
      ['met', 'Met'],
      ['on-track', 'On track'],
      ['off-track', 'Off track'],
      ['missed', 'Missed'],
      ['unjudged', 'Not judged'],
    ],
  },
  age: {
    label: 'How recent',
    options: [
      ['current', 'Up to date'],
      ['overdue', 'Out of date'],
      ['none', 'No figure'],
      ['ended', 'No longer published'],
    ],
  },
} as const;

export type MatrixFilterKey = keyof typeof MATRIX_FILTERS;
export const MATRIX_FILTER_KEYS: MatrixFilterKey[] = ['england', 'trend', 'target', 'age'];
/** The option chosen for each filter; a filter not set lets every measure through. */
export type MatrixFilters = Partial<Record<MatrixFilterKey, string>>;
/** For each filter, how many measures each option would list (`any`: with the filter off). */
export type MatrixFacets = Record<MatrixFilterKey, Record<string, number>>;

/**
 * Which option of a filter a row falls under; undefined when none (no England figure, no target).
 */
export function facetOf(row: MatrixRow, key: MatrixFilterKey): string | undefined {
  switch (key) {
    case 'england': {
      const mark = row.comparison?.mark;
      if (mark === undefined) return undefined;
      return mark === 'better' || mark === 'similar' || mark === 'worse' ? mark : 'untested';
    }
    case 'trend':
      return row.trend?.direction;
    case 'target': {
      const status = row.target?.status.status;
      if (status === undefined) return undefined;
      const judged = ['met', 'on-track', 'off-track', 'missed'].includes(status);
      return judged ? status : 'unjudged';
    }
    case 'age':
      return row.summary.freshness.kind;
  }
}

/** Reads the filters from the address, ignoring any value that is not one of a filter's options. */
export function readMatrixFilters(params: URLSearchParams): MatrixFilters {
  const filters: MatrixFilters = {};
  for (const key of MATRIX_FILTER_KEYS) {
    const value = params.get(key);
    if (MATRIX_FILTERS[key].options.some(([option]) => option === value) && value !== null)
      filters[key] = value;
  }
  return filters;
}

/**
 * The rows every chosen filter lets through, leaving out one filter (`except`) when counting its
 * options.
 */
export function applyMatrixFilters(
  rows: MatrixRow[],
  filters: MatrixFilters,
  except?: MatrixFilterKey,
): MatrixRow[] {
  const chosen = MATRIX_FILTER_KEYS.filter((k) => k !== except && filters[k] !== undefined);
  return rows.filter((r) => chosen.every((k) => facetOf(r, k) === filters[k]));
}

/** For each filter and option, how many rows it would list with the other filters as they are. */
export function matrixFacets(rows: MatrixRow[], filters: MatrixFilters): MatrixFacets {
  const facets: MatrixFacets = { england: {}, trend: {}, target: {}, age: {} };
  for (const key of MATRIX_FILTER_KEYS) {
    const through = applyMatrixFilters(rows, filters, key);
    const counts: Record<string, number> = { any: through.length };
    for (const [option] of MATRIX_FILTERS[key].options)
      counts[option] = through.filter((r) => facetOf(r, key) === option).length;
    facets[key] = counts;
  }
  return facets;
}
