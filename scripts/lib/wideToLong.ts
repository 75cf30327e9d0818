import Papa from 'papaparse';
import { numberProblem } from '../../src/data/cells';
import { readCsv } from '../../src/data/csv';
import { parsePeriod, periodFits, periodFormatsFor } from '../../src/data/period';
import { sortProblems, type Problem } from '../../src/data/problem';
import type { Metric, Observation, Period } from '../../src/data/types';

/**
 * Marks a published or exported table uses for a withheld figure. Each becomes a row with an empty
 * value and status "suppressed". "n/a" and "tbc" are deliberately not here: they mean "no figure" or
 * "not yet", which is a blank cell, not a suppressed one.
 */
export const SUPPRESSION_MARKS = ['*', '**', '[c]', '[x]', 'c', 'x', '..', ':', '-', '–'] as const;
const SUPPRESSED = new Set<string>(SUPPRESSION_MARKS);

/** Columns of a wide sheet that are not periods; `unit` is only for the reader's eye and is ignored. */
const TEXT_COLUMNS = new Set(['measure', 'unit']);

const ANY_PERIOD =
  'a financial year 2023-24, a quarter 2025-26 Q2, a month 2025-01 or a date 2025-06-26';

/** One long row made from one cell of the wide sheet, with the cell it came from. */
export interface LongRow {
  metric: string;
  area: string;
  period: string;
  value: string;
  status: 'final' | 'suppressed';
  source: string;
  /** Line of the wide sheet (header = 1) and the heading of the cell's column. */
  line: number;
  column: string;
}

export interface WideInput {
  text: string;
  /** The wide sheet's path as the officer gave it: every problem names it. */
  file: string;
  metrics: readonly Metric[];
  /** Sheet measure name (normalised with measureKey) → measure id, from the --map file. */
  map: ReadonlyMap<string, string> | undefined;
  mapFile: string | undefined;
  area: string;
  source: string;
  /** Rows already in the target drop, and that file's path for messages. */
  existing: readonly Observation[];
  existingFile: string;
}

/** Sheet names are matched ignoring case and runs of spaces: Excel exports are not careful about either. */
export function measureKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** How to fix a column heading that is not a period: a near miss such as 2018/19 gets its corrected spelling. */
function headingFix(heading: string): string {
  if (/^Q[1-4]$/i.test(heading))
    return `give the financial year too, e.g. "2025-26 ${heading.toUpperCase()}"`;
  const guess = heading.replace('/', '-').replace(/\s*q([1-4])$/i, ' Q$1');
  if (guess !== heading && parsePeriod(guess).ok) return `write it as "${guess}"`;
  return `head each period column with ${ANY_PERIOD}; the only other columns may be measure and unit`;
}

/** Why a cell is neither blank, a suppression mark nor a plain number; undefined when it is fine. */
function cellProblem(text: string): { message: string; fix: string } | undefined {
  if (SUPPRESSED.has(text.toLowerCase())) return undefined;
  const p = numberProblem(text);
  // Words such as "n/a" or "tbc": the value-file advice (a status column) does not apply to a sheet.
  if (p && !/\d/.test(text))
    return {
      message: `"${text}" is not a number`,
      fix: 'write the figure, leave the cell blank if there is none, or write [c] if it is suppressed',
    };
  return p;
}

/** The header row as written (trimmed), or undefined for an empty file. */
function headerOf(text: string): string[] | undefined {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: 'greedy',
    delimiter: ',',
  });
  return parsed.data[0]?.map((h) => h.trim());
}

