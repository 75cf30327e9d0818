import Papa from 'papaparse';
import type { Problem } from './problem';

export interface CsvRecord {
  /** 1-based line in the file where this row starts. */
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  records: CsvRecord[];
  problems: Problem[];
}

export interface CsvColumns {
  required: readonly string[];
  optional: readonly string[];
}

/** Files saved by Excel as "CSV UTF-8" start with a byte-order mark; it is not part of the first column name. */
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
    for (; at < offset && at < text.length; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
}

/**
 * Reads CSV text into rows keyed by header, checking the header against the expected columns.
 * Every cell stays a string: numbers are read strictly by each table's own rules, never guessed.
 */
export function readCsv(input: string, file: string, columns: CsvColumns): CsvTable {
  const text = stripBom(input);
  const problems: Problem[] = [];
  if (text.includes('\u0000')) {
    return {
      records: [],
      problems: [
        {
          file,
          line: 0,
          column: '',
          message: 'this is not a CSV text file (it holds binary data, perhaps an Excel workbook)',
          fix: 'in Excel use File > Save As > "CSV UTF-8 (comma delimited)"',
        },
      ],
    };
  }
  const separator = wrongSeparator(text);
  if (separator)
    return {
      records: [],
      problems: [
        {
          file,
          line: 0,
          column: '',
          message: `the columns are separated by ${separator}, not commas`,
          fix: 'in Excel use File > Save As > "CSV UTF-8 (comma delimited)"',
        },
      ],
    };
  const lineAt = lineCounter(text);
  const rows: { line: number; fields: string[] }[] = [];
  let cursor = 0;
  Papa.parse<string[]>(text, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: 'greedy',
    delimiter: ',',
    step: (result) => {
      // The row starts at the first non-newline character after the previous row ended.
      let start = cursor;
      while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
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
      rows.push({ line, fields: result.data });
    },
  });
  const head = rows.shift();
  if (!head) {
    problems.push({
      file,
      line: 0,
      column: '',
      message: 'the file is empty',
      fix: `start it with the header row: ${columns.required.join(',')}`,
    });
    return { records: [], problems };
  }
  const header = head.fields.map((h) => h.trim());
  const known = new Set([...columns.required, ...columns.optional]);
  for (const name of columns.required) {
    if (!header.includes(name)) {
      problems.push({
        file,
        line: head.line,
        column: name,
        message: `the column "${name}" is missing`,
        fix: `add a column headed "${name}" (the columns are: ${[...columns.required, ...columns.optional].join(', ')})`,
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
        fix: `delete it or correct its spelling (the columns are: ${[...columns.required, ...columns.optional].join(', ')})`,
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
  const records: CsvRecord[] = [];
  for (const row of rows) {
    if (row.fields.length !== header.length) {
      problems.push({
        file,
        line: row.line,
        column: '',
        message: `the row has ${row.fields.length} cells but the header has ${header.length}`,
        fix: 'check for a missing or extra comma, or a comma inside a cell that needs "quotes"',
      });
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      cells[name] = (row.fields[i] ?? '').trim();
    });
    records.push({ line: row.line, cells });
  }
  return { records, problems };
}
