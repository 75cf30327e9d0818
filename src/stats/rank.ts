import { extent, median, quantile, rank } from 'd3-array';
import type { Polarity } from '../data/types';

/** One area's figure for a measure and period; value undefined when missing or suppressed. */
export interface AreaValue {
  area: string;
  value: number | undefined;
}

export interface RankResult {
  /** 1 is best by polarity; for polarity 'none', 1 is the highest value. */
  rank: number;
  /** How many areas have a value. */
  of: number;
  /** 1 is the best quartile of the ranked list. */
  quartile: 1 | 2 | 3 | 4;
  /** Whether another area has the same value, so shares the rank ("joint 3rd"). */
  tied: boolean;
}

/** One area's place in a ranked list. */
export interface Ranked {
  area: string;
  value: number;
  /** Competition rank: 1, 2, 2, 4. */
  rank: number;
}

export interface GroupSummary {
  median: number;
  lowerQuartile: number;
  upperQuartile: number;
  min: number;
  max: number;
  count: number;
}

const QUARTILES = [1, 2, 3, 4] as const;

/**
 * Areas with a value, best first by polarity (highest first for 'none'), with competition ranks:
 * equal values share the better rank (1, 2, 2, 4). Missing or suppressed figures are left out
 * rather than ranked last: an absent figure is not a bad one.
 */
export function rankAll(values: AreaValue[], polarity: Polarity): Ranked[] {
  const valued = values.filter(
    (v): v is AreaValue & { value: number } => v.value !== undefined && Number.isFinite(v.value),
  );
  const best =
    polarity === 'lower' ? (v: { value: number }) => v.value : (v: { value: number }) => -v.value;
  // d3 rank gives tied values the first (zero-based) position they share: competition ranking.
  const ranks = rank(valued, best);
  return valued
    .map((v, i) => ({ area: v.area, value: v.value, rank: (ranks[i] ?? i) + 1 }))
    .sort((a, b) => a.rank - b.rank);
}

/** An area's place among the areas with a value: competition ranking (1, 2, 2, 4), best first. */
export function rankAmong(
  values: AreaValue[],
  area: string,
  polarity: Polarity,
): RankResult | undefined {
  const ranked = rankAll(values, polarity);
  const mine = ranked.find((r) => r.area === area);
  if (!mine) return undefined;
  const of = ranked.length;
  // Quartile of the ranked list the area falls in; with fewer than four areas some quartiles stay
  // empty.
  const quartile = QUARTILES[Math.min(3, Math.floor(((mine.rank - 1) * 4) / of))] ?? 4;
  const tied = ranked.some((r) => r.area !== area && r.value === mine.value);
  return { rank: mine.rank, of, quartile, tied };
}

/**
 * Median, quartiles and range of a group's figures, ignoring missing ones; undefined when none has
 * a value.
 */
export function summarise(values: (number | undefined)[]): GroupSummary | undefined {
  const present = values.filter((v): v is number => v !== undefined && !Number.isNaN(v));
  const mid = median(present);
  // Quartiles by d3's quantile, which is R-7 (linear interpolation between order statistics, as
  // Excel's QUARTILE.INC).
  const lowerQuartile = quantile(present, 0.25);
  const upperQuartile = quantile(present, 0.75);
  const [low, high] = extent(present);
  if (
    mid === undefined ||
    lowerQuartile === undefined ||
    upperQuartile === undefined ||
    low === undefined ||
    high === undefined
  )
    return undefined;
  return { median: mid, lowerQuartile, upperQuartile, min: low, max: high, count: present.length };
}
