import type { Metric, Period, Unit } from './data/types';

/** The only place numbers and dates become text: en-GB, as councillors read them. */

const numberFormats = new Map<number, Intl.NumberFormat>();
function numberFormat(decimals: number): Intl.NumberFormat {
  let f = numberFormats.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    numberFormats.set(decimals, f);
  }
  return f;
}

/** 1,274 · 12.5 */
export function formatNumber(value: number, decimals = 0): string {
  return numberFormat(decimals).format(value);
}

const UNIT_SUFFIX: Record<Unit, (n: string, value: number) => string> = {
  percent: (n) => `${n}%`,
  days: (n, v) => `${n} ${v === 1 ? 'day' : 'days'}`,
  weeks: (n, v) => `${n} ${v === 1 ? 'week' : 'weeks'}`,
  months: (n, v) => `${n} ${v === 1 ? 'month' : 'months'}`,
  count: (n) => n,
  'rate per 100,000': (n) => `${n} per 100,000`,
  score: (n) => n,
  ratio: (n) => n,
};

/** A measure's value with its unit: 12.5% · 135 days · 1,274 · 512.3 per 100,000. */
export function formatValue(
  value: number | undefined,
  metric: Pick<Metric, 'unit' | 'decimals'>,
): string {
  if (value === undefined) return 'no figure';
  return UNIT_SUFFIX[metric.unit](formatNumber(value, metric.decimals), value);
}

/** A difference between two values of a measure: +2.1 percentage points · −14 days. */
export function formatDelta(delta: number, metric: Pick<Metric, 'unit' | 'decimals'>): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '';
  const n = formatNumber(Math.abs(delta), metric.decimals);
  if (metric.unit === 'percent')
    return `${sign}${n} ${Math.abs(delta) === 1 ? 'percentage point' : 'percentage points'}`;
  return `${sign}${UNIT_SUFFIX[metric.unit](n, Math.abs(delta))}`;
}

/** Unit words for axis labels and table headings. */
export function unitLabel(unit: Unit): string {
  return unit === 'percent' ? 'per cent' : unit;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));

/** 13 November 2025 */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined) return iso;
  return d === undefined ? `${MONTHS[m - 1] ?? ''} ${y}` : `${d} ${MONTHS[m - 1] ?? ''} ${y}`;
}

/** Nov 2026: for chart axes. */
export function formatMonthShort(time: number): string {
  const d = new Date(time);
  return `${SHORT_MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
}

/** 2023-24 · July to September 2025 (2025-26 Q2) · January 2025 · 26 June 2025 */
export function formatPeriod(period: Period, long = false): string {
  switch (period.kind) {
    case 'year':
      return period.label;
    case 'quarter': {
      const [, q] = period.label.split(' ');
      const start = formatDate(period.start).replace(/^\d+ /, '').split(' ')[0] ?? '';
      const end = formatDate(period.end).replace(/^\d+ /, '');
      return long
        ? `${start} to ${end} (${q ?? ''})`
        : `${q ?? ''} ${period.label.split(' ')[0] ?? ''}`;
    }
    case 'month':
      return formatDate(period.label);
    case 'date':
      return formatDate(period.label);
  }
}

/** "4th" */
export function ordinal(n: number): string {
  const rem100 = n % 100;
  if (rem100 >= 11 && rem100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** "in 2023-24" · "in January 2025" · "on 31 March 2026" */
export function formatWhen(period: Period): string {
  return period.kind === 'date' ? `on ${formatPeriod(period)}` : `in ${formatPeriod(period)}`;
}

/** A day as a month when it is a month's last day (where a monthly figure sits): "January 2025"; otherwise the full date. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return iso;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d === last ? formatDate(iso.slice(0, 7)) : formatDate(iso);
}
