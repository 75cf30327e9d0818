import { extent, nice, tickStep, ticks } from 'd3-array';
import type { ChartRow } from '../stats/chartSeries';

/**
 * Where the drawing sits inside the SVG: room for the value labels on the left and periods below.
 */
export const MARGIN = { top: 22, right: 16, bottom: 30, left: 56 } as const;
/** Roughly the width one period label needs, so labels never overlap. */
const LABEL_WIDTH = 84;
/** A lone period is drawn in the middle of half a year either side. */
const HALF_YEAR_MS = 182 * 86_400_000;

export interface Tick {
  value: number;
  position: number;
}

export interface Layout {
  width: number;
  height: number;
  /** Maps a time (ms) to x in the SVG. */
  x: (time: number) => number;
  /** Maps a value to y in the SVG. */
  y: (value: number) => number;
  yTicks: Tick[];
  /** Decimal places the value labels need for their step. */
  yDecimals: number;
  /** The rows with a period that get an axis label, thinned so labels do not overlap. */
  xTicks: { row: ChartRow; position: number }[];
  plot: { left: number; right: number; top: number; bottom: number };
}

/** Every value the chart will draw, so the value axis can hold them all. */
function values(rows: ChartRow[], goal: number | undefined): number[] {
  const all: number[] = goal === undefined ? [] : [goal];
  for (const r of rows) {
    for (const v of [r.authority, r.median, r.trajectory, ...r.benchmarks])
      if (v !== null) all.push(v);
    if (r.band) all.push(...r.band);
  }
  return all;
}

/**
 * Scales and axis ticks for a time-series chart: time across (from the first period to the last, or
 * to `until` when that is later), values up (from zero when `fromZero`), with "nice" round ticks.
 */
export function chartLayout(input: {
  rows: ChartRow[];
  width: number;
  height: number;
  goal: number | undefined;
  fromZero: boolean;
  until: number | undefined;
}): Layout {
  const { rows, width, height, goal, fromZero, until } = input;
  const plot = {
    left: MARGIN.left,
    right: width - MARGIN.right,
    top: MARGIN.top,
    bottom: height - MARGIN.bottom,
  };
  const [first = 0, last = 0] = extent(rows, (r) => r.time);
  let [t0, t1] = [first, Math.max(last, until ?? -Infinity)];
  if (t1 <= t0) [t0, t1] = [t0 - HALF_YEAR_MS, t1 + HALF_YEAR_MS];
  const [low = 0, high = 1] = extent(values(rows, goal));
  let [v0, v1] = [fromZero ? Math.min(0, low) : low, high];
  if (v1 <= v0)
    [v0, v1] = [v0 - Math.max(1, Math.abs(v0) * 0.1), v1 + Math.max(1, Math.abs(v1) * 0.1)];
  [v0, v1] = nice(v0, v1, 5);
  const x = (t: number) => plot.left + ((t - t0) / (t1 - t0)) * (plot.right - plot.left);
  const y = (v: number) => plot.bottom - ((v - v0) / (v1 - v0)) * (plot.bottom - plot.top);
  const step = tickStep(v0, v1, 5);
  const yDecimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const labelled = rows.filter((r) => r.period);
  const every = Math.max(
    1,
    Math.ceil(labelled.length / Math.max(1, Math.floor((plot.right - plot.left) / LABEL_WIDTH))),
  );
  // Label from the latest period backwards, so the newest figure always has its label.
  const xTicks = labelled
    .filter((_, i) => (labelled.length - 1 - i) % every === 0)
    .map((row) => ({ row, position: x(row.time) }));
  return {
    width,
    height,
    x,
    y,
    yTicks: ticks(v0, v1, 5).map((value) => ({ value, position: y(value) })),
    yDecimals,
    xTicks,
    plot,
  };
}

/**
 * An SVG path through the points of one series, broken wherever a value is missing, so a gap in the
 * figures is never drawn across. Returns one "M…L…" string per unbroken run (a lone point has
 * none).
 */
export function linePaths(points: { x: number; y: number | null }[]): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  const close = () => {
    if (run.length > 1) runs.push(run.join(''));
    run = [];
  };
  for (const p of points) {
    if (p.y === null) close();
    else run.push(`${run.length === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`);
  }
  close();
  return runs;
}

/** Shaded areas between two edges (the middle half of the comparator group), broken at gaps. */
export function bandPaths(points: { x: number; band: [number, number] | null }[]): string[] {
  const areas: string[] = [];
  let run: { x: number; band: [number, number] }[] = [];
  const close = () => {
    if (run.length > 1) {
      const top = run.map(
        (p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.band[1].toFixed(1)}`,
      );
      const bottom = [...run].reverse().map((p) => `L${p.x.toFixed(1)},${p.band[0].toFixed(1)}`);
      areas.push(`${top.join('')}${bottom.join('')}Z`);
    }
    run = [];
  };
  for (const p of points) {
    if (p.band === null) close();
    else run.push({ x: p.x, band: p.band });
  }
  close();
  return areas;
}

/** A generous width for one character of a 12–13 px label, so an estimate never undershoots. */
const CHAR_PX = 7.5;

/**
 * Where to put a label so it stays whole inside a chart `width` wide: centred on (or ending at)
 * `at`, unless that would cross an edge, in which case it is anchored to that edge instead.
 */
export function fitLabel(
  text: string,
  at: number,
  anchor: 'middle' | 'end',
  width: number,
): { x: number; textAnchor: 'start' | 'middle' | 'end' } {
  const length = text.length * CHAR_PX;
  const left = anchor === 'middle' ? at - length / 2 : at - length;
  const right = anchor === 'middle' ? at + length / 2 : at;
  if (left < 0) return { x: 0, textAnchor: 'start' };
  if (right > width) return { x: width, textAnchor: 'end' };
  return { x: at, textAnchor: anchor };
}
