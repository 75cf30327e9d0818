import type { Area, Metric, Period } from '../data/types';
import { formatValue } from '../format';
import type { Figure } from '../stats/figures';
import { quantileClasses, type QuantileClass } from '../stats/quantileClasses';
import { rankAll } from '../stats/rank';

/** How many classes the map's shading has: fifths, as Fingertips' and ONS's quintile maps. */
export const MAP_CLASSES = 5;

export type MapRole = 'authority' | 'comparator' | undefined;

/** One council on the map and in its table. */
export interface MapRow {
  code: string;
  name: string;
  value: number | undefined;
  /** The figure with its unit, or "no data" (suppressed figures say so). */
  valueText: string;
  /** Among every council with a figure, best first, as the ranked download. */
  rank: number | undefined;
  /** 0 is the class of the lowest figures; undefined with no figure. */
  classIndex: number | undefined;
  /** "2 of 5 (40.0% to 45.2%)", or "no data". */
  classText: string;
  role: MapRole;
  /** False for a council with a figure that the December 2024 boundaries no longer hold. */
  onMap: boolean;
}

export interface MapClass extends QuantileClass {
  /** "40.0% to 45.2%" */
  range: string;
  /** Where the measure has a direction: whether this class holds the best or the worst figures. */
  judgement: 'best' | 'worst' | undefined;
}

export interface MapView {
  period: Period | undefined;
  /** Best first (highest first without a direction), then councils with no figure by name. */
  rows: MapRow[];
  classes: MapClass[];
  /** Which way is better, in words. */
  direction: string;
  /** The figures shown, for their sources. */
  figures: Figure[];
}

const DIRECTION = {
  higher: 'Higher figures are better: the darkest shading is the best.',
  lower: 'Lower figures are better: the lightest shading is the best.',
  none: 'Neither higher nor lower is better for this measure.',
} as const;

/**
 * An area's name, figure, class and part in the comparison, as the map's readout and its label say.
 */
export function describeArea(row: MapRow): string {
  const role =
    row.role === 'authority' ? ' (this council)' : row.role === 'comparator' ? ' (comparator)' : '';
  const value =
    row.value === undefined ? row.valueText : `${row.valueText}, class ${row.classText}`;
  return `${row.name}${role}: ${value}`;
}

/**
 * Every English council's figure for one period of a measure, in quantile classes, as the map and
 * its table show it: the figures ranked as the ranked download ranks them, and each area of the map
 * (`shapes`) with its figure or "no data".
 */
export function mapView(input: {
  metric: Metric;
  figures: Figure[];
  period: string | undefined;
  areas: Map<string, Area>;
  authority: string;
  members: string[];
  shapes: { code: string; name: string }[];
}): MapView {
  const { metric, areas, authority, members } = input;
  const councils = input.figures.filter(
    (f) => f.period.label === input.period && areas.get(f.area)?.kind === 'council',
  );
  const classing = quantileClasses(
    councils.flatMap((f) => (f.value === undefined ? [] : [f.value])),
    MAP_CLASSES,
  );
  const n = classing.classes.length;
  const fmt = (v: number) => formatValue(v, metric);
  const classes = classing.classes.map((c, i): MapClass => {
    const top = i === n - 1;
    const bottom = i === 0;
    const best = metric.polarity === 'higher' ? top : metric.polarity === 'lower' && bottom;
    const worst = metric.polarity === 'higher' ? bottom : metric.polarity === 'lower' && top;
    return {
      ...c,
      range: c.min === c.max ? fmt(c.min) : `${fmt(c.min)} to ${fmt(c.max)}`,
      judgement: n < 2 ? undefined : best ? 'best' : worst ? 'worst' : undefined,
    };
  });
  const ranks = new Map(rankAll(councils, metric.polarity).map((r) => [r.area, r.rank]));
  const byCode = new Map(councils.map((f) => [f.area, f]));
  const onMap = new Set(input.shapes.map((s) => s.code));
  const codes = [...new Set([...input.shapes.map((s) => s.code), ...byCode.keys()])];
  const shapeName = new Map(input.shapes.map((s) => [s.code, s.name]));
  const rows = codes.map((code): MapRow => {
    const f = byCode.get(code);
    const value = f?.value;
    const classIndex = value === undefined ? undefined : classing.classOf(value);
    const cls = classIndex === undefined ? undefined : classes[classIndex];
    return {
      code,
      name: areas.get(code)?.name ?? shapeName.get(code) ?? code,
      value,
      valueText: value !== undefined ? fmt(value) : f ? 'no data (figure suppressed)' : 'no data',
      rank: ranks.get(code),
      classIndex,
      classText:
        classIndex === undefined || !cls ? 'no data' : `${classIndex + 1} of ${n} (${cls.range})`,
      role: code === authority ? 'authority' : members.includes(code) ? 'comparator' : undefined,
      onMap: onMap.has(code),
    };
  });
  rows.sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, 'en-GB'),
  );
  return {
    period: councils[0]?.period,
    rows,
    classes,
    direction: DIRECTION[metric.polarity],
    figures: councils,
  };
}
