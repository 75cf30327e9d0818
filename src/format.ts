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

/** CQC's words for its quality statement scores ("Evidence shows some shortfalls"). */
const CQC_SCORE_WORDS: Partial<Record<number, string>> = {
  1: 'significant shortfalls',
  2: 'some shortfalls',
  3: 'a good standard',
  4: 'an exceptional standard',
};

const UNIT_SUFFIX: Record<Unit, (n: string, value: number) => string> = {
  percent: (n) => `${n}%`,
  days: (n, v) => `${n} ${v === 1 ? 'day' : 'days'}`,
  weeks: (n, v) => `${n} ${v === 1 ? 'week' : 'weeks'}`,
  months: (n, v) => `${n} ${v === 1 ? 'month' : 'months'}`,
  count: (n) => n,
  'rate per 100,000': (n) => `${n} per 100,000`,
  score: (n) => n,
  ratio: (n) => n,
  'cqc-score': (n, v) => `${n} of 4: ${CQC_SCORE_WORDS[v] ?? 'not a CQC score'}`,
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
  const size = Math.abs(delta);
  const n = formatNumber(size, metric.decimals);
  if (metric.unit === 'percent')
    return `${sign}${n} ${size === 1 ? 'percentage point' : 'percentage points'}`;
  if (metric.unit === 'cqc-score') return `${sign}${n} ${size === 1 ? 'point' : 'points'}`;
  return `${sign}${UNIT_SUFFIX[metric.unit](n, size)}`;
}

// Dates are written from their ISO parts at noon UTC, so no time zone can move them to another day.
const utc = (y: number, m: number, d = 1) => new Date(Date.UTC(y, m - 1, d, 12));
const dateFormat = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
const dayMonthYear = dateFormat({ day: 'numeric', month: 'long', year: 'numeric' });
const monthYear = dateFormat({ month: 'long', year: 'numeric' });
const monthOnly = dateFormat({ month: 'long' });
const shortMonthYear = dateFormat({ month: 'short', year: 'numeric' });

function isoParts(iso: string): [number, number, number | undefined] | undefined {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined || Number.isNaN(y) || Number.isNaN(m)) return undefined;
  return [y, m, d === undefined || Number.isNaN(d) ? undefined : d];
}

/** 13 November 2025; a month written yyyy-mm as November 2025. */
/** A day on this computer's calendar (today by default) as yyyy-mm-dd. */
export function localIsoDay(now: Date = new Date()): string {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
}

export function formatDate(iso: string): string {
  const parts = isoParts(iso);
  if (!parts) return iso;
  const [y, m, d] = parts;
  return d === undefined ? monthYear.format(utc(y, m)) : dayMonthYear.format(utc(y, m, d));
}

/** November 2026: the month and year of an ISO date, for plan dates and "no figure since". */
export function formatMonth(iso: string): string {
  const parts = isoParts(iso);
  return parts ? monthYear.format(utc(parts[0], parts[1])) : iso;
}

/** Nov 2026: for chart axes. */
export function formatMonthShort(time: number): string {
  return shortMonthYear.format(new Date(time));
}

/** 2023-24 · July to September 2025 (Q2) · Q2 2025-26 · January 2025 · 26 June 2025 */
export function formatPeriod(period: Period, long = false): string {
  switch (period.kind) {
    case 'year':
      return period.label;
    case 'quarter': {
      const [year, q] = period.label.split(' ');
      const [sy, sm] = isoParts(period.start) ?? [2000, 1];
      const start = monthOnly.format(utc(sy, sm));
      return long
        ? `${start} to ${formatMonth(period.end)} (${q ?? ''})`
        : `${q ?? ''} ${year ?? ''}`;
    }
    case 'month':
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

/**
 * A day as its month when it is the month's last day (where a monthly figure sits), else the full
 * date.
 */
export function formatDay(iso: string): string {
  const parts = isoParts(iso);
  if (!parts || parts[2] === undefined) return iso;
  const [y, m, d] = parts;
  return d === new Date(Date.UTC(y, m, 0)).getUTCDate() ? formatMonth(iso) : formatDate(iso);
}

/** An age in whole months, in words: "1 month" · "22 months" · "2 years and 8 months". */
export function formatAge(months: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (months < 24) return plural(months, 'month');
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return rest === 0
    ? plural(years, 'year')
    : `${plural(years, 'year')} and ${plural(rest, 'month')}`;
}

/** The first letter in capitals, for a phrase that opens a sentence or a list item. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1 measure" · "3 measures" */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}
