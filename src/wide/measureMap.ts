import { readCsv } from '../data/csv';
import type { Problem } from '../data/problem';
import type { Metric } from '../data/types';

/** The word a map uses for a row of the sheet that is not on the dashboard. */
export const SKIP = 'skip';

/** Sheet name (normalised with measureKey) → measure id, or `skip`. */
export type MeasureMap = ReadonlyMap<string, string>;

/**
 * Names are matched ignoring case, curly quotes and runs of spaces: exports are careless of all
 * three.
 */
export function measureKey(name: string): string {
  return name
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Reads a --map file: a row's own name in the sheet (its Measure cell or, for rows the sheet calls
 * just "Local", its description) in column `measure`, and the measure id it stands for in column
 * `metric` — or `skip` for a row that is not on the dashboard.
 */
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
  const fail = (line: number, column: string, message: string, fix: string) =>
    problems.push({ file, line, column, message, fix });
  for (const { line, cells } of records) {
    const name = cells.measure ?? '';
    const id = cells.metric ?? '';
    const key = measureKey(name);
    const first = lines.get(key);
    if (name === '')
      fail(
        line,
        'measure',
        "the sheet's name for the measure is empty",
        'fill it in, or delete the row',
      );
    else if (first !== undefined)
      fail(line, 'measure', `"${name}" is already on line ${first}`, 'delete one of the two rows');
    else if (id !== SKIP && !ids.has(id))
      fail(
        line,
        'metric',
        `"${id}" is not a measure id in metrics.csv`,
        `write the id of a measure listed in metrics.csv, or ${SKIP} to leave the row out`,
      );
    else {
      map.set(key, id);
      lines.set(key, line);
    }
  }
  return { map, problems };
}
