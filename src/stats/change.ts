import { ascending, descending, greatest, least } from 'd3-array';
import type { Period, Polarity } from '../data/types';
import { acrossBreak, judgeMove, type Direction } from './judge';

/** One figure in a time series; value undefined when missing or suppressed. */
export interface Point {
  period: Period;
  value: number | undefined;
}

export interface Change {
  from: Point;
  to: Point;
  /** to.value minus from.value, in the measure's own unit (percentage points for percentages). */
  delta: number;
  /** Never better or worse when `acrossBreak`: the figures lie either side of a series break. */
  direction: Direction;
  acrossBreak: boolean;
}

type Valued = Point & { value: number };

const DAY_MS = 86_400_000;
/**
 * Allowed gap between a period's end and "exactly one year earlier": wide enough for month-end
 * drift, narrower than a quarter.
 */
const YEAR_SLACK_DAYS = 45;

const hasValue = (p: Point): p is Valued => p.value !== undefined && Number.isFinite(p.value);
const dayNumber = (iso: string): number => Date.parse(iso) / DAY_MS;

/**
 * The same day of the same month a calendar year earlier, as a day number; 29 February falls back
 * to 28 February.
 */
function yearBefore(iso: string): number {
  const date = new Date(Date.parse(iso));
  const year = date.getUTCFullYear() - 1;
  const month = date.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / DAY_MS;
}

function makeChange(
  from: Valued,
  to: Valued,
  polarity: Polarity,
  breakStart: string | undefined,
): Change {
  const delta = to.value - from.value;
  return {
    from,
    to,
    delta,
    direction: judgeMove(from.period, to.period, delta, polarity, breakStart),
    acrossBreak: acrossBreak(from.period, to.period, breakStart),
  };
}

/**
 * The change to the latest valued figure from the earlier one `pick` chooses; undefined when there
 * is no latest figure or `pick` finds none. Not judged across the series break on `breakStart`.
 */
function changeToLatest(
  series: Point[],
  polarity: Polarity,
  breakStart: string | undefined,
  pick: (valued: Valued[], latest: Valued) => Valued | undefined,
): Change | undefined {
  const valued = series.filter(hasValue);
  const to = greatest(valued, (a, b) => ascending(a.period.end, b.period.end));
  const from = to && pick(valued, to);
  return to && from ? makeChange(from, to, polarity, breakStart) : undefined;
}

/** The figure before the latest: strictly earlier, so a duplicate of its period is not previous. */
const previous = (valued: Valued[], to: Valued) =>
  greatest(
    valued.filter((p) => p.period.end < to.period.end),
    (a, b) => ascending(a.period.end, b.period.end),
  );

/**
 * The figure about a year before the latest: the same month a calendar year back (so leap years and
 * 31 March / 31 March financial years line up), within ±45 days so biennial data with last year
 * missing gives no comparison rather than a two-year one; the closest wins, on a tie the later.
 */
function yearEarlier(valued: Valued[], to: Valued): Valued | undefined {
  const aim = yearBefore(to.period.end);
  const distance = (p: Point) => Math.abs(dayNumber(p.period.end) - aim);
  return least(
    valued.filter((p) => distance(p) <= YEAR_SLACK_DAYS),
    (a, b) => ascending(distance(a), distance(b)) || descending(a.period.end, b.period.end),
  );
}

/**
 * The change from the previous figure to the latest, skipping missing or suppressed periods; not
 * judged where the two lie either side of the series break that starts on `breakStart`.
 */
export function changeSincePrevious(
  series: Point[],
  polarity: Polarity,
  breakStart?: string,
): Change | undefined {
  return changeToLatest(series, polarity, breakStart, previous);
}

/**
 * The change from the figure about a year before the latest to the latest; undefined when that year
 * is missing; not judged across the series break.
 */
export function changeOverYear(
  series: Point[],
  polarity: Polarity,
  breakStart?: string,
): Change | undefined {
  return changeToLatest(series, polarity, breakStart, yearEarlier);
}

/** The way the last three figures moved: each step, and the whole from the first to the latest. */
export interface Trend {
  /**
   * One change per step between consecutive figures, oldest first: two, or one with only two
   * figures.
   */
  steps: Change[];
  /** From the earliest of the (up to) three figures to the latest. */
  overall: Change;
}

/**
 * The trend over the last three valued figures, skipping missing or suppressed periods, and only
 * those measured as the latest is (after the series break that starts on `breakStart`, if the
 * latest is); undefined with fewer than two.
 */
export function recentTrend(
  series: Point[],
  polarity: Polarity,
  breakStart?: string,
): Trend | undefined {
  const sorted = series.filter(hasValue).sort((a, b) => ascending(a.period.end, b.period.end));
  const latest = sorted.at(-1);
  const valued = sorted
    .filter((p) => !latest || !acrossBreak(p.period, latest.period, breakStart))
    .slice(-3);
  const first = valued[0];
  const last = valued.at(-1);
  if (!first || !last || valued.length < 2) return undefined;
  const steps = valued.slice(1).map((p, i) => makeChange(valued[i] ?? p, p, polarity, undefined));
  return { steps, overall: makeChange(first, last, polarity, undefined) };
}