/** Turns a wide sheet (one row per measure, one column per period) into long value rows, collecting every problem. */
export function wideToLong(input: WideInput): { rows: LongRow[]; problems: Problem[] } {
  const { file } = input;
  const header = headerOf(input.text);
  if (!header) {
    return {
      rows: [],
      problems: [
        {
          file,
          line: 0,
          column: '',
          message: 'the file is empty',
          fix: 'export the sheet with its header row: measure, unit, then one column per period',
        },
      ],
    };
  }
  const unique = [...new Set(header.filter((h) => h !== ''))];
  // Every heading is allowed through readCsv, which still reports blank and repeated headings and ragged rows.
  const { records, problems } = readCsv(input.text, file, { required: [], optional: unique });
  const fail = (line: number, column: string, message: string, fix: string) =>
    problems.push({ file, line, column, message, fix });
  // Line 1 unless the export starts with blank lines, which the reader skips.
  const headLine = input.text
    .slice(0, Math.max(0, input.text.search(/[^\s\uFEFF]/)))
    .split('\n').length;
  if (!unique.includes('measure'))
    fail(
      headLine,
      'measure',
      'the sheet has no "measure" column',
      'head the column of measure ids or names "measure"',
    );

  const periods = new Map<string, Period>();
  for (const heading of unique) {
    if (TEXT_COLUMNS.has(heading)) continue;
    const p = parsePeriod(heading);
    if (p.ok) periods.set(heading, p.period);
    else fail(headLine, heading, p.message, headingFix(heading));
  }

  const metrics = new Map(input.metrics.map((m) => [m.id, m]));
  const existing = new Map(
    input.existing.map((o) => [`${o.metric}|${o.area}|${o.period.label}`, o.line]),
  );
  const seen = new Map<string, { line: number; name: string }>();
  const rows: LongRow[] = [];
  for (const record of records) {
    const cell = (column: string) => record.cells[column] ?? '';
    const filled = unique.filter((h) => !TEXT_COLUMNS.has(h) && cell(h) !== '');
    // A row with no figures (a section heading, a measure not yet due) adds nothing and is not checked.
    if (filled.length === 0 || !unique.includes('measure')) continue;
    const name = cell('measure');
    if (name === '') {
      fail(
        record.line,
        'measure',
        'the measure is empty but the row has figures',
        "write the measure id, or the sheet's name for it with --map",
      );
      continue;
    }
    const id = metrics.has(name) ? name : input.map?.get(measureKey(name));
    const metric = id === undefined ? undefined : metrics.get(id);
    if (!metric) {
      if (input.mapFile === undefined)
        fail(
          record.line,
          'measure',
          `"${name}" is not a measure id in metrics.csv`,
          "correct it, or give a --map file (columns measure,metric) that turns the sheet's names into measure ids",
        );
      else
        fail(
          record.line,
          'measure',
          `"${name}" is neither a measure id in metrics.csv nor a name in ${input.mapFile}`,
          'add it to the map with its measure id, or correct it',
        );
      continue;
    }
    const first = seen.get(metric.id);
    if (first) {
      const message =
        first.name === name
          ? `the measure "${name}" is already on line ${first.line}`
          : `"${name}" is the measure "${metric.id}", already on line ${first.line} as "${first.name}"`;
      fail(record.line, 'measure', message, 'delete one of the two rows');
      continue;
    }
    seen.set(metric.id, { line: record.line, name });
    for (const heading of filled) {
      const period = periods.get(heading);
      if (!period) continue;
      const text = cell(heading);
      if (!periodFits(period, metric.frequency)) {
        fail(
          record.line,
          heading,
          `"${heading}" does not fit "${metric.id}", which is ${metric.frequency}`,
          `move the figure to a column headed with ${periodFormatsFor(metric.frequency)}, or check the measure`,
        );
        continue;
      }
      const bad = cellProblem(text);
      if (bad) {
        fail(record.line, heading, bad.message, bad.fix);
        continue;
      }
      const already = existing.get(`${metric.id}|${input.area}|${period.label}`);
      if (already !== undefined) {
        fail(
          record.line,
          heading,
          `${metric.id} for ${input.area} in ${period.label} is already in ${input.existingFile} on line ${already}`,
          'leave the cell blank, or first delete that row from values.csv if the sheet has the newer figure',
        );
        continue;
      }
      const suppressed = SUPPRESSED.has(text.toLowerCase());
      rows.push({
        metric: metric.id,
        area: input.area,
        period: period.label,
        value: suppressed ? '' : text,
        status: suppressed ? 'suppressed' : 'final',
        source: input.source,
        line: record.line,
        column: heading,
      });
    }
  }
  return { rows, problems: sortProblems(problems) };
}

/** Reads a --map file: the sheet's own measure names (column measure) and the measure ids they stand for (column metric). */
export function parseMeasureMap(
  text: string,
  file: string,
  metrics: readonly Metric[],
): { map: Map<string, string>; problems: Problem[] } {
  const { records, problems } = readCsv(text, file, {
    required: ['measure', 'metric'],
    optional: [],
  });
  const ids = new Set(metrics.map((m) => m.id));
  const map = new Map<string, string>();
  const lines = new Map<string, number>();
  for (const { line, cells } of records) {
    const name = cells.measure ?? '';
    const id = cells.metric ?? '';
    const key = measureKey(name);
    const first = lines.get(key);
    if (name === '')
      problems.push({
        file,
        line,
        column: 'measure',
        message: "the sheet's name for the measure is empty",
        fix: 'fill it in, or delete the row',
      });
    else if (first !== undefined)
      problems.push({
        file,
        line,
        column: 'measure',
        message: `"${name}" is already on line ${first}`,
        fix: 'delete one of the two rows',
      });
    else if (!ids.has(id))
      problems.push({
        file,
        line,
        column: 'metric',
        message: `"${id}" is not a measure id in metrics.csv`,
        fix: 'write the id of a measure listed in metrics.csv',
      });
    else {
      map.set(key, id);
      lines.set(key, line);
    }
  }
  return { map, problems };
}
