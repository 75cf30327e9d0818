import type { Frequency, Metric } from '../data/types';

/**
 * How old a measure's latest figure may be, in whole months after the end of the period it covers,
 * before a newer one is overdue: the period's own length plus the usual delay before publication.
 * Annual ASCOF figures for a year to March come out the following December or January (9 months);
 * the biennial carers' survey likewise; the council's own snapshots and quarterly figures are
 * reported to the Commission each quarter, so one more quarter is allowed for the report.
 */
const ALLOWED_MONTHS: Record<Frequency, number> = {
  monthly: 3,
  quarterly: 6,
  'point-in-time': 6,
  annual: 21,
  biennial: 33,
};

export type Freshness =
  /** The latest figure is as recent as its frequency allows. */
  | { kind: 'current'; months: number }
  /** A newer figure is overdue: the latest is `months` old (counted from the end of its period). */
  | { kind: 'overdue'; months: number; allowed: number }
  /** The series is no longer published; its last figure is never judged against today. */
  | { kind: 'ended'; months: number | undefined }
  | { kind: 'none' };

/**
 * Whole calendar months from one ISO date to a later one: 31 January 2025 to 30 November 2026 is
 * 22.
 */
export function monthsBetween(from: string, to: string): number {
  const [fy = 0, fm = 1, fd = 1] = from.split('-').map(Number);
  const [ty = 0, tm = 1, td = 1] = to.split('-').map(Number);
  const months = (ty - fy) * 12 + (tm - fm);
  // A month counts once its day is reached, or at the end of a shorter month (31 January → 28
  // February is one month).
  const lastOfTo = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  const reached = td >= fd || td === lastOfTo;
  return Math.max(0, reached ? months : months - 1);
}

/**
 * Whether a measure's latest figure is as recent as its frequency allows on `today`. `latestEnd` is
 * the last day of the latest valued period (ISO), undefined when there is no figure.
 */
export function freshness(
  metric: Pick<Metric, 'frequency' | 'ended'>,
  latestEnd: string | undefined,
  today: string,
): Freshness {
  const months = latestEnd === undefined ? undefined : monthsBetween(latestEnd, today);
  if (metric.ended !== undefined) return { kind: 'ended', months };
  if (months === undefined) return { kind: 'none' };
  const allowed = ALLOWED_MONTHS[metric.frequency];
  return months > allowed ? { kind: 'overdue', months, allowed } : { kind: 'current', months };
}
