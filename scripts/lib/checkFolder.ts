import { loadFolder } from '../../src/data/loadFolder';
import type { DataSet } from '../../src/data/dataset';
import { sortProblems, type Problem } from '../../src/data/problem';
import { folderReader, unlistedDropFolders } from './readFolder';

/** Reads and checks a data folder on disk: the publish check, as a function. */
export async function checkFolder(
  dir: string,
): Promise<{ data: DataSet | undefined; problems: Problem[] }> {
  const readProblems: Problem[] = [];
  const { data, problems } = await loadFolder(folderReader(dir, readProblems));
  // Without a readable site.json the drop list is not trusted either: flag folders only when it is.
  const unlisted = data ? unlistedDropFolders(dir, new Set(data.drops.map((d) => d.id))) : [];
  return { data, problems: sortProblems([...readProblems, ...problems, ...unlisted]) };
}
