import { measureTable, type MeasureTable } from '../a11y/measureTable';
import type { SeriesStyle } from '../charts/TimeSeriesChart';
import { breakStart, dateToTime, redefinedFrom } from '../data/period';
import type { Area, Site, Source, Target } from '../data/types';
import { formatMonth, formatValue } from '../format';
import { chartRows, type ChartRow } from '../stats/chartSeries';
import type { Figure } from '../stats/figures';
import { gapAfterDays } from '../stats/gaps';
import type { MeasureSummary } from '../stats/measureSummary';

/**
 * Line styles and marker shapes, so the series stay apart in greyscale: the authority, then each
 * benchmark.
 */
const STYLES: Omit<SeriesStyle, 'name'>[] = [
  { colour: '#1d70b8', dash: undefined, shape: 'circle' },
  { colour: '#0b0c0c', dash: '6 3', shape: 'square' },
  { colour: '#6f3c97', dash: '2 2', shape: 'triangle' },
];

const INK = '#0b0c0c';
/**
 * Councils added to the comparison get their own line: a dash pattern and marker no benchmark uses,
 * in colours with at least 4.5:1 contrast on white. After four, the patterns repeat in ink.
 */
const ADDED_STYLES: Omit<SeriesStyle, 'name'>[] = [
  { colour: '#d4351c', dash: '10 3 2 3', shape: 'down' },
  { colour: '#00665e', dash: '14 4', shape: 'cross' },
  { colour: '#85540b', dash: '4 2 1 2 1 2', shape: 'plus' },
  { colour: '#912b88', dash: '16 3 4 3', shape: 'square' },
];

export interface MeasureView {
  authorityName: string;
  /**
   * Benchmarks that have figures for this measure; the others are left off the chart, legend and
   * table.
   */
  benchmarks: { code: string; name: string }[];
  /**
   * Councils added to the comparison that have figures for this measure: each a line and a column
   * too.
   */
  added: { code: string; name: string }[];
  /** Whether any other council has figures, so a comparator group means something. */
  hasPeers: boolean;
  rows: ChartRow[];
  table: MeasureTable;
  authorityStyle: SeriesStyle;
  /**
   * The chart's other lines, in the order of each row's `benchmarks`: the benchmarks, then councils
   * added.
   */
  benchmarkStyles: SeriesStyle[];
  goal: { value: number; date: string; label: string } | undefined;
  /**
   * The series break on the time axis, midway between the last figure before it and the first
   * after: "Series break" where the line breaks for a redefinition, "Code change" on a renumbering.
   */
  breakMark: { time: number; label: string } | undefined;
  /**
   * The day judged, on the time axis: the chart runs to it so a silence since the last figure
   * shows.
   */
  todayTime: number;
  /**
   * One period has figures and no plan path gives the axis a range: a number reads better than a
   * dot.
   */
  single: boolean;
}

function addedStyle(i: number, name: string): SeriesStyle {
  const style = ADDED_STYLES[i % ADDED_STYLES.length] ?? {
    colour: INK,
    dash: '10 3 2 3',
    shape: 'down',
  };
  return { ...style, colour: i < ADDED_STYLES.length ? style.colour : INK, name };
}

const anchorOf = (t: Target | undefined) =>
  t?.value === undefined ? undefined : { date: t.date, value: t.value };

/**
 * Everything a chart and its table need for one measure, shared by the measure page and the meeting
 * pack.
 */
export function measureView(
  summary: MeasureSummary,
  figures: Figure[],
  site: Site,
  areas: Map<string, Area>,
  members: string[],
  groupName: string,
  sources: Map<string, Source>,
  today: string,
  addedCodes: string[] = [],
): MeasureView {
  const { metric, plan } = summary;
  const authority = site.authority.code;
  const authorityName = areas.get(authority)?.name ?? site.authority.name;
  const benchmarks = site.benchmarks.filter((b) => figures.some((f) => f.area === b.code));
  const added = addedCodes
    .filter((code) => figures.some((f) => f.area === code))
    .map((code) => ({ code, name: areas.get(code)?.name ?? code }));
  const lines = [...benchmarks, ...added];
  const hasPeers = figures.some(
    (f) => f.area !== authority && !site.benchmarks.some((b) => b.code === f.area),
  );
  // A stand-in measure gets no path or target line: the plan's number is for another measure.
  const proxy = plan?.status?.status === 'proxy';
  const numeric = plan?.target.value !== undefined && !proxy;
  const baseline = numeric ? anchorOf(plan?.baseline) : undefined;
  const rows = chartRows({
    figures,
    authority,
    benchmarks: lines.map((b) => b.code),
    members,
    gapAfterDays: gapAfterDays(metric.frequency),
    breakStart: redefinedFrom(metric),
    trajectory: baseline && plan?.goal ? [baseline, plan.goal] : undefined,
  });
  const table = measureTable({
    metric,
    rows,
    authorityName,
    benchmarkNames: lines.map((b) => b.name),
    groupName: hasPeers ? groupName : undefined,
    figures: summary.series,
    sources,
    plan: plan?.goal
      ? {
          baseline: anchorOf(plan.baseline),
          goal: plan.goal,
          operator: plan.operator,
          proxy,
        }
      : undefined,
  });
  const start = breakStart(metric);
  const dated = rows.filter((r) => r.period !== undefined);
  const after = start === undefined ? -1 : dated.findIndex((r) => (r.period?.start ?? '') >= start);
  const [before, first] = [dated[after - 1], dated[after]];
  const breakMark =
    before && first
      ? {
          time: (before.time + first.time) / 2,
          label: metric.breakKind === 'renumbered' ? 'Code change' : 'Series break',
        }
      : undefined;
  const style = (i: number, name: string): SeriesStyle => ({
    ...(STYLES[i] ?? { colour: '#0b0c0c', dash: '6 3', shape: 'square' }),
    name,
  });
  const goal =
    plan?.goal && numeric
      ? {
          ...plan.goal,
          label: `Target ${formatValue(plan.goal.value, metric)} by ${formatMonth(plan.goal.date)}`,
        }
      : undefined;
  return {
    authorityName,
    benchmarks,
    added,
    hasPeers,
    rows,
    table,
    authorityStyle: style(0, authorityName),
    benchmarkStyles: [
      ...benchmarks.map((b, i) => style(i + 1, b.name)),
      ...added.map((a, i) => addedStyle(i, a.name)),
    ],
    goal,
    breakMark,
    todayTime: dateToTime(today),
    single: rows.filter((r) => r.period).length === 1 && !rows.some((r) => r.trajectory !== null),
  };
}
