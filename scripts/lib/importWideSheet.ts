import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DATA_FILES } from '../../src/data/dataset';
import { fileProblem, type Problem } from '../../src/data/problem';
import { parseCodeMap } from '../../src/wide/ascofCode';
import { csvGrid, type SheetGrid } from '../../src/wide/csvGrid';
import { importSheet, type SheetImportResult } from '../../src/wide/importSheet';
import type { ImportStatus } from '../../src/wide/sheetToLong';
import { xlsxGrid } from '../../src/wide/xlsxGrid';
import { folderReader } from './readFolder';

/** ASCOF codes in both numberings → the catalogue's measure ids (scripts/import/national). */
const CODE_MAP = join(import.meta.dirname, '..', 'import', 'national', 'code-map.csv');

export interface ImportWideOptions {
  /** Paths as the officer typed them: messages repeat them so the officer recognises them. */
  wide: string;
  dataDir: string;
  map: string | undefined;
  drop: string;
  source: string;
  /** undefined: the authority in site.json. */
  area: string | undefined;
  /** The status every figure gets (a suppressed cell stays suppressed); default final. */
  status?: ImportStatus;
  /** A public note written on every figure. */
  note?: string;
  /** For a workbook: the sheet to read; default the first. */
  sheet?: string | undefined;
}

/** What the import did; if `problems` has any, nothing was written. */
export type ImportWideResult = Omit<SheetImportResult, 'values'>;

/**
 * Reads one file outside the data folder, with the same UTF-8 check; problems name the path as
 * given.
 */
async function readOutside(path: string, problems: Problem[]): Promise<string | undefined> {
  const found: Problem[] = [];
  const text = await folderReader(dirname(resolve(path)), found)(basename(path));
  problems.push(...found.map((p) => ({ ...p, file: path })));
  if (text === undefined)
    problems.push(fileProblem(path, 'there is no such file', 'check the path and the file name'));
  return text;
}

/** Reads the sheet: a workbook (.xlsx) through its sheet, anything else as CSV text. */
async function readSheetGrid(
  path: string,
  sheet: string | undefined,
  problems: Problem[],
): Promise<SheetGrid | undefined> {
  if (!/\.xlsx$/i.test(path)) {
    const text = await readOutside(path, problems);
    return text === undefined ? undefined : csvGrid(text, path);
  }
  if (!existsSync(path) || !statSync(path).isFile()) {
    await readOutside(path, problems);
    return undefined;
  }
  const bytes = readFileSync(path);
  return xlsxGrid(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    path,
    sheet,
  );
}

/**
 * Converts a wide sheet on disk and adds its figures to a drop's values.csv
 * (src/wide/importSheet.ts does the work). Writes nothing if anything is wrong.
 */
export async function importWideSheet(o: ImportWideOptions): Promise<ImportWideResult> {
  const readProblems: Problem[] = [];
  const mapText = o.map === undefined ? undefined : await readOutside(o.map, readProblems);
  const grid = await readSheetGrid(o.wide, o.sheet, readProblems);
  const { values, ...result } = await importSheet({
    read: folderReader(resolve(o.dataDir), []),
    dir: o.dataDir.replace(/\/$/, ''),
    grid,
    file: o.wide,
    sheetName: `${basename(o.wide)}${o.sheet === undefined ? '' : `, sheet "${o.sheet}"`}`,
    map: o.map === undefined ? undefined : { file: o.map, text: mapText },
    readProblems,
    codes: parseCodeMap(readFileSync(CODE_MAP, 'utf8')),
    drop: o.drop,
    source: o.source,
    area: o.area,
    status: o.status ?? 'final',
    note: o.note ?? '',
  });
  if (values !== undefined) {
    const path = join(resolve(o.dataDir), DATA_FILES.values(o.drop));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, values);
  }
  return result;
}
