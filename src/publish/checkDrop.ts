import { DATA_FILES } from '../data/dataset';
import { loadFolder, type ReadText } from '../data/loadFolder';
import { fileProblem, formatProblem, sortProblems, type Problem } from '../data/problem';
import { decodeUtf8 } from '../data/utf8';
import type { LoadProgress } from '../data/validate';
import type { CodeMap } from '../wide/ascofCode';
import { csvGrid, type SheetGrid } from '../wide/csvGrid';
import { importSheet } from '../wide/importSheet';
import { reportLines } from '../wide/reportLines';
import type { ImportStatus } from '../wide/sheetToLong';
import { xlsxGrid } from '../wide/xlsxGrid';
import { describeDiff } from './describeDiff';
import { scaffoldDrop, type DropFile } from './scaffoldDrop';

/** A file the officer chose, as its name and bytes (nothing is read from disk or sent anywhere). */
export interface OfficerFile {
  name: string;
  bytes: ArrayBuffer;
}

/** A report sheet to import, with what `import-wide` takes as options. */
export interface SheetRequest {
  file: OfficerFile;
  /** A workbook's sheet; undefined: the first. */
  sheet?: string | undefined;
  map?: OfficerFile | undefined;
  source: string;
  /** undefined: the authority in site.json. */
  area?: string | undefined;
  status: ImportStatus;
  note: string;
}

/** A new drop as the officer gives it on the Publish page. */
export interface DropRequest {
  drop: string;
  /** The day the drop is started (new-drop's "today"), yyyy-mm-dd. */
  today: string;
  values?: OfficerFile | undefined;
  commentary?: OfficerFile | undefined;
  sheet?: SheetRequest | undefined;
}

export interface DropCheck {
  /**
   * Every problem, `file:line: column: what is wrong — how to fix it`; none means the drop passes.
   */
  problems: string[];
  /** What the import read and left out, when a sheet was given. */
  report: string[];
  /**
   * What the drop changes against the drops before it (`check-data --diff`); '' while problems
   * remain.
   */
  diff: string;
  /**
   * The files new-drop and import-wide would write, relative to the data folder; [] while problems
   * remain.
   */
  files: DropFile[];
}

/** The data folder's name in messages, as check-data and import-wide name it by default. */
const DIR = 'data';

/** The file's text; a problem names `name` (its place in the data folder, or its own name). */
function text(file: OfficerFile, problems: Problem[], name = file.name): string {
  const decoded = decodeUtf8(new Uint8Array(file.bytes), name);
  problems.push(...decoded.problems);
  return decoded.text;
}

async function readGrid(s: SheetRequest, problems: Problem[]): Promise<SheetGrid> {
  if (/\.xlsx$/i.test(s.file.name)) return xlsxGrid(s.file.bytes, s.file.name, s.sheet);
  if (s.sheet !== undefined)
    problems.push(
      fileProblem(
        s.file.name,
        'a sheet name was given for a CSV file, which has only one sheet',
        'leave the sheet name empty, or choose the .xlsx workbook',
      ),
    );
  return csvGrid(text(s.file, problems), s.file.name);
}

/**
 * The publish check on a new drop without a terminal: what `new-drop`, then `import-wide` (if a
 * sheet is given) and `check-data --diff` do on a data folder, done on the published folder read
 * through `read` with the officer's files laid over it. The same functions as the command line, so
 * the two can never disagree.
 */
export async function checkDrop(
  read: ReadText,
  req: DropRequest,
  codes: CodeMap,
  step: (what: string) => void = () => undefined,
  onLoad?: (p: LoadProgress) => void,
): Promise<DropCheck> {
  const refused = (problems: string[], report: string[] = []): DropCheck => ({
    problems,
    report,
    diff: '',
    files: [],
  });
  const scaffold = scaffoldDrop(req.drop, req.today, DIR, await read(DATA_FILES.drops));
  if (!scaffold.ok) return refused([`The drop's name: ${scaffold.message}`]);
  const files = new Map(scaffold.files.map((f) => [f.path, f.text]));
  const problems: Problem[] = [];
  const valuesPath = DATA_FILES.values(req.drop);
  if (req.values) files.set(valuesPath, text(req.values, problems, valuesPath));
  const commentaryPath = DATA_FILES.commentary(req.drop);
  if (req.commentary) files.set(commentaryPath, text(req.commentary, problems, commentaryPath));
  const overlay: ReadText = (path) => {
    const own = files.get(path);
    return own === undefined ? read(path) : Promise.resolve(own);
  };

  let report: string[] = [];
  let importProblems: string[] = [];
  if (req.sheet) {
    step(`Reading ${req.sheet.file.name}`);
    const s = req.sheet;
    const readProblems: Problem[] = [];
    const grid = await readGrid(s, readProblems);
    const mapText = s.map ? text(s.map, readProblems) : undefined;
    const imported = await importSheet({
      read: overlay,
      dir: DIR,
      grid,
      file: s.file.name,
      sheetName: `${s.file.name}${s.sheet === undefined ? '' : `, sheet "${s.sheet}"`}`,
      map: s.map ? { file: s.map.name, text: mapText } : undefined,
      readProblems,
      codes,
      drop: req.drop,
      source: s.source,
      area: s.area,
      status: s.status,
      note: s.note,
    });
    report = imported.report ? reportLines(imported.report, s.file.name) : [];
    if (imported.values === undefined) importProblems = imported.problems;
    else files.set(valuesPath, imported.values);
  }

  step('Checking the whole data folder with the new drop');
  const { data, problems: found } = await loadFolder(overlay, {
    today: req.today,
    onProgress: onLoad,
  });
  // A refused import has checked the drop's values.csv itself; the folder check adds every other
  // file.
  const checked = importProblems.length > 0 ? found.filter((p) => p.file !== valuesPath) : found;
  const all = [
    ...importProblems,
    ...sortProblems([...problems, ...checked]).map((p) => `${DIR}/${formatProblem(p)}`),
  ];
  if (all.length > 0 || !data) return refused([...new Set(all)], report);
  step('Working out what the drop changes');
  return {
    problems: [],
    report,
    diff: describeDiff(data, req.drop).trim(),
    files: scaffold.files.map((f) => ({ path: f.path, text: files.get(f.path) ?? f.text })),
  };
}
