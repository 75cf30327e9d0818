import { Cells } from './cells.ts';
import { readCsv, type RowProgress } from './csv.ts';
import { parsePeriod } from './period.ts';
import type { Problem } from './problem.ts';
import type { Period } from './types.ts';

/** What is wrong with a cell and how to fix it. */
export interface Issue {
  message: string;
  fix: string;
}

/**
 * One column of a data file: whether its heading must be in the header, how a cell is read (a
 * problem is recorded and undefined returned when it does not fit), and whether a row whose cell
 * does not read is left out (`needed`) or kept with the cell undefined.
 */
export interface Column<T, Needed extends boolean> {
  header: 'required' | 'optional';
  needed: Needed;
  read: (c: Cells, column: string) => T | undefined;
}

type AnyColumn = Column<unknown, boolean>;
export type Columns = Record<string, AnyColumn>;

/** The cells of a row that read: needed ones are always there. */
export type Complete<S extends Columns> = {
  [K in keyof S]: S[K] extends Column<infer T, true> ? T : ReturnType<S[K]['read']>;
};
/** The cells of any row, as read: each may be undefined. */
export type Loose<S extends Columns> = { [K in keyof S]: ReturnType<S[K]['read']> };

/**
 * A data file's schema: its columns, the column whose value must be unique, and how a row is made.
 */
export interface TableSpec<S extends Columns, T, X = undefined> {
  columns: S;
  /** A column whose value may appear once in the file, and what it names ("measure"). */
  unique?: { column: keyof S & string; what: string };
  /** Checks between cells, for every row, whether or not all its needed cells read. */
  check?: (cells: Loose<S>, c: Cells) => void;
  /** The typed row, from a row whose needed cells all read; undefined leaves it out. */
  row: (cells: Complete<S>, line: number, extra: X) => T | undefined;
}

export interface Parsed<T> {
  rows: T[];
  problems: Problem[];
}

/**
 * The header a table's schema asks for: required columns, then optional ones, in declared order.
 */
export function headerOf<S extends Columns>(
  columns: S,
): { required: (keyof S & string)[]; optional: (keyof S & string)[] } {
  const names = Object.keys(columns).filter((n): n is keyof S & string => n in columns);
  return {
    required: names.filter((n) => columns[n]?.header === 'required'),
    optional: names.filter((n) => columns[n]?.header === 'optional'),
  };
}

function complete<S extends Columns>(columns: S, cells: Loose<S>): cells is Loose<S> & Complete<S> {
  for (const name in columns) if (columns[name]?.needed && cells[name] === undefined) return false;
  return true;
}

/** The one parse loop: reads a CSV file against its schema, collecting every problem at once. */
export function parseTable<S extends Columns, T, X>(
  spec: TableSpec<S, T, X>,
  text: string,
  file: string,
  extra: X,
  onRows?: RowProgress,
): Parsed<T> {
  const { records, problems } = readCsv(text, file, headerOf(spec.columns), onRows);
  const rows: T[] = [];
  const seen = new Map<string, number>();
  const names = Object.keys(spec.columns);
  const reader = new Cells(file, problems);
  for (const record of records) {
    const c = reader.at(record);
    const cells: Record<string, unknown> = {};
    for (const name of names) cells[name] = spec.columns[name]?.read(c, name);
    if (spec.unique) duplicate(spec.unique, cells[spec.unique.column], record.line, c, seen);
    if (!isLoose(spec.columns, cells)) continue;
    spec.check?.(cells, c);
    if (!complete(spec.columns, cells)) continue;
    const row = spec.row(cells, record.line, extra);
    if (row !== undefined) rows.push(row);
  }
  return { rows, problems };
}

// Every cell was read by its own column's reader just above, so each has that reader's type.
function isLoose<S extends Columns>(columns: S, cells: Record<string, unknown>): cells is Loose<S> {
  for (const name in columns) if (!(name in cells)) return false;
  return true;
}

function duplicate(
  unique: { column: string; what: string },
  value: unknown,
  line: number,
  c: Cells,
  seen: Map<string, number>,
): void {
  if (typeof value !== 'string') return;
  const first = seen.get(value);
  if (first === undefined) seen.set(value, line);
  else
    c.fail(
      unique.column,
      `the ${unique.what} "${value}" is already listed on line ${first}`,
      'delete one of the two rows',
    );
}

