import { DATA_FILES } from './dataset.ts';
import type { Problem } from './problem.ts';

/**
 * The rules for naming, dating and ordering drops, shared by check-data, the build and the browser.
 * A drop is named for the latest quarter it reports that had ended when it was published
 * (financial year, then the quarter: 2025-26-Q2 is July to September 2025), and dated by the day
 * its figures became public. drops.csv lists drops in publication order, one date each, so an
 * annual release named 2024-25-Q4 can follow a drop named 2025-26-Q2.
 */

const DROP_ID = /^(\d{4})-(\d{2})-Q([1-4])$/;

/** A financial-year quarter: the year it starts in (2025 for 2025-26) and its number, 1 to 4. */
export interface Quarter {
  year: number;
  n: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 2025-26-Q2, the way drops are named. */
export function quarterId({ year, n }: Quarter): string {
  return `${year}-${pad((year + 1) % 100)}-Q${n}`;
}

/** 2025-26 Q2, the way periods are written. */
export function quarterLabel({ year, n }: Quarter): string {
  return `${year}-${pad((year + 1) % 100)} Q${n}`;
}

/** The quarter a drop id names, or undefined if it names none. */
export function quarterOfDropId(id: string): Quarter | undefined {
  const m = DROP_ID.exec(id);
  if (!m || (Number(m[1]) + 1) % 100 !== Number(m[2])) return undefined;
  return { year: Number(m[1]), n: Number(m[3]) };
}

/** The quarter holding a date (yyyy-mm-dd): 2026-03-31 is in 2025-26 Q4. */
export function quarterOfDate(date: string): Quarter {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return m >= 4 ? { year: y, n: Math.floor((m - 4) / 3) + 1 } : { year: y - 1, n: 4 };
}

/** First and last day of a quarter, yyyy-mm-dd. */
export function quarterDates({ year, n }: Quarter): { start: string; end: string } {
  const startMonth = 4 + (n - 1) * 3; // April, July, October, then January of the next year
  const y = startMonth > 12 ? year + 1 : year;
  const m = startMonth > 12 ? startMonth - 12 : startMonth;
  const last = new Date(Date.UTC(y, m + 2, 0)).getUTCDate();
  return { start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m + 2)}-${pad(last)}` };
}

/** The latest quarter that had ended on a date: on 2025-11-13, 2025-26 Q2. */
export function quarterEndedBy(date: string): Quarter {
  const q = quarterOfDate(date);
  if (quarterDates(q).end <= date) return q;
  return q.n > 1 ? { year: q.year, n: q.n - 1 } : { year: q.year - 1, n: 4 };
}

const order = (q: Quarter) => q.year * 4 + q.n;

/** A row of drops.csv as the rules need it. */
export interface DropRow {
  id: string;
  published: string;
  line: number;
}

/**
 * drops.csv on its own: rows in publication order with strictly increasing dates (two drops on one
 * day are refused), and no drop dated before the end of the quarter it is named for.
 */
export function dropListProblems(drops: DropRow[], file: string = DATA_FILES.drops): Problem[] {
  const problems: Problem[] = [];
  let latest: DropRow | undefined;
  for (const d of drops) {
    const at = (message: string, fix: string) =>
      problems.push({ file, line: d.line, column: 'published', message, fix });
    if (latest && d.published === latest.published)
      at(
        `the drop ${d.id} has the same date (${d.published}) as ${latest.id} on line ` +
          `${latest.line}`,
        'put figures published on the same day in one drop, or correct the date',
      );
    else if (latest && d.published < latest.published)
      at(
        `the drop ${d.id} (${d.published}) is dated before ${latest.id} on line ` +
          `${latest.line} (${latest.published})`,
        'list drops in the order they were published, earliest first, or correct the date',
      );
    const q = quarterOfDropId(d.id);
    if (q && d.published < quarterDates(q).end)
      at(
        `the drop ${d.id} is dated ${d.published}, before its quarter ends on ` +
          `${quarterDates(q).end}`,
        'name it for the latest quarter that had ended when it was published ' +
          `(${quarterId(quarterEndedBy(d.published))}), or correct the date`,
      );
    if (!latest || d.published > latest.published) latest = d;
  }
  return problems;
}

/** The latest figure a drop holds: its period, the period's last day and its line in values.csv. */
export interface LatestFigure {
  period: string;
  end: string;
  line: number;
}

/**
 * Each drop against its figures: named for the latest quarter it reports that had ended when it was
 * published — never for a quarter that starts after its latest figure, nor an earlier one.
 */
export function dropNameProblems(
  drops: DropRow[],
  latest: Map<string, LatestFigure>,
  file: string = DATA_FILES.drops,
): Problem[] {
  const problems: Problem[] = [];
  for (const d of drops) {
    const named = quarterOfDropId(d.id);
    const figure = latest.get(d.id);
    if (!named || !figure) continue;
    const reported = quarterOfDate(figure.end);
    const ended = quarterEndedBy(d.published);
    const expected = order(reported) <= order(ended) ? reported : ended;
    const where = `${DATA_FILES.values(d.id)} line ${figure.line}`;
    const at = (message: string) =>
      problems.push({
        file,
        line: d.line,
        column: 'id',
        message,
        fix: `name it for the latest quarter it reports: ${quarterId(expected)}`,
      });
    if (order(named) > order(reported))
      at(
        `the drop is named for ${quarterLabel(named)}, which starts on ` +
          `${quarterDates(named).start}, after its latest figure (${figure.period}, ${where})`,
      );
    else if (order(named) < order(expected))
      at(
        `the drop is named for ${quarterLabel(named)} but reports ${figure.period} ` +
          `(${where}), and ${quarterLabel(expected)} had ended when it was published on ` +
          `${d.published}`,
      );
  }
  return problems;
}

/** The latest figure of each drop, by the last day of its period (the first row wins a tie). */
export function latestFigures(
  observations: { drop: string; period: { label: string; end: string }; line: number }[],
): Map<string, LatestFigure> {
  const latest = new Map<string, LatestFigure>();
  for (const o of observations) {
    const seen = latest.get(o.drop);
    if (!seen || o.period.end > seen.end)
      latest.set(o.drop, { period: o.period.label, end: o.period.end, line: o.line });
  }
  return latest;
}
