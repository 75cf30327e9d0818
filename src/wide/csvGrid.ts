import Papa from 'papaparse';
import { fileProblem, type Problem } from '../data/problem';

/** One row of a sheet as text cells, with its line (CSV) or row number (Excel). */
export interface GridRow {
  line: number;
  cells: string[];
  /**
   * Workbooks only: which cells were stored as numbers (a percentage may be stored as a fraction).
   */
  numbers?: boolean[];
}

export interface SheetGrid {
  rows: GridRow[];
  problems: Problem[];
}

/**
 * Reads CSV text into rows of cells, keeping each row's line so problems can point at it. Blank
 * rows are dropped; nothing is read as a number here.
 */
export function csvGrid(input: string, file: string): SheetGrid {
  const text = input.replace(/^\uFEFF/, '');
  const problems: Problem[] = [];
  if (text.includes('\u0000'))
    return {
      rows: [],
      problems: [
        fileProblem(
          file,
          'this is not a CSV text file (perhaps an Excel workbook with another name)',
          'give a file ending .xlsx for a workbook, or save the sheet as "CSV UTF-8"',
        ),
      ],
    };
  const rows: GridRow[] = [];
  let line = 1;
  let at = 0;
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
      for (; at < start; at++) if (text.charCodeAt(at) === 10) line++;
      cursor = result.meta.cursor;
      for (const e of result.errors)
        problems.push({
          file,
          line,
          column: '',
          message: `the row cannot be read as CSV (${e.message})`,
          fix: 'close the quotation mark, or write "" for a quote inside a quoted cell',
        });
      rows.push({ line, cells: result.data.map((c) => c.trim()) });
    },
  });
  return { rows, problems };
}
