import { readCsv } from '../data/csv';
import { DATA_FILES } from '../data/dataset';
import { appendCsv } from '../data/appendCsv';
import { isIsoDate } from '../data/period';
import { COLUMNS, dropIdProblem, headerRow } from '../data/tables';
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
      message:
        `${dataDir}/${DATA_FILES.drops} already lists the drop ${id} on line ${listed.line}. ` +
        'Choose another name, or remove that row first.',
    };
  const drops = appendCsv(dropsCsv, headerRow('drops'), [
    { id, published: today, title: `Quarterly drop ${id}`, note: '' },
  ]);
  return {
    ok: true,
    files: [
      { path: DATA_FILES.values(id), text: `${VALUE_HEADER}\n` },
      { path: DATA_FILES.commentary(id), text: 'metric,comment,owner\n' },
      { path: `drops/${id}/README.md`, text: dropReadme(id, today, dataDir) },
      { path: DATA_FILES.drops, text: drops.text },
    ],
  };
}
