import { ageWords, compareWords, describeChange } from '../a11y/describe';
import { describeStatus } from '../a11y/describePlan';
import { redefinedFrom } from '../data/period';
import { capitalise, formatPeriod, formatValue, ordinal } from '../format';
import { recentTrend } from '../stats/change';
import type { Direction } from '../stats/judge';
import { toPoints, type MeasureSummary } from '../stats/measureSummary';
import type { PlanStatus } from '../stats/planTarget';

/** How the council's figure stands against England's, as a shape beside the words. */
export type EnglandMark = 'better' | 'similar' | 'worse' | 'higher' | 'lower' | 'same';

/**
 * Where the council's figure, England's and the neighbours' spread sit, each from 0 (left) to 1.
 */
export interface Spine {
  min: number;
  lowerQuartile: number;
  median: number;
  upperQuartile: number;
  max: number;
  mine: number;
  england: number | undefined;
  words: string;
}

export const MATRIX_COLUMNS = [
  'title',
  'period',
  'value',
  'england',
  'comparison',
  'spine',
  'rank',
  'trend',
  'target',
  'age',
] as const;
export type MatrixColumn = (typeof MATRIX_COLUMNS)[number];

/**
 * One measure in the matrix: what each column shows, and the key it sorts by (undefined sorts
 * last).
 */
export interface MatrixRow {
  summary: MeasureSummary;
  period: string | undefined;
  value: string;
  england: string | undefined;
  comparison: { mark: EnglandMark; words: string } | undefined;
  spine: Spine | undefined;
  rank: string | undefined;
  trend:
    | { steps: { direction: Direction; delta: number }[]; direction: Direction; words: string }
    | undefined;
  target: { status: PlanStatus; words: string } | undefined;
  age: string;
  keys: Record<MatrixColumn, number | string | undefined>;
}

/** Sort orders: the first comes first when sorting up (best first, for the columns that judge). */
const COMPARISON_ORDER: EnglandMark[] = ['better', 'similar', 'same', 'higher', 'lower', 'worse'];
const TREND_ORDER: Direction[] = ['better', 'same', 'no-judgement', 'worse'];
const TARGET_ORDER: PlanStatus['status'][] = [
  'met',
  'on-track',
  'off-track',
  'missed',
  'proxy',
  'not-measured-since',
  'no-data',
];

/**
 * The shape for the comparison with England: tested verdicts, else the side it falls (not tested).
 */
function englandMark(s: MeasureSummary): EnglandMark | undefined {
  const mine = s.latest?.value;
  const theirs = s.benchmark.figure?.value;
  if (mine === undefined || theirs === undefined) return undefined;
  const { verdict, method } = s.benchmark.comparison;
  const tested = method === 'wilson' || method === 'interval';
  if (tested && verdict !== 'not-compared') return verdict;
  return mine > theirs ? 'higher' : mine < theirs ? 'lower' : 'same';
}

/**
 * "In the middle half of the neighbours (25.1% to 35.2%)": where the figure falls in their spread.
 */
function spineOf(s: MeasureSummary): Spine | undefined {
  const g = s.group;
  const mine = s.latest?.value;
  if (!g || mine === undefined) return undefined;
  const england = s.benchmark.figure?.value;
  const all = [g.min, g.max, mine, ...(england === undefined ? [] : [england])];
  const lo = Math.min(...all);
  const span = Math.max(...all) - lo;
  // Everything equal: put the marks in the middle rather than divide by nothing.
  const at = (v: number) => (span === 0 ? 0.5 : (v - lo) / span);
  const f = (v: number) => formatValue(v, s.metric);
  const words =
    mine > g.max
      ? `higher than every neighbour (highest ${f(g.max)})`
      : mine < g.min
        ? `lower than every neighbour (lowest ${f(g.min)})`
        : mine > g.upperQuartile
          ? `in the highest quarter of the neighbours’ range (above ${f(g.upperQuartile)})`
          : mine < g.lowerQuartile
            ? `in the lowest quarter of the neighbours’ range (below ${f(g.lowerQuartile)})`
            : `in the middle half of the neighbours (${f(g.lowerQuartile)} to ` +
              `${f(g.upperQuartile)})`;
  return {
    min: at(g.min),
    lowerQuartile: at(g.lowerQuartile),
    median: at(g.median),
    upperQuartile: at(g.upperQuartile),
    max: at(g.max),
    mine: at(mine),
    england: england === undefined ? undefined : at(england),
    words,
  };
}

const orderOf = <T>(order: readonly T[], value: T | undefined) =>
  value === undefined ? undefined : order.indexOf(value);

/**
 * Everything the matrix says about one measure; an ended series shows its last figure, never
 * judged.
 */
export function matrixRow(s: MeasureSummary): MatrixRow {
  const { metric, latest, freshness } = s;
  const judged = freshness.kind !== 'ended';
  const valued = latest?.value;
  const englandValue = s.benchmark.figure?.value;
  const mark = judged ? englandMark(s) : undefined;
  const words = mark ? compareWords(s) : undefined;
  const trend = judged
    ? recentTrend(toPoints(s.series), metric.polarity, redefinedFrom(metric))
    : undefined;
  const status = s.plan?.status;
  const spine = judged ? spineOf(s) : undefined;
  const rank = judged ? s.rank : undefined;
  const months =
    freshness.kind === 'current' || freshness.kind === 'overdue' ? freshness.months : undefined;
  return {
    summary: s,
    period: latest ? formatPeriod(latest.period) : undefined,
    value: !latest
      ? 'No figure yet'
      : valued === undefined
        ? 'Suppressed'
        : formatValue(valued, metric),
    england: englandValue === undefined ? undefined : formatValue(englandValue, metric),
    comparison: mark && words ? { mark, words: capitalise(words) } : undefined,
    spine,
    rank: rank && `${rank.tied ? 'joint ' : ''}${ordinal(rank.rank)} of ${rank.of}`,
    trend: trend && {
      steps: trend.steps.map((c) => ({ direction: c.direction, delta: c.delta })),
      direction: trend.overall.direction,
      words: capitalise(describeChange(trend.overall, metric)),
    },
    target: status && { status, words: capitalise(describeStatus(status)) },
    age:
      freshness.kind === 'current'
        ? 'Up to date'
        : freshness.kind === 'none'
          ? 'No figure'
          : capitalise(ageWords(freshness, true) ?? ''),
    keys: {
      title: metric.title,
      period: latest?.period.end,
      value: valued,
      england: englandValue,
      comparison: orderOf(COMPARISON_ORDER, mark),
      spine: spine && spine.mine - spine.median,
      // Best first: 1st of 16 is 0, 16th of 16 is 1.
      rank: rank && (rank.of > 1 ? (rank.rank - 1) / (rank.of - 1) : 0),
      trend: orderOf(TREND_ORDER, trend?.overall.direction),
      target: orderOf(TARGET_ORDER, status?.status),
      age: months,
    },
  };
}
