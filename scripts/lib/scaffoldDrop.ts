import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readCsv } from '../../src/data/csv';
import { DATA_FILES } from '../../src/data/dataset';
import { isIsoDate } from '../../src/data/period';
import { COLUMNS, dropIdProblem, headerRow } from '../../src/data/tables';
import { appendCsv } from './appendCsv';
import { dropReadme } from './dropReadme';

/** A file to write, with its path relative to the data folder. */
export interface DropFile {
  path: string;
  text: string;
}

export type Scaffold = { ok: true; files: DropFile[] } | { ok: false; message: string };

const VALUE_HEADER = headerRow('values').join(',');

/**
 * The files a new drop starts with, and drops.csv with the drop added (published `today`), or why
 * the drop cannot be made. `dropsCsv` is drops.csv as it is now; undefined when there is none yet.
 */
export function scaffoldDrop(
  id: string,
  today: string,
  dataDir: string,
  dropsCsv: string | undefined,
): Scaffold {
  const idProblem = dropIdProblem(id);
  if (idProblem)
    return {
      ok: false,
      message: `${idProblem}. Name the drop after the latest quarter it reports, e.g. 2026-27-Q3.`,
    };
  if (!isIsoDate(today))
    return { ok: false, message: `"${today}" is not a date written yyyy-mm-dd.` };
  const listed = readCsv(dropsCsv ?? '', DATA_FILES.drops, COLUMNS.drops).records.find(
    (r) => r.cells.id === id,
  );
  if (listed)
    return {
      ok: false,
      message: `${dataDir}/${DATA_FILES.drops} already lists the drop ${id} on line ${listed.line}. Choose another name, or remove that row first.`,
    };
  const drops = appendCsv(dropsCsv, headerRow('drops'), [
    { id, published: today, title: `Quarterly drop ${id}`, note: '' },
  ]);
  const folder = dirname(DATA_FILES.values(id));
  return {
    ok: true,
    files: [
      { path: DATA_FILES.values(id), text: `${VALUE_HEADER}\n` },
      { path: `${folder}/commentary.csv`, text: 'metric,comment,owner\n' },
      { path: `${folder}/README.md`, text: dropReadme(id, today, dataDir) },
      { path: DATA_FILES.drops, text: drops.text },
    ],
  };
}

/** Creates a new drop in a data folder on disk; refuses, writing nothing, if its folder or name already exists. */
export function createDrop(dataDir: string, id: string, today: string): Scaffold {
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory())
    return {
      ok: false,
      message: `there is no data folder ${dataDir}. Give the path of the folder that holds drops.csv.`,
    };
  const dropsPath = join(dataDir, DATA_FILES.drops);
  const scaffold = scaffoldDrop(
    id,
    today,
    dataDir,
    existsSync(dropsPath) ? readFileSync(dropsPath, 'utf8') : undefined,
  );
  if (!scaffold.ok) return scaffold;
  const folder = join(dataDir, dirname(DATA_FILES.values(id)));
  if (existsSync(folder))
    return {
      ok: false,
      message: `the folder ${folder} already exists. Choose another name, or remove the folder first.`,
    };
  for (const file of scaffold.files) {
    const path = join(dataDir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  return scaffold;
}
