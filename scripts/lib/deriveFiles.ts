import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { readCsv } from '../../src/data/csv';
import { DATA_FILES } from '../../src/data/dataset';
import { overviewAreas } from '../../src/data/overviewAreas';
import { parseSite } from '../../src/data/site';
import { COLUMNS, headerRow, parseMetrics } from '../../src/data/tables';
import type { Site } from '../../src/data/types';

/** One drop's figures, read once, split the ways pages fetch them. */
export interface DropSplit {
  /** `measure/<id>.csv` → every area's figures for that measure. */
  measures: Map<string, string>;
  /** The overview's figures for a site: its authority, benchmarks and comparator councils. */
  overview(site: Site): string;
}

/** Reads one drop's values.csv (already checked) once, to split it for one site or many. */
export function splitDrop(valuesText: string, metricIds: string[]): DropSplit {
  const { records } = readCsv(valuesText, DATA_FILES.values('drop'), COLUMNS.values);
  const fields = Object.keys(records[0]?.cells ?? {});
  const header = fields.length > 0 ? fields : headerRow('values');
  const write = (rows: typeof records) =>
    `${Papa.unparse({ fields: header, data: rows.map((r) => header.map((f) => r.cells[f] ?? '')) }, { newline: '\n' })}\n`;
  const byMetric = new Map<string, typeof records>(metricIds.map((id) => [id, []]));
  for (const r of records) byMetric.get(r.cells.metric ?? '')?.push(r);
  return {
    measures: new Map([...byMetric].map(([id, rows]) => [`measure/${id}.csv`, write(rows)])),
    overview(site) {
      const keep = overviewAreas(site);
      return write(records.filter((r) => keep.has(r.cells.area ?? '')));
    },
  };
}

/**
 * Splits one drop's values.csv (already checked) into the files pages fetch: `overview.csv` with the
 * overview's areas, and `measure/<id>.csv` with every area for one measure. Rows keep the original
 * columns and order, so the browser reads them with the same parser as values.csv.
 */
export function deriveDropFiles(
  valuesText: string,
  site: Site,
  metricIds: string[],
): Map<string, string> {
  const split = splitDrop(valuesText, metricIds);
  return new Map([['overview.csv', split.overview(site)], ...split.measures]);
}

/** One derived file, made on request from a data folder on disk (for the development server); undefined if there is none. */
export function derivedFileFromFolder(dataDir: string, path: string): string | undefined {
  const m = /^derived\/([^/]+)\/(overview\.csv|measure\/[^/]+\.csv)$/.exec(path);
  if (!m?.[1] || !m[2]) return undefined;
  const values = join(dataDir, DATA_FILES.values(m[1]));
  if (!existsSync(values)) return undefined;
  const { site } = parseSite(readFileSync(join(dataDir, DATA_FILES.site), 'utf8'), DATA_FILES.site);
  if (!site) return undefined;
  const metrics = parseMetrics(
    readFileSync(join(dataDir, DATA_FILES.metrics), 'utf8'),
    DATA_FILES.metrics,
  ).rows.map((x) => x.id);
  return deriveDropFiles(readFileSync(values, 'utf8'), site, metrics).get(m[2]);
}
