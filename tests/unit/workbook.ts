import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import writeExcelFile from 'write-excel-file/node';

type Cell = { value: string } | { value: number; type: NumberConstructor; format?: string } | null;

/**
 * Saves a CSV sheet as an .xlsx workbook, as a test helper: plain numbers become number cells and
 * everything else text, so the workbook shows what the CSV says. Numbers on `percentLines` are
 * stored the way Excel stores a typed percentage: a fraction formatted `0.0%`.
 */
export async function csvToWorkbook(
  csv: string,
  out: string,
  sheet: string,
  options: { percentLines?: number[] } = {},
): Promise<void> {
  const rows = Papa.parse<string[]>(readFileSync(csv, 'utf8'), { skipEmptyLines: 'greedy' }).data;
  const data = rows.map((row, i) =>
    row.map((text): Cell => {
      if (text === '') return null;
      if (!/^-?\d+(\.\d+)?$/.test(text)) return { value: text };
      if (!options.percentLines?.includes(i + 1)) return { value: Number(text), type: Number };
      return { value: Number(text) / 100, type: Number, format: '0.0%' };
    }),
  );
  await writeExcelFile(data, { sheet }).toFile(out);
}