/** A cell check that reports a problem; with `reject` the row is left out as well. */
interface CheckOptions<T> {
  check?: (value: T) => Issue | undefined;
  reject?: boolean;
}

function checked<T>(
  c: Cells,
  column: string,
  value: T | undefined,
  o: CheckOptions<T>,
): T | undefined {
  if (value === undefined || !o.check) return value;
  const issue = o.check(value);
  if (!issue) return value;
  c.fail(column, issue.message, issue.fix);
  return o.reject ? undefined : value;
}

/** Text that must be filled in; `what` names it in the problem ("the measure id is empty"). */
export function required(what: string, o: CheckOptions<string> = {}): Column<string, true> {
  return {
    header: 'required',
    needed: true,
    read: (c, column) => checked(c, column, c.required(column, what), o),
  };
}

/** Optional text: empty when left blank. */
export function text(o: CheckOptions<string> = {}): Column<string, true> {
  return {
    header: 'optional',
    needed: true,
    read: (c, column) => {
      const v = c.text(column);
      return v === '' ? v : (checked(c, column, v, o) ?? v);
    },
  };
}

/** Optional list of ids separated by semicolons. */
export function list(): Column<string[], true> {
  return { header: 'optional', needed: true, read: (c, column) => c.list(column) };
}

/** One of a fixed set of words; with a fallback the column is optional and a blank means it. */
export function oneOf<T extends string>(allowed: readonly T[], fallback?: T): Column<T, true> {
  return {
    header: fallback === undefined ? 'required' : 'optional',
    needed: true,
    read: (c, column) => c.oneOf(column, allowed, fallback),
  };
}

/** Optionally one of a fixed set of words: blank is undefined, anything else must be allowed. */
export function maybeOneOf<T extends string>(allowed: readonly T[]): Column<T, false> {
  return {
    header: 'optional',
    needed: false,
    read: (c, column) => (c.text(column) === '' ? undefined : c.oneOf(column, allowed)),
  };
}

/** A number that must be filled in. */
export function number(o: CheckOptions<number> = {}): Column<number, true> {
  return {
    header: 'required',
    needed: true,
    read: (c, column) => checked(c, column, c.number(column, { required: true }), o),
  };
}

/** A number that may be blank; `header` says whether its heading must be there all the same. */
export function maybeNumber(header: 'required' | 'optional' = 'optional'): Column<number, false> {
  return { header, needed: false, read: (c, column) => c.number(column, { required: false }) };
}

/** A date written yyyy-mm-dd that must be filled in. */
export function date(): Column<string, true> {
  return {
    header: 'required',
    needed: true,
    read: (c, column) => c.date(column, { required: true }),
  };
}

/** A date written yyyy-mm-dd, or blank. */
export function maybeDate(): Column<string, false> {
  return {
    header: 'optional',
    needed: false,
    read: (c, column) => c.date(column, { required: false }),
  };
}

/** A period label (see period.ts); `fix` says what to write. Optional periods may be blank. */
export function period(fix: string): Column<Period, true> {
  return {
    header: 'required',
    needed: true,
    read: (c, column) => readPeriod(c, column, c.required(column, 'period'), fix),
  };
}

export function maybePeriod(fix: string): Column<Period, false> {
  return {
    header: 'optional',
    needed: false,
    read: (c, column) => {
      const v = c.text(column);
      return v === '' ? undefined : readPeriod(c, column, v, fix);
    },
  };
}

function readPeriod(
  c: Cells,
  column: string,
  label: string | undefined,
  fix: string,
): Period | undefined {
  if (label === undefined) return undefined;
  const p = parsePeriod(label);
  return p.ok ? p.period : c.fail(column, p.message, fix);
}

/** A column read by its own rule (for example several words joined by +). */
export function custom<T>(header: 'required' | 'optional', read: Column<T, true>['read']) {
  return { header, needed: true, read } satisfies Column<T, true>;
}

/** A table's schema, with its column types inferred from the declaration. */
export function table<S extends Columns, T, X = undefined>(
  spec: TableSpec<S, T, X>,
): TableSpec<S, T, X> {
  return spec;
}
