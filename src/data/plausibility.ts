/**
 * Plausibility: figures that parse and fit their measure but are probably wrong — a percentage typed
 * as a fraction, a figure three times its neighbour. The rule is documented in data/README.md
 * ("Figures that look wrong"); a genuine jump is confirmed in the row's note.
 */
import { median } from 'd3-array';
import { rangeProblem } from './checkFigure';
import { DATA_FILES } from './dataset';
import { figureKey } from './keys';
import { parsePeriod } from './period';
import type { Problem } from './problem';
import type { AreaKind, Metric, Observation } from './types';

/** How far a figure may be from its comparison before it is questioned: more than 3×, under a third. */
export const JUMP = 3;
/** Other areas of the same kind needed before their median means anything. */
export const MIN_OTHER_AREAS = 5;

/** A note starting "Confirmed" (any case) says the officer has checked an unusual figure. */
export function isConfirmed(note: string): boolean {
  return /^confirmed\b/i.test(note.trim());
}

const FIX =
  'check the figure; if it is right, confirm it: start its note with "Confirmed:" and say why';
const FRACTION_FIX =
  'write percentages from 0 to 100; if the figure is right, start its note with "Confirmed:" and say why';

/** "more than 3 times" or "less than a third of", or undefined when `value` is within reach of `base`. */
function jump(value: number, base: number): string | undefined {
  if (!(base > 0)) return undefined;
  if (value > JUMP * base) return `more than ${JUMP} times`;
  if (value < base / JUMP) return 'less than a third of';
  return undefined;
}

/** The median of a sorted list with the element at `skip` left out. */
export function medianWithout(sorted: readonly number[], skip: number): number | undefined {
  const m = sorted.length - 1;
  if (m < 1) return undefined;
  const at = (j: number) => sorted[j < skip ? j : j + 1] ?? NaN;
  return m % 2 === 1 ? at((m - 1) / 2) : (at(m / 2 - 1) + at(m / 2)) / 2;
}

/** A figure the check questions, and what it says about it. */
export interface Finding {
  figure: Observation;
  message: string;
  fix: string;
}

/** Sorted values of each measure, period and kind of area: the "other areas" each figure is set against. */
function peerGroups(figures: Observation[], kindOf: (area: string) => AreaKind | undefined) {
  const groups = new Map<string, number[]>();
  for (const f of figures) {
    if (f.value === undefined) continue;
    const key = figureKey(f.metric, kindOf(f.area) ?? '', f.period.label);
    const list = groups.get(key);
    if (list) list.push(f.value);
    else groups.set(key, [f.value]);
  }
  for (const list of groups.values()) list.sort((a, b) => a - b);
  return (f: Observation) => groups.get(figureKey(f.metric, kindOf(f.area) ?? '', f.period.label));
}

/** The first index holding `value` in a sorted list. */
function indexOf(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? Infinity) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One measure and area's figures in period order, cut where the measure's definition changed. */
function checkSeries(series: Observation[], metric: Metric, out: Finding[]): Set<Observation> {
  const flagged = new Set<Observation>();
  const breakStart = metric.breakPeriod ? parsePeriod(metric.breakPeriod) : undefined;
  const side = (o: Observation) =>
    breakStart?.ok === true && o.period.start >= breakStart.period.start;
  const show = (n: number) => n.toFixed(metric.decimals);
  const values = series.map((o) => o.value ?? NaN);
  series.forEach((o, i) => {
    const v = o.value;
    if (v === undefined || isConfirmed(o.note)) return;
    const before = i > 0 && side(series[i - 1] ?? o) === side(o) ? series[i - 1] : undefined;
    const prev = before?.value;
    if (metric.unit === 'percent' && v < 1) {
      const rest = median(values.filter((_, j) => j !== i));
      if (rest !== undefined && rest > 10) {
        const compared =
          before && prev !== undefined
            ? `the previous period (${before.period.label}) was ${show(prev)}`
            : `the other periods are around ${show(rest)}`;
        out.push({
          figure: o,
          message: `${v} — ${compared}; was this typed as a fraction?`,
          fix: FRACTION_FIX,
        });
        flagged.add(o);
        return;
      }
    }
    if (!before || prev === undefined) return;
    const how = jump(v, prev);
    if (!how) return;
    // A figure that only returns to the level before a questioned one is not questioned again.
    const twoBack = i > 1 ? series[i - 2] : undefined;
    if (
      flagged.has(before) &&
      twoBack?.value !== undefined &&
      side(twoBack) === side(o) &&
      jump(v, twoBack.value) === undefined
    )
      return;
    out.push({
      figure: o,
      message: `${v} is ${how} the previous period's figure (${before.period.label}: ${show(prev)})`,
      fix: FIX,
    });
    flagged.add(o);
  });
  return flagged;
}

