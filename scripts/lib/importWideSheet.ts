import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DATA_FILES } from '../../src/data/dataset';
import { loadFolder, type ReadText } from '../../src/data/loadFolder';
import { parsePeriod } from '../../src/data/period';
import { formatProblem, sortProblems, type Problem } from '../../src/data/problem';
import { dropIdProblem, headerRow, parseValues } from '../../src/data/tables';
import type { Observation } from '../../src/data/types';
import { parseCodeMap } from '../../src/wide/ascofCode';
import { csvGrid, type SheetGrid } from '../../src/wide/csvGrid';
import { parseMeasureMap } from '../../src/wide/measureMap';
import {
  sheetToLong,
  type ImportStatus,
  type LongRow,
  type SheetResult,
} from '../../src/wide/sheetToLong';
import { xlsxGrid } from '../../src/wide/xlsxGrid';
import { appendCsv } from './appendCsv';
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

export interface ImportWideResult {
  /** Every problem, formatted `path:line: column: what is wrong — how to fix it`. If there is any, nothing was written. */
  problems: string[];
  rows: LongRow[];
  /** The values.csv the rows were (or would have been) added to, under the data folder as given. */
  target: string;
  /** What was left out or how rows were read, for the officer to look over. */
  report: Omit<SheetResult, 'rows' | 'problems'> | undefined;
}

/** The files a drop cannot be imported into until they are right: the catalogue and lists the sheet is checked against. */
const CORE = new Set<string>([
  DATA_FILES.site,
  DATA_FILES.metrics,
  DATA_FILES.areas,
  DATA_FILES.sources,
  DATA_FILES.drops,
]);

/** Reads one file outside the data folder, with the same UTF-8 check; problems name the path as given. */
async function readOutside(path: string, problems: Problem[]): Promise<string | undefined> {
  const found: Problem[] = [];
  const text = await folderReader(dirname(resolve(path)), found)(basename(path));
  problems.push(...found.map((p) => ({ ...p, file: path })));
  if (text === undefined)
    problems.push({
      file: path,
      line: 0,
      column: '',
      message: 'there is no such file',
      fix: 'check the path and the file name',
    });
  return text;
}

