import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ReadText } from '../../src/data/loadFolder';
import type { Problem } from '../../src/data/problem';

/** The line of the first byte that is not UTF-8, so the officer can find it. */
function badUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 10) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 0;
}

/** A ReadText over a folder on disk that also refuses files that are not UTF-8 text. */
export function folderReader(dir: string, problems: Problem[]): ReadText {
  const read = (path: string): string | undefined => {
    const full = join(dir, path);
    if (!existsSync(full) || !statSync(full).isFile()) return undefined;
    const bytes = readFileSync(full);
    const bad = badUtf8Line(bytes);
    if (bad > 0) {
      problems.push({
        file: path,
        line: bad,
        column: '',
        message:
          'the file is not UTF-8 text (perhaps saved as "CSV" rather than "CSV UTF-8", or in another program\'s encoding)',
        fix: 'in Excel use File > Save As > "CSV UTF-8 (comma delimited)"',
      });
    }
    return new TextDecoder('utf-8').decode(bytes);
  };
  return (path) => Promise.resolve(read(path));
}

/** Drop folders on disk that drops.csv does not list: a drop nobody will see. */
export function unlistedDropFolders(dir: string, listed: Set<string>): Problem[] {
  const drops = join(dir, 'drops');
  if (!existsSync(drops)) return [];
  return readdirSync(drops)
    .filter((name) => statSync(join(drops, name)).isDirectory() && !listed.has(name))
    .map((name) => ({
      file: relative(dir, join(drops, name)) || name,
      line: 0,
      column: '',
      message: `the drop folder "${name}" is not listed in drops.csv`,
      fix: 'add a row for it to drops.csv (id, published, title), or remove the folder',
    }));
}
