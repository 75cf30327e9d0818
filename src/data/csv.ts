import Papa from 'papaparse';
import { fileProblem, type Problem } from './problem.ts';

export interface CsvRecord {
  /** 1-based line in the file where this row starts. */
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  records: CsvRecord[];
  problems: Problem[];
}

/** Hears how far a file has been read: rows so far, and characters read of all of them. */
export type RowProgress = (rows: number, read: number, length: number) => void;

/** How often a reader with a RowProgress says how far it has got. */
export const ROWS_PER_REPORT = 2_000;

export interface CsvColumns {
  required: readonly string[];
  optional: readonly string[];
}

/**
 * Files saved by Excel as "CSV UTF-8" start with a byte-order mark; it is not part of the first
 * column name.
 */
function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * "semicolons" or "tabs" when the header row is split by those rather than commas, as Excel saves
 * "CSV" in countries that write decimals with a comma, or as a tab-separated text file.
 */
function wrongSeparator(text: string): string | undefined {
  const end = text.search(/\r|\n/);
  const header = end < 0 ? text : text.slice(0, end);
  const count = (c: string) => header.split(c).length - 1;
  const commas = count(',');
  if (count(';') > commas) return 'semicolons';
  if (count('\t') > commas) return 'tabs';
  return undefined;
}

function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let at = 0;
  return (offset: number) => {
    // indexOf jumps from one line break to the next, rather than looking at every character.
    for (let nl = text.indexOf('\n', at); nl !== -1 && nl < offset; nl = text.indexOf('\n', at)) {
      line++;
      at = nl + 1;
    }
    if (at < offset) at = Math.min(offset, text.length);
    return line;
  };
}

/**
 * True for a row of blank cells, which is skipped (PapaParse's skipEmptyLines: 'greedy', tested
 * cell by cell: the first cell of almost every row settles it, where PapaParse joins every row).
 */
function isBlank(fields: readonly string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}

/**
 * Reads CSV text into rows keyed by header, checking the header against the expected columns.
 * Every cell stays a string: numbers are read strictly by each table's own rules, never guessed.
 */
export function readCsv(
  input: string,
  file: string,
  columns: CsvColumns,
  onRows?: RowProgress,
): CsvTable {
  const text = stripBom(input);
  const problems: Problem[] = [];
  // A workbook or a file with other separators: nothing in it can be read as this file's rows.
  const binary = text.includes('\u0000');
  const separator = binary ? undefined : wrongSeparator(text);
  const notCsv = binary
    ? 'this is not a CSV text file (it holds binary data, perhaps an Excel workbook)'
    : separator && `the columns are separated by ${separator}, not commas`;
  if (notCsv) {
    const fix = 'in Excel use File > Save As > "CSV UTF-8 (comma delimited)"';
    return { records: [], problems: [fileProblem(file, notCsv, fix)] };
  }
  const lineAt = lineCounter(text);
  // The header row, once read (an array, as it is set inside the parser's callback).
  const heads: { line: number; fields: string[] }[] = [];
  let header: string[] = [];
  const records: CsvRecord[] = [];
  // Rows of the wrong length are reported after the header's own problems, in the order of the
  // file.
  const short: Problem[] = [];
  let cursor = 0;
  Papa.parse<string[]>(text, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimiter: ',',
    step: (result) => {
      if (isBlank(result.data)) return;
      // The row starts at the first non-newline character after the previous row ended.
      let start = cursor;
      for (let ch = text.charCodeAt(start); ch === 10 || ch === 13; ch = text.charCodeAt(++start));
      const line = lineAt(start);
      cursor = result.meta.cursor;
      for (const e of result.errors) {
        const fix =
          e.code === 'MissingQuotes'
            ? 'close the quotation mark, or write "" for a quote inside a quoted cell'
            : 'check the quoting of this row';
        problems.push({
          file,
          line,
          column: '',
          message: `the row cannot be read as CSV (${e.message})`,
          fix,
        });
      }
      const fields = result.data;
      if (heads.length === 0) {
        heads.push({ line, fields });
        header = fields.map((h) => h.trim());
      } else if (fields.length !== header.length) {
        short.push({
          file,
          line,
          column: '',
          message: `the row has ${fields.length} cells but the header has ${header.length}`,
          fix: 'check for a missing or extra comma, or a comma inside a cell that needs "quotes"',
        });
      } else {
        const cells: Record<string, string> = {};
        for (let i = 0; i < header.length; i++) cells[header[i] ?? ''] = (fields[i] ?? '').trim();
        records.push({ line, cells });
        if (onRows && records.length % ROWS_PER_REPORT === 0)
          onRows(records.length, cursor, text.length);
      }
    },
  });
  const head = heads[0];
  if (!head) {
    problems.push(
      fileProblem(
        file,
        'the file is empty',
        `start it with the header row: ${columns.required.join(',')}`,
      ),
    );
    return { records: [], problems };
  }
  const known = new Set([...columns.required, ...columns.optional]);
  for (const name of columns.required) {
    if (!header.includes(name)) {
      problems.push({
        file,
        line: head.line,
        column: name,
        message: `the column "${name}" is missing`,
        fix:
          `add a column headed "${name}" (the columns are: ` +
          `${[...columns.required, ...columns.optional].join(', ')})`,
      });
    }
  }
  header.forEach((name, i) => {
    if (name === '')
      problems.push({
        file,
        line: head.line,
        column: `column ${i + 1}`,
        message: 'a column has no heading',
        fix: 'give it a heading or delete the column',
      });
    else if (!known.has(name))
      problems.push({
        file,
        line: head.line,
        column: name,
        message: `"${name}" is not a column this file may have`,
        fix:
          'delete it or correct its spelling (the columns are: ' +
          `${[...columns.required, ...columns.optional].join(', ')})`,
      });
    else if (header.indexOf(name) !== i)
      problems.push({
        file,
        line: head.line,
        column: name,
        message: `the column "${name}" appears twice`,
        fix: 'delete one of them',
      });
  });
  for (const p of short) problems.push(p);
  return { records, problems };
}
