import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ReadText } from '../../src/data/loadFolder';
import { fileProblem, type Problem } from '../../src/data/problem';
import { decodeUtf8 } from '../../src/data/utf8';

/** A ReadText over a folder on disk that also refuses files that are not UTF-8 text. */
export function folderReader(dir: string, problems: Problem[]): ReadText {
  const read = (path: string): string | undefined => {
    const full = join(dir, path);
    if (!existsSync(full) || !statSync(full).isFile()) return undefined;
    const { text, problems: found } = decodeUtf8(readFileSync(full), path);
    problems.push(...found);
    return text;
  };
  return (path) => Promise.resolve(read(path));
}

/** Drop folders on disk that drops.csv does not list: a drop nobody will see. */
export function unlistedDropFolders(dir: string, listed: Set<string>): Problem[] {
  const drops = join(dir, 'drops');
  if (!existsSync(drops)) return [];
  return readdirSync(drops)
    .filter((name) => statSync(join(drops, name)).isDirectory() && !listed.has(name))
    .map((name) =>
      fileProblem(
        relative(dir, join(drops, name)) || name,
        `the drop folder "${name}" is not listed in drops.csv`,
        'add a row for it to drops.csv (id, published, title), or remove the folder',
      ),
    );
}