/** The last day of the quarter a drop (already checked to be named like 2025-26-Q2) reports. */
function dropEnd(drop: string): string {
  const p = parsePeriod(drop.replace(/-Q([1-4])$/, ' Q$1'));
  return p.ok ? p.period.end : '9999-12-31';
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
 * Converts a wide sheet and adds its figures to a drop's values.csv. Checks everything first (the
 * sheet, the map, the options and, with the publish check's own rules, the new figures) and writes
 * nothing if anything is wrong.
 */
export async function importWideSheet(o: ImportWideOptions): Promise<ImportWideResult> {
  const dir = o.dataDir.replace(/\/$/, '');
  const relTarget = DATA_FILES.values(o.drop);
  const target = `${dir}/${relTarget}`;
  const usage: string[] = [];
  const idProblem = dropIdProblem(o.drop);
  if (idProblem)
    return {
      problems: [
        `--drop: ${idProblem} — give the name of a drop listed in ${dir}/${DATA_FILES.drops}`,
      ],
      rows: [],
      target,
      report: undefined,
    };

  const read = folderReader(resolve(o.dataDir), []);
  const before = await loadFolder(read);
  const data = before.data;
  const core = sortProblems(before.problems.filter((p) => CORE.has(p.file)));
  if (core.length > 0 || !data)
    return {
      problems: core.map((p) => `${dir}/${formatProblem(p)}`),
      rows: [],
      target,
      report: undefined,
    };

  if (!data.drops.some((d) => d.id === o.drop))
    usage.push(
      `--drop: ${dir}/${DATA_FILES.drops} does not list the drop ${o.drop} — start it first with: npm run new-drop -- ${o.drop} ${dir}`,
    );
  const area = o.area ?? data.site.authority.code;
  if (!data.areas.some((a) => a.code === area))
    usage.push(
      `--area: "${area}" is not an area in ${dir}/${DATA_FILES.areas} — give the ONS code of an area listed there`,
    );
  if (!data.sources.some((s) => s.id === o.source))
    usage.push(
      `--source: "${o.source}" is not a source in ${dir}/${DATA_FILES.sources} — give the id of a publication listed there, or add it`,
    );

  const problems: Problem[] = [];
  let map: Map<string, string> | undefined;
  if (o.map !== undefined) {
    const text = await readOutside(o.map, problems);
    if (text !== undefined) {
      const parsed = parseMeasureMap(text, o.map, data.metrics);
      problems.push(...parsed.problems);
      map = parsed.map;
    }
  }
  const existingText = await read(relTarget);
  let existing: Observation[] = [];
  if (existingText !== undefined) {
    const parsed = parseValues(existingText, target, o.drop);
    problems.push(...parsed.problems);
    existing = parsed.rows;
  }
  const grid = await readSheetGrid(o.wide, o.sheet, problems);
  const converted = grid
    ? sheetToLong({
        grid,
        file: o.wide,
        sheetName: `${basename(o.wide)}${o.sheet === undefined ? '' : `, sheet "${o.sheet}"`}`,
        metrics: data.metrics,
        codes: parseCodeMap(readFileSync(CODE_MAP, 'utf8')),
        map,
        mapFile: o.map,
        area,
        source: o.source,
        status: o.status ?? 'final',
        note: o.note ?? '',
        drop: o.drop,
        dropEnd: dropEnd(o.drop),
        existing,
        existingFile: target,
      })
    : undefined;
  const rows = converted?.rows ?? [];
  problems.push(...(converted?.problems ?? []));
  if (converted && converted.problems.length === 0 && rows.length === 0) {
    problems.push({
      file: o.wide,
      line: 0,
      column: '',
      message: 'the sheet has no figures to import',
      fix: 'fill in the cells under the period columns',
    });
  }
  const report = converted && {
    ignoredColumns: converted.ignoredColumns,
    leftOut: converted.leftOut,
    skipped: converted.skipped,
    identified: converted.identified,
  };

  const records = rows.map((r) => ({
    metric: r.metric,
    area: r.area,
    period: r.period,
    value: r.value,
    status: r.status,
    source: r.source,
    note: r.note,
    source_ref: r.source_ref,
  }));
  const appended = appendCsv(existingText, headerRow('values'), records);
  if (!appended.columns.includes('status') && rows.some((r) => r.status === 'suppressed')) {
    problems.push({
      file: target,
      line: 1,
      column: 'status',
      message: 'the file has no status column, which suppressed figures need',
      fix: 'add a column headed "status" to the header row',
    });
  }
  problems.push(...(await publishProblems(o.dataDir, relTarget, appended, rows, o.wide)));

  const all = [...usage, ...sortProblems(problems).map(formatProblem)];
  if (all.length > 0) return { problems: all, rows, target, report };
  const path = join(resolve(o.dataDir), relTarget);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, appended.text);
  return { problems: [], rows, target, report };
}

/**
 * Runs the publish check on the folder as it would be after the import, and points each problem
 * with a new figure back at its cell of the sheet. Area and source problems are left out: the
 * options were checked once above rather than once per figure.
 */
async function publishProblems(
  dataDir: string,
  relTarget: string,
  appended: { text: string; firstLine: number },
  rows: LongRow[],
  wide: string,
): Promise<Problem[]> {
  if (rows.length === 0) return [];
  const read = folderReader(resolve(dataDir), []);
  const overlay: ReadText = (path) =>
    path === relTarget ? Promise.resolve(appended.text) : read(path);
  const after = await loadFolder(overlay);
  const found: Problem[] = [];
  for (const p of after.problems) {
    const row = p.file === relTarget ? rows[p.line - appended.firstLine] : undefined;
    if (row && p.column !== 'area' && p.column !== 'source')
      found.push({ ...p, file: wide, line: row.line, column: row.column });
  }
  return found;
}
