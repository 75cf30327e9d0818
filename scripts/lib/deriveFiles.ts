import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { readCsv } from '../../src/data/csv.ts';
import { DATA_FILES } from '../../src/data/dataset.ts';
import { scopeOfFile } from '../../src/data/figureScope.ts';
import { overviewAreas } from '../../src/data/overviewAreas.ts';
import { parseSite } from '../../src/data/site.ts';
import { COLUMNS, headerRow, parseMetrics } from '../../src/data/tables.ts';
import type { Site } from '../../src/data/types.ts';

/** One drop's figures, read once, split the ways pages fetch them. */
export interface DropSplit {
  /** Measure id → every area's figures for that measure. */
  measures: Map<string, string>;
  /** The overview's figures for a site: its authority, benchmarks and comparator councils. */
  overview(site: Site): string;
}

/** Reads one drop's values.csv (already checked) once, to split it for one site or many. */
export function splitDrop(valuesText: string, metricIds: string[]): DropSplit {
  const { records } = readCsv(valuesText, DATA_FILES.values('drop'), COLUMNS.values);
  const fields = Object.keys(records[0]?.cells ?? {});
  const header = fields.length > 0 ? fields : headerRow('values');
  const write = (rows: typeof records) => {
    const data = rows.map((r) => header.map((f) => r.cells[f] ?? ''));
    return `${Papa.unparse({ fields: header, data }, { newline: '\n' })}\n`;
  };
  const byMetric = new Map<string, typeof records>(metricIds.map((id) => [id, []]));
  for (const r of records) byMetric.get(r.cells.metric ?? '')?.push(r);
  return {
    measures: new Map([...byMetric].map(([id, rows]) => [id, write(rows)])),
    overview(site) {
      const keep = overviewAreas(site);
      return write(records.filter((r) => keep.has(r.cells.area ?? '')));
    },
  };
}

/**
 * One derived file (figureScope's scopedValuesFile), made on request from a data folder on disk for
 * the development server; undefined if the path names none. Rows keep values.csv's columns and
 * order, so the browser reads them with the same parser.
 */
export function derivedFileFromFolder(dataDir: string, path: string): string | undefined {
  const found = scopeOfFile(path);
  if (!found || found.scope.kind === 'all') return undefined;
  const values = join(dataDir, DATA_FILES.values(found.drop));
  if (!existsSync(values)) return undefined;
  const { site } = parseSite(readFileSync(join(dataDir, DATA_FILES.site), 'utf8'), DATA_FILES.site);
  if (!site) return undefined;
  const metrics = parseMetrics(
    readFileSync(join(dataDir, DATA_FILES.metrics), 'utf8'),
    DATA_FILES.metrics,
  ).rows.map((x) => x.id);
  const split = splitDrop(readFileSync(values, 'utf8'), metrics);
  return found.scope.kind === 'overview'
    ? split.overview(site)
    : split.measures.get(found.scope.id);
}
