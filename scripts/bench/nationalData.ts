/**
 * A data folder at national scale from real published figures: the shipped Leicester folder's
 * settings, measures, sources, targets, events, outcomes and questions, with areas.csv replaced by
 * every council, region and England in the national ASCOF trend file, and one drop holding every
 * area's ASCOF figures for 2017-18 to 2023-24 (mapped through scripts/import/national/code-map.csv
 * by `importAscof`).
 * site.json is copied unchanged, so Leicester keeps its CIPFA group and the Commission's councils.
 *
 * Run on its own: `npx tsx scripts/bench/nationalData.ts [out-dir]` (default .bench/national).
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATA_FILES } from '../../src/data/dataset';
import { headerRow } from '../../src/data/tables';
import { readCsvFile, writeCsvFile } from '../lib/csvFile';
import { importAscof } from '../lib/importAscof';
import { VALUE_COLUMNS } from '../lib/valueRow';

const TREND_FILE = 'ascof_all_areas_2017-18_to_2023-24.csv';
/** The drop is named after the quarter the 2023-24 ASCOF release came out in (December 2024). */
export const NATIONAL_DROP = {
  id: '2024-25-Q3',
  published: '2024-12-10',
  title: 'Every council, region and England: ASCOF 2017-18 to 2023-24 (benchmark data set)',
  note: 'Built by scripts/bench/nationalData.ts from the national ASCOF trend file',
};

const KINDS: Record<string, string> = { Council: 'council', Region: 'region', England: 'country' };

export interface NationalSummary {
  dir: string;
  areas: number;
  figures: number;
  /**
   * Figures of ASCOF measures the Leicester catalogue does not list, left out because the folder
   * would not pass its check.
   */
  unlisted: number;
}

export function writeNationalData(
  outDir: string,
  {
    from = 'data',
    realData = '../shared/real-data',
    codeMap = 'scripts/import/national/code-map.csv',
  } = {},
): NationalSummary {
  const out = resolve(outDir);
  const source = resolve(from);
  const real = resolve(realData);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  // Every top-level file (site.json, metrics.csv, sources.csv, targets.csv, …) except the two
  // replaced here.
  for (const file of readdirSync(source)) {
    if (
      file !== DATA_FILES.areas &&
      file !== DATA_FILES.drops &&
      statSync(join(source, file)).isFile()
    )
      copyFileSync(join(source, file), join(out, file));
  }

  // Every area with an ONS code, named as in its latest year (councils were renamed and merged over
  // the years).
  const rows = readCsvFile(join(real, TREND_FILE));
  const areas = new Map<string, { code: string; name: string; kind: string; year: string }>();
  for (const r of rows) {
    const code = r['ONS Code'] ?? '';
    const kind = KINDS[r['Geographical Level'] ?? ''];
    const year = r.Year ?? '';
    if (!/^E\d{8}$/.test(code) || !kind) continue;
    const seen = areas.get(code);
    if (!seen || year > seen.year)
      areas.set(code, { code, name: r['Geographical Description'] ?? code, kind, year });
  }
  const codes = new Set(areas.keys());
  writeCsvFile(
    join(out, DATA_FILES.areas),
    headerRow('areas'),
    [...areas.values()].sort(
      (a, b) => a.kind.localeCompare(b.kind) || a.code.localeCompare(b.code),
    ),
  );

  const listed = new Set(readCsvFile(join(out, DATA_FILES.metrics)).map((m) => m.id ?? ''));
  const values = importAscof(real, readCsvFile(resolve(codeMap)), codes);
  const kept = values.filter((v) => listed.has(v.metric));
  writeCsvFile(join(out, DATA_FILES.drops), headerRow('drops'), [NATIONAL_DROP]);
  writeCsvFile(
    join(out, DATA_FILES.values(NATIONAL_DROP.id)),
    VALUE_COLUMNS,
    kept.map((r) => ({ ...r, status: r.status ?? 'final' })),
  );
  return {
    dir: out,
    areas: areas.size,
    figures: kept.length,
    unlisted: values.length - kept.length,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const s = writeNationalData(process.argv[2] ?? '.bench/national', {
    realData: process.env.REAL_DATA ?? '../shared/real-data',
  });
  console.log(
    `Wrote ${s.dir}: ${s.areas} areas, ${s.figures.toLocaleString('en-GB')} figures ` +
      `(${s.unlisted} of measures not in metrics.csv left out).`,
  );
}
