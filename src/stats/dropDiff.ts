import { greatest, group } from 'd3-array';
import type { Observation } from '../data/types';

export interface Revision {
  metric: string;
  area: string;
  period: string;
  before: Observation;
  after: Observation;
}

export interface DropDiff {
  drop: string;
  /** Figures for a measure, area and period no earlier drop gave. */
  added: Observation[];
  /** Figures an earlier drop gave differently (value or status). */
  revised: Revision[];
  /** Areas a measure had in its previous period that its newest period in this drop lacks. */
  missingAreas: { metric: string; period: string; areas: string[] }[];
  /**
   * Measures expected every drop (quarterly, monthly) that the previous drop had and this one has
   * not.
   */
  missingMetrics: string[];
}

const key = (o: Observation) => `${o.metric}|${o.area}|${o.period.label}`;

/**
 * What one drop changes against the drops before it. `drops` is in publication order;
 * `everyDrop` names the measures each drop should bring (quarterly and monthly ones).
 */
export function dropDiff(
  observations: Observation[],
  drops: string[],
  drop: string,
  everyDrop: Set<string> = new Set(),
): DropDiff {
  const index = drops.indexOf(drop);
  const earlier = new Set(drops.slice(0, Math.max(index, 0)));
  const previous = index > 0 ? drops[index - 1] : undefined;
  const known = new Map<string, Observation>();
  // later drops overwrite earlier ones
  for (const o of observations) if (earlier.has(o.drop)) known.set(key(o), o);
  const mine = observations.filter((o) => o.drop === drop);
  const added: Observation[] = [];
  const revised: Revision[] = [];
  for (const o of mine) {
    const before = known.get(key(o));
    if (!before) added.push(o);
    else if (before.value !== o.value || before.status !== o.status)
      revised.push({ metric: o.metric, area: o.area, period: o.period.label, before, after: o });
  }
  const missingAreas: DropDiff['missingAreas'] = [];
  // Grouped once: filtering every known figure for each measure took most of a What's new page.
  const knownByMetric = group(known.values(), (o) => o.metric);
  for (const [metric, rows] of group(added, (o) => o.metric)) {
    const newest = greatest(rows, (o) => o.period.end);
    if (!newest) continue;
    const before = (knownByMetric.get(metric) ?? []).filter(
      (o) => o.period.end < newest.period.end,
    );
    const last = greatest(before, (o) => o.period.end);
    if (!last) continue;
    const now = new Set(
      rows.filter((o) => o.period.label === newest.period.label).map((o) => o.area),
    );
    const areas = [
      ...new Set(before.filter((o) => o.period.label === last.period.label).map((o) => o.area)),
    ].filter((a) => !now.has(a));
    if (areas.length > 0) missingAreas.push({ metric, period: newest.period.label, areas });
  }
  const mineMetrics = new Set(mine.map((o) => o.metric));
  const missingMetrics = [
    ...new Set(
      observations
        .filter((o) => o.drop === previous && everyDrop.has(o.metric))
        .map((o) => o.metric),
    ),
  ].filter((m) => !mineMetrics.has(m));
  return { drop, added, revised, missingAreas, missingMetrics };
}
