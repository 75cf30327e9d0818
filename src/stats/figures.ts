import { figureKey } from '../data/keys';
import type { Drop, Observation } from '../data/types';

/**
 * The figure in force for a measure, area and period, with the earlier values later drops revised.
 */
export interface Figure extends Observation {
  /** Earlier published values for the same measure, area and period, oldest first. */
  revisions: Observation[];
}

/**
 * Drops up to and including `asOf` (all when undefined): what the site showed when that drop was
 * published.
 */
export function dropsUpTo(drops: Drop[], asOf: string | undefined): Drop[] {
  if (asOf === undefined) return drops;
  const i = drops.findIndex((d) => d.id === asOf);
  return i < 0 ? [] : drops.slice(0, i + 1);
}

/**
 * Folds drops in publication order: a later drop's figure replaces an earlier one and keeps it as a
 * revision.
 */
export function currentFigures(observations: Observation[], dropOrder: string[]): Figure[] {
  // Each drop's rows in the order given, then every value of a measure, area and period, oldest
  // first.
  const byDrop = new Map(dropOrder.map((d): [string, Observation[]] => [d, []]));
  for (const o of observations) byDrop.get(o.drop)?.push(o);
  const byKey = new Map<string, Observation[]>();
  for (const rows of byDrop.values())
    for (const o of rows) {
      const key = figureKey(o.metric, o.area, o.period.label);
      const values = byKey.get(key);
      if (values) values.push(o);
      else byKey.set(key, [o]);
    }
  const figures: Figure[] = [];
  for (const values of byKey.values()) {
    const latest = values[values.length - 1];
    if (latest) figures.push({ ...latest, revisions: values.slice(0, -1) });
  }
  return figures;
}
