import { max } from 'd3-array';
import type { Area, Metric, Period } from '../data/types';
import type { Figure } from '../stats/figures';
import { rankAll } from '../stats/rank';

/** One council in the ranked comparison, best first. */
export interface RankedRow {
  area: string;
  name: string;
  value: number;
  /** Competition rank (1, 2, 2, 4), from the one ranking rule in stats/rank. */
  rank: number;
  /** Whether this is the authority the site is about. */
  mine: boolean;
  /** The bar's length, as a percentage of the largest absolute value, one decimal place. */
  bar: string;
}

export type RankedView =
  | { kind: 'too-few' }
  | {
      kind: 'ranked';
      period: Period;
      /** 'highest first' for a measure with no better direction, otherwise 'best first'. */
      order: 'best first' | 'highest first';
      authorityName: string;
      rows: RankedRow[];
      /** Names of the councils in the comparison with no figure (suppressed). */
      missing: string[];
    };

/**
 * The comparator group's figures for the latest period, best first by the measure's polarity
 * (highest first when it has none), with competition ranks and bar lengths; too few to rank when
 * fewer than two councils have a figure.
 */
export function rankedView(
  metric: Metric,
  figures: Figure[],
  authority: string,
  areas: Map<string, Area>,
): RankedView {
  const nameOf = (code: string) => areas.get(code)?.name ?? code;
  const valued = figures.filter((f): f is Figure & { value: number } => f.value !== undefined);
  const period = valued[0]?.period;
  if (!period || valued.length < 2) return { kind: 'too-few' };
  // Bars are drawn from zero, so their scale is the largest absolute value (1 when every value is
  // 0).
  const top = max(valued, (f) => Math.abs(f.value)) || 1;
  const rows = rankAll(valued, metric.polarity).map((r) => ({
    ...r,
    name: nameOf(r.area),
    mine: r.area === authority,
    bar: ((Math.abs(r.value) / top) * 100).toFixed(1),
  }));
  return {
    kind: 'ranked',
    period,
    order: metric.polarity === 'none' ? 'highest first' : 'best first',
    authorityName: nameOf(authority),
    rows,
    missing: figures.filter((f) => f.value === undefined).map((f) => nameOf(f.area)),
  };
}
