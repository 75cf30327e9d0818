import { readSheet } from 'read-excel-file/universal';
import { monthAbbreviation } from '../data/period';
import { fileProblem } from '../data/problem';
import type { SheetGrid } from './csvGrid';

/**
 * A cell as the text the importer reads. Numbers keep 15 significant digits (what Excel itself
 * keeps), so 84.30000000000001 is 84.3. A date on the first of a month is that month ("Jun-22", as
 * Excel shows a month heading); any other date is yyyy-mm-dd.
 */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const iso = value.toISOString().slice(0, 10);
    const day = value.getUTCDate();
    const month = monthAbbreviation(value.getUTCMonth() + 1);
    return day === 1 ? `${month}-${String(value.getUTCFullYear()).slice(2)}` : iso;
  }
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  return '';
}

/**
 * Reads one sheet of an .xlsx workbook (the first, or the one named) into rows of text cells,
 * numbered as Excel numbers its rows. Works on bytes, so the browser can use it as well as Node.
 */
export async function xlsxGrid(
  bytes: ArrayBuffer,
  file: string,
  sheet: string | undefined,
): Promise<SheetGrid> {
  const fail = (message: string, fix: string): SheetGrid => ({
    rows: [],
    problems: [fileProblem(file, message, fix)],
  });
  let data: unknown[][];
  try {
    data = sheet === undefined ? await readSheet(bytes) : await readSheet(bytes, sheet);
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    if (error.name === 'SheetNotFoundError')
      return fail(
        `the workbook has no sheet called "${sheet ?? ''}" ` +
          `(${error.message.replace(/^.*Available sheets: /, 'its sheets are: ')})`,
        'give --sheet the name of the sheet as it is on its tab',
      );
    return fail(
      `this is not an Excel workbook that can be read (${error.message})`,
      'save it from Excel as "Excel Workbook (.xlsx)", or as "CSV UTF-8" and import the .csv',
    );
  }
  const rows = data
    .map((row, i) => ({
      line: i + 1,
      cells: row.map(cellText),
      numbers: row.map((c) => typeof c === 'number'),
    }))
    .filter((row) => row.cells.some((c) => c !== ''));
  return { rows, problems: [] };
}
