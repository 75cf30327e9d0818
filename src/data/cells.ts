import type { CsvRecord } from './csv.ts';
import { isMark } from './marks.ts';
import { isIsoDate } from './period.ts';
import type { Problem } from './problem.ts';

const NUMBER = /^-?\d+(\.\d+)?$/;
/**
 * 1,274 or 12,345.6: commas between groups of three digits, the first group not starting with 0.
 */
const THOUSANDS = /^-?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/;
/** Why a cell is not a plain number, and how to fix it; undefined when it is one. */
export function numberProblem(text: string): { message: string; fix: string } | undefined {
  if (NUMBER.test(text)) return undefined;
  if (isMark(text)) {
    return {
      message: `"${text}" is a suppression or not-available mark, not a number`,
      fix: 'leave the value empty and write "suppressed" in the status column',
    };
  }
  // 1,274 and 12,345.6 group thousands; 12,5 or 0,912 (or 1.234,5) is a decimal comma, as European
  // spreadsheets write it, and must not be "fixed" into 125.
  const decimalComma = /^-?(\d{1,3}(\.\d{3})+|\d+),(\d+)$/.exec(text);
  if (decimalComma && !THOUSANDS.test(text)) {
    const point = text.replaceAll('.', '').replace(',', '.');
    return {
      message: `"${text}" has a decimal comma`,
      fix: `write ${point} with a point`,
    };
  }
  if (THOUSANDS.test(text))
    return {
      message: `"${text}" has a thousands separator`,
      fix: `write it without commas: ${text.replaceAll(',', '')}`,
    };
  if (/^-?\d+(\.\d+)?\s*%$/.test(text))
    return {
      message: `"${text}" has a per cent sign`,
      fix: `write the number alone: ${text.replace('%', '').trim()}`,
    };
  if (/^[£$]/.test(text))
    return { message: `"${text}" has a currency sign`, fix: 'write the number alone' };
  return {
    message: `"${text}" is not a number`,
    fix: 'write a plain number such as 12.5, with a full stop for decimals',
  };
}

/**
 * Reads the cells of one CSV record at a time, collecting a problem for each cell that does not
 * fit.
 * One reader serves a whole file (`at` moves it to the next record): its methods live on the class,
 * not in closures made for every row, which a million-row drop would pay for a million times.
 */
export class Cells {
  private record: CsvRecord = { line: 0, cells: {} };
  /**
   * One string for each distinct id in the file: a million rows name a few hundred measures and
   * areas, and every later lookup by an id that is the very same string is quicker, and lighter.
   */
  private readonly ids = new Map<string, string>();

  constructor(
    private readonly file: string,
    private readonly problems: Problem[],
  ) {}

  /** Moves the reader to `record`. */
  at(record: CsvRecord): this {
    this.record = record;
    return this;
  }

  raw(column: string): string {
    return this.record.cells[column] ?? '';
  }

  fail(column: string, message: string, fix: string): undefined {
    this.problems.push({ file: this.file, line: this.record.line, column, message, fix });
    return undefined;
  }

  text(column: string): string {
    return this.raw(column);
  }

  required(column: string, what: string): string | undefined {
    // A column missing from the header is reported once, at the header, not on every row.
    if (this.record.cells[column] === undefined) return undefined;
    const v = this.raw(column);
    if (v === '') return this.fail(column, `the ${what} is empty`, `fill in the ${what}`);
    const known = this.ids.get(v);
    if (known !== undefined) return known;
    this.ids.set(v, v);
    return v;
  }

  oneOf<T extends string>(column: string, allowed: readonly T[], fallback?: T): T | undefined {
    const v = this.raw(column);
    if (v === '' && fallback !== undefined) return fallback;
    for (const a of allowed) if (a === v) return a;
    return this.fail(
      column,
      v === '' ? 'this is empty' : `"${v}" is not allowed here`,
      `write one of: ${allowed.join(', ')}`,
    );
  }

  number(column: string, opts: { required: boolean }): number | undefined {
    const v = this.raw(column);
    if (v === '')
      return opts.required ? this.fail(column, 'this is empty', 'write a number') : undefined;
    const p = numberProblem(v);
    return p ? this.fail(column, p.message, p.fix) : Number(v);
  }

  date(column: string, opts: { required: boolean }): string | undefined {
    const v = this.raw(column);
    if (v === '')
      return opts.required
        ? this.fail(column, 'the date is empty', 'write the date as yyyy-mm-dd, e.g. 2026-11-30')
        : undefined;
    return isIsoDate(v)
      ? v
      : this.fail(
          column,
          `"${v}" is not a date written yyyy-mm-dd`,
          'write the date as yyyy-mm-dd, e.g. 2026-11-30',
        );
  }

  list(column: string): string[] {
    return this.raw(column)
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }
}
