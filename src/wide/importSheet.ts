import { append } from '../data/append';
import { appendCsv } from '../data/appendCsv';
import { DATA_FILES } from '../data/dataset';
import { loadFolder, type ReadText } from '../data/loadFolder';
import { parsePeriod } from '../data/period';
import { fileProblem, formatProblem, sortProblems, type Problem } from '../data/problem';
import { dropIdProblem, headerRow, parseValues } from '../data/tables';
import type { Observation } from '../data/types';
import type { CodeMap } from './ascofCode';
import type { SheetGrid } from './csvGrid';
import { parseMeasureMap } from './measureMap';
import type { SheetReport } from './reportLines';
import { sheetToLong, type ImportStatus, type LongRow } from './sheetToLong';

/**
 * `import-wide` without files: a report sheet already read into rows, checked against a data folder
 * read through a ReadText. The command line reads the sheet and the folder from disk and writes the
 * result; the Publish page reads them from the officer's files and the published site, in memory.
 */
export interface SheetImport {
  /** The data folder the figures go into. */
  read: ReadText;
  /** The data folder's name in messages, as the officer typed it (`data`). */
  dir: string;
  /** The sheet as rows, or undefined when it could not be read (see `readProblems`). */
  grid: SheetGrid | undefined;
  /** The sheet's path or name as the officer gave it: problems name it. */
  file: string;
  /** How source_ref names the sheet, e.g. `report.xlsx, sheet "Appendix A"`. */
  sheetName: string;
  /** The map file, if any: its name as given and its text (undefined when it could not be read). */
  map: { file: string; text: string | undefined } | undefined;
  /** Problems met reading the sheet or the map file. */
  readProblems: Problem[];
  /** ASCOF codes in both numberings (scripts/import/national/code-map.csv). */
  codes: CodeMap;
  drop: string;
  source: string;
  /** undefined: the authority in site.json. */
  area: string | undefined;
  /** The status every figure gets (a suppressed cell stays suppressed). */
  status: ImportStatus;
  /** A public note written on every figure. */
  note: string;
}

export interface SheetImportResult {
  /** Every problem, formatted `path:line: column: what is wrong — how to fix it`. */
  problems: string[];
  rows: LongRow[];
  /** The values.csv the rows go to, under the data folder as named. */
  target: string;
  /** What was left out or how rows were read, for the officer to look over. */
  report: SheetReport | undefined;
  /** The drop's values.csv with the rows added; undefined while any problem remains. */
  values: string | undefined;
}

/**
 * The files a drop cannot be imported into until they are right: the catalogue and lists the sheet
 * is checked against.
 */
const CORE = new Set<string>([
  DATA_FILES.site,
  DATA_FILES.metrics,
  DATA_FILES.areas,
  DATA_FILES.sources,
  DATA_FILES.drops,
]);

/** The last day of the quarter a drop (already checked to be named like 2025-26-Q2) reports. */
function dropEnd(drop: string): string {
  const p = parsePeriod(drop.replace(/-Q([1-4])$/, ' Q$1'));
  return p.ok ? p.period.end : '9999-12-31';
}

/**
 * Converts a report sheet into a drop's values.csv. Checks everything first (the sheet, the map,
 * the options and, with the publish check's own rules, the new figures) and gives the file only
 * when nothing is wrong.
 */
export async function importSheet(o: SheetImport): Promise<SheetImportResult> {
  const { dir } = o;
  const relTarget = DATA_FILES.values(o.drop);
  const target = `${dir}/${relTarget}`;
  const refused = (problems: string[]): SheetImportResult => ({
    problems,
    rows: [],
    target,
    report: undefined,
    values: undefined,
  });
  const idProblem = dropIdProblem(o.drop);
  if (idProblem)
    return refused([
      `--drop: ${idProblem} — give the name of a drop listed in ${dir}/${DATA_FILES.drops}`,
    ]);

  const before = await loadFolder(o.read);
  const data = before.data;
  const core = sortProblems(before.problems.filter((p) => CORE.has(p.file)));
  if (core.length > 0 || !data) return refused(core.map((p) => `${dir}/${formatProblem(p)}`));

  const usage: string[] = [];
  if (!data.drops.some((d) => d.id === o.drop))
    usage.push(
      `--drop: ${dir}/${DATA_FILES.drops} does not list the drop ${o.drop} — start it ` +
        `first with: npm run new-drop -- ${o.drop} ${dir}`,
    );
  const area = o.area ?? data.site.authority.code;
  if (!data.areas.some((a) => a.code === area))
    usage.push(
      `--area: "${area}" is not an area in ${dir}/${DATA_FILES.areas} — give the ONS code ` +
        'of an area listed there',
    );
  if (!data.sources.some((s) => s.id === o.source))
    usage.push(
      `--source: "${o.source}" is not a source in ${dir}/${DATA_FILES.sources} — give the ` +
        'id of a publication listed there, or add it',
    );

  const problems: Problem[] = [...o.readProblems];
  let map: Map<string, string> | undefined;
  if (o.map?.text !== undefined) {
    const parsed = parseMeasureMap(o.map.text, o.map.file, data.metrics);
    append(problems, parsed.problems);
    map = parsed.map;
  }
  const existingText = await o.read(relTarget);
  let existing: Observation[] = [];
  if (existingText !== undefined) {
    const parsed = parseValues(existingText, target, o.drop);
    append(problems, parsed.problems);
    existing = parsed.rows;
  }
  const converted = o.grid
    ? sheetToLong({
        grid: o.grid,
        file: o.file,
        sheetName: o.sheetName,
        metrics: data.metrics,
        codes: o.codes,
        map,
        mapFile: o.map?.file,
        area,
        source: o.source,
        status: o.status,
        note: o.note,
        drop: o.drop,
        dropEnd: dropEnd(o.drop),
        existing,
        existingFile: target,
      })
    : undefined;
  const rows = converted?.rows ?? [];
  append(problems, converted?.problems ?? []);
  if (converted && converted.problems.length === 0 && rows.length === 0) {
    problems.push(
      fileProblem(
        o.file,
        'the sheet has no figures to import',
        'fill in the cells under the period columns',
      ),
    );
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
  append(problems, await publishProblems(o.read, relTarget, appended, rows, o.file));

  const all = [...usage, ...sortProblems(problems).map(formatProblem)];
  if (all.length > 0) return { problems: all, rows, target, report, values: undefined };
  return { problems: [], rows, target, report, values: appended.text };
}

/**
 * Runs the publish check on the folder as it would be after the import, and points each problem
 * with a new figure back at its cell of the sheet. Area and source problems are left out: the
 * options were checked once above rather than once per figure.
 */
async function publishProblems(
  read: ReadText,
  relTarget: string,
  appended: { text: string; firstLine: number },
  rows: LongRow[],
  wide: string,
): Promise<Problem[]> {
  if (rows.length === 0) return [];
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
