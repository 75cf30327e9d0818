/**
 * The per-page data split, in one place: which of a drop's figures each page fetches, and the file
 * that holds them. The build writes the files (scripts/lib/deriveFiles.ts, siteFiles.ts), the
 * development server makes them on request (vite.config.ts), and the browser fetches and preloads
 * them (App.tsx, useSiteData.ts, queries.ts): all through these functions.
 */
import type { Page } from '../routes.ts';
import { DATA_FILES } from './dataset.ts';

/**
 * Which figures a page needs: the overview's (the authority, its benchmarks and comparator
 * councils), one measure's for every area, or every figure. The build writes each drop's figures
 * split these ways, in the same format as values.csv, so a page fetches only what it shows.
 */
export type FigureScope = { kind: 'overview' } | { kind: 'measure'; id: string } | { kind: 'all' };

/**
 * A scope the build writes a file of its own for (every figure is the drop's values.csv itself).
 */
export type DerivedScope = Exclude<FigureScope, { kind: 'all' }>;

/**
 * The figures a page shows: a measure page one measure's for every area; What's new every figure
 * (it compares every figure with the drop before); every other page the overview's.
 */
export function pageScope(view: Page): FigureScope {
  // A map shows the same measure's figures for every council: the measure page's file.
  if (view.page === 'measure' || view.page === 'map') return { kind: 'measure', id: view.id };
  return view.page === 'whats-new' ? { kind: 'all' } : { kind: 'overview' };
}

/** A measure the catalogue does not list has no file: its page fetches the overview's figures. */
export function knownScope(scope: FigureScope, metrics: { id: string }[]): FigureScope {
  return scope.kind !== 'measure' || metrics.some((m) => m.id === scope.id)
    ? scope
    : { kind: 'overview' };
}

/** The file holding a drop's figures for a scope, relative to the data folder. */
export function scopedValuesFile(drop: string, scope: FigureScope): string {
  switch (scope.kind) {
    case 'overview':
      return `derived/${drop}/overview.csv`;
    case 'measure':
      return `derived/${drop}/measure/${scope.id}.csv`;
    case 'all':
      return DATA_FILES.values(drop);
  }
}

/**
 * Which drop's figures, in which scope, a data file holds (scopedValuesFile the other way round).
 */
export function scopeOfFile(file: string): { drop: string; scope: FigureScope } | undefined {
  const [top, drop, name, measure, ...more] = file.split('/');
  if (!drop || more.length > 0) return undefined;
  if (top === 'drops' && name === 'values.csv' && measure === undefined)
    return { drop, scope: { kind: 'all' } };
  if (top !== 'derived') return undefined;
  if (name === 'overview.csv' && measure === undefined)
    return { drop, scope: { kind: 'overview' } };
  if (name === 'measure' && measure && measure.length > 4 && measure.endsWith('.csv'))
    return { drop, scope: { kind: 'measure', id: measure.slice(0, -4) } };
  return undefined;
}
