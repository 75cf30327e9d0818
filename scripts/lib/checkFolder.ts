import { existsSync, statSync } from 'node:fs';
import { loadFolder } from '../../src/data/loadFolder';
import type { DataSet } from '../../src/data/dataset';
import { fileProblem, sortProblems, type Problem } from '../../src/data/problem';
import { folderReader, unlistedDropFolders } from './readFolder';
import { localToday } from './today';

/** The one problem for a data folder that is not there: not one "the file is missing" per file. */
function noFolder(dir: string): Problem | undefined {
  if (!existsSync(dir))
    return fileProblem(
      '',
      'there is no such folder',
      'give the path of the data folder, the one that holds site.json and drops.csv',
    );
  if (!statSync(dir).isDirectory())
    return fileProblem(
      '',
      'this is a file, not a folder',
      'give the path of the data folder, the one that holds site.json and drops.csv',
    );
  return undefined;
}

/** Reads and checks a data folder on disk: the publish check, as a function. */
export async function checkFolder(
  dir: string,
  { today = localToday() }: { today?: string } = {},
): Promise<{ data: DataSet | undefined; problems: Problem[] }> {
  const missing = noFolder(dir);
  if (missing) return { data: undefined, problems: [missing] };
  const readProblems: Problem[] = [];
  const { data, problems, drops } = await loadFolder(folderReader(dir, readProblems), {
    today,
  });
  // Folders drops.csv does not list are flagged only when drops.csv itself could be read.
  const unlisted = drops ? unlistedDropFolders(dir, new Set(drops.map((d) => d.id))) : [];
  return { data, problems: sortProblems([...readProblems, ...problems, ...unlisted]) };
}