/** Every questioned figure as a problem at the line of its row. */
export function plausibilityProblems(
  observations: readonly Observation[],
  metrics: ReadonlyMap<string, Metric>,
  kindOf: (area: string) => AreaKind | undefined,
): Problem[] {
  return questionedFigures(observations, metrics, kindOf).map(({ figure, message, fix }) => ({
    file: DATA_FILES.values(figure.drop),
    line: figure.line,
    column: 'value',
    message,
    fix,
  }));
}

/**
 * Questions figures in force that look wrong: a percentage under 1 where the rest of its series is
 * above 10; a figure more than 3× or under a third of the previous period's for the same measure and
 * area; or of the median of at least five other areas of the same kind in the same period (not for
 * counts, which differ with the size of the area). A figure whose note starts "Confirmed" is not
 * questioned. One finding per figure.
 */
export function questionedFigures(
  observations: readonly Observation[],
  metrics: ReadonlyMap<string, Metric>,
  kindOf: (area: string) => AreaKind | undefined,
): Finding[] {
  const inForce = new Map<string, Observation>();
  // Observations come in drop order: a later drop's figure replaces an earlier one. A figure outside
  // its measure's range is already refused, and is neither questioned nor a base for comparison.
  for (const o of observations) {
    const metric = metrics.get(o.metric);
    if (o.value !== undefined && metric && !rangeProblem(o.value, metric))
      inForce.set(figureKey(o.metric, o.area, o.period.label), o);
  }
  const figures = [...inForce.values()];
  const series = new Map<string, Observation[]>();
  for (const f of figures) {
    const key = `${f.metric}|${f.area}`;
    const list = series.get(key);
    if (list) list.push(f);
    else series.set(key, [f]);
  }
  const findings: Finding[] = [];
  const questioned = new Set<Observation>();
  for (const list of series.values()) {
    const metric = metrics.get(list[0]?.metric ?? '');
    if (!metric) continue;
    // ISO dates: plain string order is date order, and much faster than localeCompare on a million rows.
    list.sort((a, b) => (a.period.end < b.period.end ? -1 : a.period.end > b.period.end ? 1 : 0));
    for (const f of checkSeries(list, metric, findings)) questioned.add(f);
  }
  const peers = peerGroups(figures, kindOf);
  for (const f of figures) {
    const metric = metrics.get(f.metric);
    const v = f.value;
    if (!metric || metric.unit === 'count' || v === undefined) continue;
    if (questioned.has(f) || isConfirmed(f.note)) continue;
    const group = peers(f);
    if (!group || group.length - 1 < MIN_OTHER_AREAS) continue;
    const m = medianWithout(group, indexOf(group, v));
    const how = m === undefined ? undefined : jump(v, m);
    if (!how || m === undefined) continue;
    // Only a figure beyond every other area's: of two councils far from the rest, only the further is questioned.
    const others = group.length - 1;
    const lowest = group[v === group[0] ? 1 : 0] ?? v;
    const highest = group[v === group[others] ? others - 1 : others] ?? v;
    if (v >= lowest && v <= highest) continue;
    const kind = kindOf(f.area) === 'council' ? 'councils' : `${kindOf(f.area) ?? 'area'}s`;
    findings.push({
      figure: f,
      message: `${v} is ${how} the median of the other ${group.length - 1} ${kind} for ${f.period.label} (${m.toFixed(metric.decimals)})`,
      fix: FIX,
    });
  }
  return findings;
}
