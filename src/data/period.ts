import type { Frequency, Metric, Period, PeriodKind } from './types.ts';

const YEAR = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-(\d{2}) Q([1-4])$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function iso(y: number, m: number, d: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}`;
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export type PeriodResult = { ok: true; period: Period } | { ok: false; message: string };

/** True for a real calendar date written yyyy-mm-dd. */
export function isIsoDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo);
}

/**
 * Reads a period label: financial year `2023-24`, quarter `2025-26 Q2` (Q1 = April to June),
 * month `2025-01` or date `2025-06-26`. A year and a month look alike: `2023-24` is a year
 * because 24 follows 23; `2025-01` is a month.
 */
export function parsePeriod(label: string): PeriodResult {
  // A drop of a million rows names a few hundred periods: read each once, and share the result
  // (periods are never changed once read). The cache is emptied before it could grow large.
  const known = cache.get(label);
  if (known) return known;
  const result = readPeriod(label);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(label, result);
  return result;
}

const CACHE_LIMIT = 10_000;
const cache = new Map<string, PeriodResult>();

function readPeriod(label: string): PeriodResult {
  const q = QUARTER.exec(label);
  if (q) {
    const y = Number(q[1]);
    if ((y + 1) % 100 !== Number(q[2]))
      return {
        ok: false,
        message: `"${label}" is not a financial year: the second year must follow the first`,
      };
    const n = Number(q[3]);
    const startMonth = 4 + (n - 1) * 3; // April, July, October, January
    const sy = startMonth > 12 ? y + 1 : y;
    const sm = ((startMonth - 1) % 12) + 1;
    const em = sm + 2;
    return {
      ok: true,
      period: { label, kind: 'quarter', start: iso(sy, sm, 1), end: iso(sy, em, lastDay(sy, em)) },
    };
  }
  const ym = YEAR.exec(label);
  if (ym) {
    const y = Number(ym[1]);
    const second = Number(ym[2]);
    if ((y + 1) % 100 === second)
      return {
        ok: true,
        period: { label, kind: 'year', start: iso(y, 4, 1), end: iso(y + 1, 3, 31) },
      };
    const mm = MONTH.exec(label);
    if (mm && second >= 1 && second <= 12)
      return {
        ok: true,
        period: {
          label,
          kind: 'month',
          start: iso(y, second, 1),
          end: iso(y, second, lastDay(y, second)),
        },
      };
    return {
      ok: false,
      message: `"${label}" is neither a financial year (2023-24) nor a month (2025-01)`,
    };
  }
  if (DATE.exec(label)) {
    if (!isIsoDate(label)) return { ok: false, message: `"${label}" is not a real date` };
    return { ok: true, period: { label, kind: 'date', start: label, end: label } };
  }
  return { ok: false, message: `"${label}" is not a period` };
}

const FITS: Record<Frequency, PeriodKind[]> = {
  quarterly: ['quarter'],
  annual: ['year'],
  biennial: ['year'],
  monthly: ['month'],
  'point-in-time': ['month', 'date'],
};

const KIND_WORDS: Record<PeriodKind, string> = {
  year: 'a financial year like 2023-24',
  quarter: 'a quarter like 2025-26 Q2',
  month: 'a month like 2025-01',
  date: 'a date like 2025-06-26',
};

/** The period kinds a metric of this frequency may use, in words for an error message. */
export function periodFormatsFor(frequency: Frequency): string {
  return FITS[frequency].map((k) => KIND_WORDS[k]).join(' or ');
}

export function periodFits(period: Period, frequency: Frequency): boolean {
  return FITS[frequency].includes(period.kind);
}

/**
 * The first day of the first period after a measure's series break (a renumbering or a change in
 * how it is counted), or undefined for a measure with no break.
 */
export function breakStart(metric: Pick<Metric, 'breakPeriod'>): string | undefined {
  const p = metric.breakPeriod === undefined ? undefined : parsePeriod(metric.breakPeriod);
  return p?.ok ? p.period.start : undefined;
}

/**
 * Where a move between two figures stops being judged: the start of a redefinition. A renumbering
 * (only the code changed; the figures are calculated as before) stops nothing.
 */
export function redefinedFrom(
  metric: Pick<Metric, 'breakPeriod' | 'breakKind'>,
): string | undefined {
  return metric.breakKind === 'renumbered' ? undefined : breakStart(metric);
}

/** Milliseconds since 1970 at noon UTC on an ISO date: the x position on a time axis. */
export function dateToTime(isoDate: string): number {
  return Date.parse(`${isoDate}T12:00:00Z`);
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The month (1 to 12) a name or abbreviation stands for: "Jun", "june", "Sept"; else undefined. */
export function monthOfName(word: string): number | undefined {
  const w = word.toLowerCase();
  const i = w.length < 3 ? -1 : MONTH_NAMES.findIndex((name) => name.startsWith(w));
  return i < 0 ? undefined : i + 1;
}

/** "Jun" for 6: a month as a spreadsheet's month heading abbreviates it. */
export function monthAbbreviation(month: number): string {
  const name = MONTH_NAMES[month - 1] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1, 3);
}
