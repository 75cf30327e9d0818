import type { Drop, Observation } from '../data/types';

/** The figure in force for a measure, area and period, with the earlier values later drops revised. */
export interface Figure extends Observation {
  /** Earlier published values for the same measure, area and period, oldest first. */
  revisions: Observation[];
}

/** Drops up to and including `asOf` (all when undefined): what the site showed when that drop was published. */
export function dropsUpTo(drops: Drop[], asOf: string | undefined): Drop[] {
  if (asOf === undefined) return drops;
  const i = drops.findIndex((d) => d.id === asOf);
  return i < 0 ? [] : drops.slice(0, i + 1);
}

/** Folds drops in publication order: a later drop's figure replaces an earlier one and keeps it as a revision. */
export function currentFigures(observations: Observation[], dropOrder: string[]): Figure[] {
  const order = new Map(dropOrder.map((d, i) => [d, i]));
  const sorted = observations
    .filter((o) => order.has(o.drop))
    .sort((a, b) => (order.get(a.drop) ?? 0) - (order.get(b.drop) ?? 0));
  const byKey = new Map<string, Figure>();
  for (const o of sorted) {
    const key = `${o.metric}|${o.area}|${o.period.label}`;
    const before = byKey.get(key);
    const revisions = before ? [...before.revisions, stripRevisions(before)] : [];
    byKey.set(key, { ...o, revisions });
  }
  return [...byKey.values()];
}

function stripRevisions(f: Figure): Observation {
  const { revisions: _ignored, ...o } = f;
  void _ignored;
  return o;
}
