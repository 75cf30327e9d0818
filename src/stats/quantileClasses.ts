import { ascending, bisectRight, quantileSorted } from 'd3-array';

/** One class of a choropleth: the lowest and highest figure in it and how many areas it holds. */
export interface QuantileClass {
  min: number;
  max: number;
  count: number;
}

export interface Classing {
  /** Lowest figures first; empty when no area has a figure. */
  classes: QuantileClass[];
  /** The class (0 = lowest) a figure falls in; undefined for a figure in no class. */
  classOf: (value: number) => number | undefined;
}

/**
 * Quantile classes, as d3-scale's scaleQuantile: cut points at the 1/k, 2/k … quantiles (d3's R-7,
 * as Excel's PERCENTILE.INC), a figure equal to a cut point going up into the next class. Equal
 * figures can leave a class empty; empty classes are dropped, so there may be fewer than `k`.
 */
export function quantileClasses(values: number[], k: number): Classing {
  const sorted = values.filter((v) => Number.isFinite(v)).sort(ascending);
  const cuts = Array.from({ length: Math.max(0, k - 1) }, (_, i) =>
    quantileSorted(sorted, (i + 1) / k),
  ).filter((c): c is number => c !== undefined);
  const raw = (v: number) => bisectRight(cuts, v);
  const buckets = new Map<number, QuantileClass>();
  for (const v of sorted) {
    const b = buckets.get(raw(v));
    if (b) {
      b.max = v;
      b.count += 1;
    } else buckets.set(raw(v), { min: v, max: v, count: 1 });
  }
  const used = [...buckets.keys()].sort(ascending);
  const index = new Map(used.map((r, i) => [r, i]));
  return {
    classes: used.flatMap((r) => buckets.get(r) ?? []),
    classOf: (v) => (Number.isFinite(v) ? index.get(raw(v)) : undefined),
  };
}
