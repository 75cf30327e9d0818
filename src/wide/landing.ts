import { parsePeriod, periodFits, periodFormatsFor } from '../data/period';
import type { Metric, Period } from '../data/types';

export type Landing =
  { ok: true; metric: Metric; period: Period } | { ok: false; message: string; fix: string };

const IN_YEAR = new Set(['quarterly', 'monthly', 'point-in-time']);

/**
 * The period a column's period becomes for a measure of this frequency: a quarter or a month on a
 * point-in-time measure is its last day (a snapshot at the end of the quarter).
 */
function periodFor(period: Period, metric: Metric): Period | undefined {
  if (periodFits(period, metric.frequency)) return period;
  if (metric.frequency === 'point-in-time' && period.kind === 'quarter') {
    const p = parsePeriod(period.end);
    return p.ok ? p.period : undefined;
  }
  return undefined;
}

/**
 * Where a figure in a column lands for the row's measure. A quarter (or month) column on an annual
 * measure goes to the in-year measure the catalogue names in its `in_year` column; a year column on
 * an in-year measure goes to the annual measure that names it. Anything else is refused, saying
 * why.
 */
export function land(
  metric: Metric,
  period: Period,
  heading: string,
  metrics: ReadonlyMap<string, Metric>,
): Landing {
  const direct = periodFor(period, metric);
  if (direct) return { ok: true, metric, period: direct };
  const annual = metric.frequency === 'annual' || metric.frequency === 'biennial';
  if (annual && period.kind !== 'year') {
    const inYear = metric.inYear === undefined ? undefined : metrics.get(metric.inYear);
    const landed = inYear && periodFor(period, inYear);
    if (inYear && landed) return { ok: true, metric: inYear, period: landed };
    return {
      ok: false,
      message: inYear
        ? `"${heading}" does not fit "${inYear.id}", the in-year measure of "${metric.id}", ` +
          `which is ${inYear.frequency}`
        : `"${heading}" is a ${period.kind} but "${metric.id}" is ${metric.frequency} and ` +
          'metrics.csv names no in-year measure for it',
      fix: inYear
        ? `move the figure to a column headed with ${periodFormatsFor(inYear.frequency)}, or ` +
          'check the measure'
        : 'write the id of its in-year measure in the in_year column of metrics.csv, or ' +
          'leave the cell blank',
    };
  }
  if (IN_YEAR.has(metric.frequency) && period.kind === 'year') {
    const owner = [...metrics.values()].find((m) => m.inYear === metric.id);
    if (owner) return { ok: true, metric: owner, period };
  }
  return {
    ok: false,
    message: `"${heading}" does not fit "${metric.id}", which is ${metric.frequency}`,
    fix:
      `move the figure to a column headed with ${periodFormatsFor(metric.frequency)}, or ` +
      'check the measure',
  };
}
