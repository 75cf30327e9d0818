/**
 * `npm run check-lines` (part of `npm test`): every line of code (TypeScript, JavaScript, CSS, HTML
 * and the CI script) within 100 characters. Prints `file:line: line is N characters (limit 100) —
 * how to fix it` for each line over and exits 1; lines that cannot wrap (a string or URL with no
 * space to break at) are listed and counted, not refused.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isCodeFile, LINE_LIMIT, longLines } from './lib/lineLength';

const repo = resolve(import.meta.dirname, '..');
const files = execFileSync(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard', '-z'],
  {
    cwd: repo,
    encoding: 'utf8',
  },
)
  .split('\0')
  .filter((file) => file !== '' && isCodeFile(file) && existsSync(resolve(repo, file)));

const refused: string[] = [];
const excepted: string[] = [];
for (const file of files) {
  for (const long of longLines(readFileSync(resolve(repo, file), 'utf8'))) {
    (long.excepted ? excepted : refused).push(`${file}:${long.line}: ${long.message}`);
  }
}
for (const line of excepted) console.log(line);
for (const line of refused) console.error(line);
console.log(
  `${files.length} code files: ${refused.length} line${refused.length === 1 ? '' : 's'} over ` +
    `${LINE_LIMIT} characters to fix; ${excepted.length} that cannot wrap (counted, not refused).`,
);
process.exitCode = refused.length > 0 ? 1 : 0;
