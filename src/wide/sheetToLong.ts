import { sortProblems, type Problem } from '../data/problem';
import type { Metric, Observation, Period } from '../data/types';
import { RENUMBERED_FROM, type CodeMap } from './ascofCode';
import type { GridRow, SheetGrid } from './csvGrid';
import { identifyRow } from './identifyRow';
import { land } from './landing';
import type { MeasureMap } from './measureMap';
import { readHeading } from './periodHeading';
import { readSheetCell } from './sheetCell';

export const IMPORT_STATUSES = ['final', 'provisional', 'estimated'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** One long row made from one cell of the sheet, with the cell it came from. */
export interface LongRow {
  metric: string;
  area: string;
  period: string;
  value: string;
  status: ImportStatus | 'suppressed';
  source: string;
  note: string;
  source_ref: string;
  /** Line of the sheet (Excel's row number for a workbook) and the heading of the cell's column. */
  line: number;
  column: string;
}

export interface SheetInput {
  grid: SheetGrid;
  /** The sheet's path as the officer gave it: every problem names it. */
  file: string;
  /** How source_ref names the sheet, e.g. `report.xlsx, sheet "Appendix A"`. */
  sheetName: string;
  metrics: readonly Metric[];
  codes: CodeMap;
  map: MeasureMap | undefined;
  mapFile: string | undefined;
  area: string;
  source: string;
  status: ImportStatus;
  note: string;
  /** The drop the figures go to, and the last day of the quarter it reports. */
  drop: string;
  dropEnd: string;
  /** Rows already in the target drop, and that file's path for messages. */
  existing: readonly Observation[];
  existingFile: string;
}

export interface SheetResult {
  rows: LongRow[];
  problems: Problem[];
  /** Columns of words (description, aim, notes…) that were left out. */
  ignoredColumns: string[];
  /** Cells of words under a period ("N/A", "Survey results due May 2023"), left out. */
  leftOut: { line: number; column: string; text: string }[];
  /** Rows the map says to leave out. */
  skipped: { line: number; name: string }[];
  /** How each row with figures was identified. */
  identified: { line: number; name: string; metric: string; via: string }[];
}

interface PeriodColumn {
  index: number;
  heading: string;
  period: Period;
}

const lower = (cells: string[]) => cells.map((c) => c.toLowerCase()).join('\u0001');
const fyStart = (p: Period) =>
  Number(p.start.slice(0, 4)) - (Number(p.start.slice(5, 7)) < 4 ? 1 : 0);

/**
 * Turns a council's report sheet (one row per measure, one column per period, with any descriptive
 * columns and section rows it has) into long value rows, collecting every problem at once.
 */
export function sheetToLong(input: SheetInput): SheetResult {
  const { file } = input;
  const problems: Problem[] = [...input.grid.problems];
  const result: SheetResult = {
    rows: [],
    problems,
    ignoredColumns: [],
    leftOut: [],
    skipped: [],
    identified: [],
  };
  const fail = (line: number, column: string, message: string, fix: string) =>
    problems.push({ file, line, column, message, fix });
  // The header is the first row with a Measure cell: title lines above it are left as they are.
  const headAt = input.grid.rows.findIndex((r) =>
    r.cells.some((c) => c.toLowerCase() === 'measure'),
  );
  const head: GridRow | undefined = input.grid.rows[headAt];
  if (!head) {
    if (problems.length === 0)
      fail(
        input.grid.rows[0]?.line ?? 0,
        '',
        'the sheet has no "Measure" column',
        'head the column of measure ids, ASCOF codes or names "Measure"',
      );
    result.problems = sortProblems(problems);
    return result;
  }
  const headings = head.cells;
  const periods: PeriodColumn[] = [];
  let measureAt = -1;
  let descriptionAt = -1;
  headings.forEach((heading, index) => {
    const h = readHeading(heading);
    if (h.kind === 'measure' && measureAt < 0) measureAt = index;
    else if (h.kind === 'measure')
      fail(head.line, heading, `the column "${heading}" appears twice`, 'delete one of them');
    else if (h.kind === 'unreadable') fail(head.line, heading, h.message, h.fix);
    else if (h.kind === 'descriptive') {
      result.ignoredColumns.push(heading === '' ? `column ${index + 1} (no heading)` : heading);
      if (descriptionAt < 0 && /description|name|title/i.test(heading)) descriptionAt = index;
    } else {
      const same = periods.find((p) => p.period.label === h.period.label);
      if (same)
        fail(
          head.line,
          heading,
          same.heading === heading
            ? `the column "${heading}" appears twice`
            : `the column "${heading}" is the same period as "${same.heading}"`,
          'delete one of them',
        );
      else periods.push({ index, heading, period: h.period });
    }
  });
  const latest = periods.reduce((y, p) => Math.max(y, fyStart(p.period)), 0);
  const catalogue = {
    metrics: new Map(input.metrics.map((m) => [m.id, m])),
    codes: input.codes,
    map: input.map,
    mapFile: input.mapFile,
    numbering: latest >= RENUMBERED_FROM ? ('new' as const) : ('old' as const),
  };
  const existing = new Map(
    input.existing.map((o) => [`${o.metric}|${o.area}|${o.period.label}`, o.line]),
  );
  const seen = new Map<string, { line: number; name: string }>();
  const landed = new Map<string, number>();
  const unfinished = new Set<string>();
  const rowWord = input.grid.rows.some((r) => r.numbers) ? 'row' : 'line';
  for (const row of input.grid.rows.slice(headAt + 1)) {
    const cell = (i: number) => row.cells[i] ?? '';
    if (lower(row.cells) === lower(headings)) continue; // the header repeated for a new section
    if (row.cells.slice(headings.length).some((c) => c !== '')) {
      fail(
        row.line,
        '',
        `the row has ${row.cells.length} cells but the header has ${headings.length}`,
        'check for a missing or extra comma, or a comma inside a cell that needs "quotes"',
      );
      continue;
    }
    const filled = periods.filter((p) => cell(p.index) !== '');
    // A row with no figures (a title, a section heading, a measure not yet due) adds nothing.
    if (filled.length === 0) continue;
    const name = cell(measureAt);
    const description = descriptionAt < 0 ? '' : cell(descriptionAt);
    const found = identifyRow(name, description, catalogue);
    if (found.kind === 'unknown') {
      fail(row.line, headings[measureAt] ?? 'measure', found.message, found.fix);
      continue;
    }
    const label = name === '' ? description : name;
    if (found.kind === 'skip') {
      result.skipped.push({ line: row.line, name: description || name });
      continue;
    }
    const { metric } = found;
    const first = seen.get(metric.id);
    if (first) {
      const message =
        first.name === label
          ? `the measure "${label}" is already on line ${first.line}`
          : `"${label}" is the measure "${metric.id}", already on line ${first.line} as ` +
            `"${first.name}"`;
      fail(row.line, headings[measureAt] ?? 'measure', message, 'delete one of the two rows');
      continue;
    }
    seen.set(metric.id, { line: row.line, name: label });
    result.identified.push({ line: row.line, name: label, metric: metric.id, via: found.via });
    for (const column of filled) {
      const text = cell(column.index);
      const read = readSheetCell(text, metric.unit, metric.id);
      if (read.kind === 'words') {
        result.leftOut.push({ line: row.line, column: column.heading, text });
        continue;
      }
      // A period that ends after the drop's quarter cannot have an outturn yet: its figures are a
      // position during it (head the column with that quarter) or a forecast (--status estimated).
      if (column.period.end > input.dropEnd && input.status !== 'estimated') {
        if (!unfinished.has(column.heading))
          fail(
            head.line,
            column.heading,
            `"${column.heading}" is ${column.period.label}, which ends after ` +
              `${input.dropEnd}, the end of the quarter the drop ${input.drop} reports`,
            'head the column with the period its figures are for (e.g. "2022/23 Q1" for ' +
              'the position at the end of June), or import forecasts on their own with ' +
              '--status estimated',
          );
        unfinished.add(column.heading);
        continue;
      }
      const at = land(metric, column.period, column.heading, catalogue.metrics);
      if (!at.ok) {
        fail(row.line, column.heading, at.message, at.fix);
        continue;
      }
      if (read.kind === 'problem') {
        fail(row.line, column.heading, read.message, read.fix);
        continue;
      }
      const value = read.kind === 'figure' ? read.value : '';
      const numeric = row.numbers?.[column.index] === true;
      if (numeric && at.metric.unit === 'percent' && Number(value) > 0 && Number(value) <= 1) {
        fail(
          row.line,
          column.heading,
          `${value} is a number from 0 to 1 but "${at.metric.id}" is a percentage (Excel ` +
            `shows ${Number((Number(value) * 100).toPrecision(12))}% for a cell formatted as ` +
            'a percentage)',
          'write the percentage from 0 to 100, e.g. type 52.1 in a cell formatted as a ' +
            'number; a percentage below 1 typed as text, e.g. 0.5%',
        );
        continue;
      }
      const key = `${at.metric.id}|${input.area}|${at.period.label}`;
      const already = existing.get(key);
      if (already !== undefined) {
        fail(
          row.line,
          column.heading,
          `${at.metric.id} for ${input.area} in ${at.period.label} is already in ` +
            `${input.existingFile} on line ${already}`,
          'leave the cell blank, or first delete that row from values.csv if the sheet has ' +
            'the newer figure',
        );
        continue;
      }
      const twice = landed.get(key);
      if (twice !== undefined) {
        fail(
          row.line,
          column.heading,
          `${at.metric.id} in ${at.period.label} also comes from line ${twice}`,
          'leave one of the two cells blank',
        );
        continue;
      }
      landed.set(key, row.line);
      result.rows.push({
        metric: at.metric.id,
        area: input.area,
        period: at.period.label,
        value,
        status: read.kind === 'suppressed' ? 'suppressed' : input.status,
        source: input.source,
        note: input.note,
        source_ref: `${input.sheetName}, ${rowWord} ${row.line}, column "${column.heading}"`,
        line: row.line,
        column: column.heading,
      });
    }
  }
  result.problems = sortProblems(problems);
  return result;
}
