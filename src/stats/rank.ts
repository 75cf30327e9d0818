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
  /** 1 is the best quarter. */
  quartile: 1 | 2 | 3 | 4;
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

/** An area's place among the areas with a value: competition ranking (1, 2, 2, 4), best first. */
export function rankAmong(
  values: AreaValue[],
  area: string,
  polarity: Polarity,
): RankResult | undefined {
  // Missing or suppressed figures are left out rather than ranked last: an absent figure is not a bad one.
  const valued = values.filter(
    (v): v is AreaValue & { value: number } => v.value !== undefined && Number.isFinite(v.value),
  );
  const index = valued.findIndex((v) => v.area === area);
  if (index < 0) return undefined;
  // Lowest first when lower is better; otherwise highest first ('none' just orders, the UI does not judge it).
  const best =
    polarity === 'lower' ? (v: { value: number }) => v.value : (v: { value: number }) => -v.value;
  // d3 rank gives tied values the first (zero-based) position they share: competition ranking.
  const place = rank(valued, best)[index];
  if (place === undefined) return undefined;
  const position = place + 1;
  const of = valued.length;
  // Quarter of the ranked list the area falls in; with fewer than four areas some quartiles stay empty.
  const quartile = QUARTILES[Math.min(3, Math.floor(((position - 1) * 4) / of))] ?? 4;
  return { rank: position, of, quartile };
}

/** Median, quartiles and range of a group's figures, ignoring missing ones; undefined when none has a value. */
export function summarise(values: (number | undefined)[]): GroupSummary | undefined {
  const present = values.filter((v): v is number => v !== undefined && !Number.isNaN(v));
  const mid = median(present);
  // Quartiles by d3's quantile, which is R-7 (linear interpolation between order statistics, as Excel's QUARTILE.INC).
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
