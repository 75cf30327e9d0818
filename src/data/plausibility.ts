/**
 * Plausibility: figures that parse and fit their measure but are probably wrong — a percentage
 * typed as a fraction, a figure three times its neighbour. The rule is documented in data/README.md
 * ("Figures that look wrong"); a genuine jump is confirmed in the row's note.
 */
import { median } from 'd3-array';
import { rangeProblem } from './checkFigure';
import { DATA_FILES } from './dataset';
import { breakStart } from './period';
import type { Problem } from './problem';
import type { AreaKind, Metric, Observation } from './types';

/**
 * How far a figure may be from its comparison before it is questioned: more than 3×, under a third.
 */
export const JUMP = 3;
/** Other areas of the same kind needed before their median means anything. */
export const MIN_OTHER_AREAS = 5;

/** A note starting "Confirmed" (any case) says the officer has checked an unusual figure. */
export function isConfirmed(note: string): boolean {
  if (note === '') return false;
  return /^confirmed\b/i.test(note.trim());
}

const FIX =
  'check the figure; if it is right, confirm it: start its note with "Confirmed:" and say why';
const FRACTION_FIX =
  'write percentages from 0 to 100; if the figure is right, start its note with ' +
  '"Confirmed:" and say why';

/**
 * "more than 3 times" or "less than a third of", or undefined when `value` is within reach of
 * `base`.
 */
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
  return m % 2 === 1
    ? nthWithout(sorted, (m - 1) / 2, skip)
    : (nthWithout(sorted, m / 2 - 1, skip) + nthWithout(sorted, m / 2, skip)) / 2;
}

/** The `j`th element of a sorted list with the element at `skip` left out. */
function nthWithout(sorted: readonly number[], j: number, skip: number): number {
  return sorted[j < skip ? j : j + 1] ?? NaN;
}

/** A figure the check questions, and what it says about it. */
export interface Finding {
  figure: Observation;
  message: string;
  fix: string;
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
  const start = breakStart(metric);
  const side = (o: Observation) => start !== undefined && o.period.start >= start;
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
      message:
        `${v} is ${how} the previous period's figure ` + `(${before.period.label}: ${show(prev)})`,
      fix: FIX,
    });
    flagged.add(o);
  });
  return flagged;
}

/** One measure and area: its figures in force by period, and its place in the list of series. */
interface SeriesNode {
  index: number;
  /** Each period's figure, as its index in the list of figures in force. */
  periods: Map<string, number>;
  /** The values of the measure's areas of the same kind, by period (shared by those areas). */
  peers: Map<string, number[]>;
}

/**
 * The figures in force (a later drop's figure replaces an earlier one), in the order their measure,
 * area and period first appear; each measure and area's series, in the order they first appear; and
 * for each figure, the sorted values of the other areas of its kind for its measure and period.
 * Maps are nested by measure, area and period, so no key string is built for any of a million rows,
 * and each map is looked up once per row.
 */
function figuresInForce(
  observations: readonly Observation[],
  metrics: ReadonlyMap<string, Metric>,
  kindOf: (area: string) => AreaKind | undefined,
): { figures: Observation[]; series: Observation[][]; peers: (number[] | undefined)[] } {
  const figures: Observation[] = [];
  const nodeOf: SeriesNode[] = [];
  const series: Observation[][] = [];
  const nodes = new Map<string, Map<string, SeriesNode>>();
  const groups = new Map<string, Map<string, Map<string, number[]>>>();
  for (const o of observations) {
    const metric = metrics.get(o.metric);
    // A figure outside its measure's range is already refused: neither questioned nor a base.
    if (o.value === undefined || !metric || rangeProblem(o.value, metric)) continue;
    let byArea = nodes.get(o.metric);
    if (!byArea) nodes.set(o.metric, (byArea = new Map<string, SeriesNode>()));
    let node = byArea.get(o.area);
    if (!node) {
      let byKind = groups.get(o.metric);
      if (!byKind) groups.set(o.metric, (byKind = new Map<string, Map<string, number[]>>()));
      const kind = kindOf(o.area) ?? '';
      let peers = byKind.get(kind);
      if (!peers) byKind.set(kind, (peers = new Map<string, number[]>()));
      node = { index: series.length, periods: new Map(), peers };
      byArea.set(o.area, node);
      series.push([]);
    }
    const i = node.periods.get(o.period.label);
    if (i === undefined) {
      node.periods.set(o.period.label, figures.length);
      figures.push(o);
      nodeOf.push(node);
    } else figures[i] = o;
  }
  const peers: (number[] | undefined)[] = [];
  for (const [i, f] of figures.entries()) {
    const node = nodeOf[i];
    if (!node || f.value === undefined) continue;
    series[node.index]?.push(f);
    let group = node.peers.get(f.period.label);
    if (!group) node.peers.set(f.period.label, (group = []));
    group.push(f.value);
    peers[i] = group;
  }
  for (const byKind of groups.values())
    for (const byPeriod of byKind.values())
      for (const group of byPeriod.values()) group.sort((a, b) => a - b);
  return { figures, series, peers };
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
 * above 10; a figure more than 3× or under a third of the previous period's for the same measure
 * and area; or of the median of at least five other areas of the same kind in the same period (not
 * for counts, which differ with the size of the area). A figure whose note starts "Confirmed" is
 * not questioned. One finding per figure.
 */
export function questionedFigures(
  observations: readonly Observation[],
  metrics: ReadonlyMap<string, Metric>,
  kindOf: (area: string) => AreaKind | undefined,
): Finding[] {
  const { figures, series, peers } = figuresInForce(observations, metrics, kindOf);
  const findings: Finding[] = [];
  const questioned = new Set<Observation>();
  for (const list of series) {
    const metric = metrics.get(list[0]?.metric ?? '');
    if (!metric) continue;
    // ISO dates: plain string order is date order, and much faster than localeCompare on a million
    // rows.
    list.sort((a, b) => (a.period.end < b.period.end ? -1 : a.period.end > b.period.end ? 1 : 0));
    for (const f of checkSeries(list, metric, findings)) questioned.add(f);
  }
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (!f) continue;
    const metric = metrics.get(f.metric);
    const v = f.value;
    if (!metric || metric.unit === 'count' || v === undefined) continue;
    if (questioned.has(f) || isConfirmed(f.note)) continue;
    const group = peers[i];
    if (!group || group.length - 1 < MIN_OTHER_AREAS) continue;
    const m = medianWithout(group, indexOf(group, v));
    const how = m === undefined ? undefined : jump(v, m);
    if (!how || m === undefined) continue;
    // Only a figure beyond every other area's: of two councils far from the rest, only the further
    // is questioned.
    const others = group.length - 1;
    const lowest = group[v === group[0] ? 1 : 0] ?? v;
    const highest = group[v === group[others] ? others - 1 : others] ?? v;
    if (v >= lowest && v <= highest) continue;
    const kind = kindOf(f.area) === 'council' ? 'councils' : `${kindOf(f.area) ?? 'area'}s`;
    findings.push({
      figure: f,
      message:
        `${v} is ${how} the median of the other ${group.length - 1} ${kind} for ` +
        `${f.period.label} (${m.toFixed(metric.decimals)})`,
      fix: FIX,
    });
  }
  return findings;
}
