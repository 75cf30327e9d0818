import { monthOfName, parsePeriod } from '../data/period';
import type { Period } from '../data/types';

/** What a column heading of a council's report sheet is. */
export type Heading =
  | { kind: 'measure' }
  | { kind: 'period'; period: Period }
  | { kind: 'descriptive' }
  | { kind: 'unreadable'; message: string; fix: string };

/** Words a report puts beside a period that do not change what the column holds. */
const FILLER = /\b(performance|actuals?|outturn|position|results?|figures?)\b/g;
/**
 * Words that make a column with a period in it something other than the council's own figures for
 * that period: a target, a comparator, a rating. Such a column is left out, like a description.
 */
const NOT_FIGURES = new RegExp(
  `\\b(${[
    'targets?|milestones?|nat|national|averages?|ave|avg|england|region|regional',
    'benchmarks?|comparators?|forecasts?|quartiles?|rag|rank|rating|progress|trend|change',
    'variance|baseline|plan',
  ].join('|')})\\b`,
);
const QUARTER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4 };
export const PERIOD_SPELLINGS = '2022/23, 2022/23 Q1, Q1 2022/23, Jun-22 or 2022-06-30';

/**
 * "2022/23", "2022-23", "2022/2023", "22/23", "2023/4" → the financial year's first calendar year.
 */
function financialYear(text: string): number | undefined {
  const m = /^(\d{4}|\d{2})\s*[/-]\s*(\d{4}|\d{2}|\d)$/.exec(text);
  if (!m) return undefined;
  const first = (m[1] ?? '').length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
  const second = m[2] ?? '';
  const modulus = 10 ** second.length;
  return (first + 1) % modulus === Number(second) % modulus ? first : undefined;
}

const label = (y: number) => `${y}-${String((y + 1) % 100).padStart(2, '0')}`;

function period(text: string): Period | undefined {
  const p = parsePeriod(text);
  return p.ok ? p.period : undefined;
}

/**
 * A period written the way councils write it, once filler words are gone; undefined if it is not
 * one.
 */
function readPeriod(text: string): Period | undefined {
  const year = financialYear(text);
  if (year !== undefined) return period(label(year));
  // Quarters: "2022/23 Q1", "Q1 2022/23", "Q1 - 2024/25", "Q1 of 24/25", "Quarter One 2022/23".
  const q = /^(?:q\s*([1-4])|quarter\s+([1-4]|one|two|three|four))(?:\s*\(q[1-4]\))?$/;
  const parts =
    /^(.*?\d)\s*[-,]?\s*(q\s*[1-4]|quarter\s+\S+(?:\s*\(q[1-4]\))?)$/.exec(text) ??
    /^(q\s*[1-4]|quarter\s+\S+(?:\s*\(q[1-4]\))?)\s*(?:-|of|,)?\s*(\d.*)$/.exec(text);
  if (parts) {
    const [yearText, quarterText] = /^\d/.test(parts[1] ?? '')
      ? [parts[1], parts[2]]
      : [parts[2], parts[1]];
    const qm = q.exec(quarterText ?? '');
    const y = financialYear(yearText ?? '');
    const n = qm ? Number(QUARTER_WORDS[qm[2] ?? ''] ?? qm[1] ?? qm[2]) : NaN;
    return y === undefined || Number.isNaN(n) ? undefined : period(`${label(y)} Q${n}`);
  }
  // Months: "Jun-22", "June 2022", "Jun 22"; a year to date "2018-19 (Apr - Nov)" is its last
  // month.
  const month = /^([a-z]{3,9})[\s'-]*(\d{4}|\d{2})$/.exec(text);
  const m1 = monthOfName(month?.[1] ?? '');
  if (month && m1 !== undefined) {
    const y = (month[2] ?? '').length === 2 ? 2000 + Number(month[2]) : Number(month[2]);
    return period(`${y}-${String(m1).padStart(2, '0')}`);
  }
  const toDate = /^(.*\d)\s*\(\s*apr[a-z]*\s*-\s*([a-z]{3,9})\s*\)$/.exec(text);
  const m = monthOfName(toDate?.[2] ?? '');
  if (toDate && m !== undefined) {
    const y = financialYear(toDate[1] ?? '');
    if (y !== undefined) return period(`${m < 4 ? y + 1 : y}-${String(m).padStart(2, '0')}`);
  }
  // Dates: 2022-06-30 or 30/06/2022; months 2022-06.
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (uk) return period(`${uk[3]}-${uk[2]?.padStart(2, '0')}-${uk[1]?.padStart(2, '0')}`);
  return /^\d{4}-\d{2}(-\d{2})?$/.test(text) ? period(text) : undefined;
}

/**
 * Reads a column heading: the measure column, a period in any spelling councils use, or a column of
 * words (description, aim, polarity, notes, a target or a comparator) that the importer leaves out.
 * Upper and lower case are the same.
 */
export function readHeading(heading: string): Heading {
  const text = heading
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (text === 'measure') return { kind: 'measure' };
  if (/^q[1-4]$/.test(text))
    return {
      kind: 'unreadable',
      message: `"${heading}" is a quarter without its year`,
      fix: `give the financial year too, e.g. "2025/26 ${heading.toUpperCase()}"`,
    };
  if (!/\d/.test(text)) return { kind: 'descriptive' };
  if (NOT_FIGURES.test(text)) return { kind: 'descriptive' };
  const found = readPeriod(text.replace(FILLER, ' ').replace(/\s+/g, ' ').trim());
  if (found) return { kind: 'period', period: found };
  return {
    kind: 'unreadable',
    message: `"${heading}" is not a period`,
    fix: `head each column of figures with its period, e.g. ${PERIOD_SPELLINGS}`,
  };
}
