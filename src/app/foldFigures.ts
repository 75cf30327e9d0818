/**
 * The figures in force, folded from the drops' parsed files, kept for the next page that shows the
 * same files: the build renders hundreds of pages from the same few files (folding them afresh for
 * each took most of its time), and a browser comes back to the same ones as one moves between
 * pages.
 */
import type { Observation } from '../data/types';
import { currentFigures, type Figure } from '../stats/figures';

export interface Folded {
  figures: Figure[];
  /** The same figures by measure. */
  byMetric: Map<string, Figure[]>;
}

// Each parsed file is known by its identity: the data cache hands out the same array until it
// reloads.
const ids = new WeakMap<object, number>();
let lastId = 0;
const idOf = (o: object): number => {
  const known = ids.get(o);
  if (known !== undefined) return known;
  ids.set(o, ++lastId);
  return lastId;
};

const KEEP = 8;
const kept = new Map<string, Folded>();

/**
 * Folds the drops' figures (`files`, one per drop of `order`, undefined while loading) in
 * publication order, or returns the fold of the same files made before. The result is shared: never
 * change it.
 */
export function foldFigures(files: (Observation[] | undefined)[], order: string[]): Folded {
  const key = `${order.join(',')}|${files.map((f) => (f ? idOf(f) : 0)).join(',')}`;
  const known = kept.get(key);
  if (known) return known;
  const figures = currentFigures(
    files.flatMap((f) => f ?? []),
    order,
  );
  const byMetric = new Map<string, Figure[]>();
  for (const f of figures) {
    const list = byMetric.get(f.metric);
    if (list) list.push(f);
    else byMetric.set(f.metric, [f]);
  }
  const folded = { figures, byMetric };
  kept.set(key, folded);
  // The oldest fold goes first: a page shows one set of files at a time.
  for (const old of kept.keys()) {
    if (kept.size <= KEEP) break;
    kept.delete(old);
  }
  return folded;
}
