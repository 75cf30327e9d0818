/**
 * Imports a wide sheet (one row per measure, one column per period) into a drop:
 * `npm run import-wide -- <wide.csv> --drop <drop-id> --source <source-id> [--area <ONS code>] [--data <data-dir>] [--map <map.csv>]`.
 * Writes nothing and exits 1 if anything is wrong; otherwise adds the figures and runs the publish check.
 */
import { resolve } from 'node:path';
import { formatProblem } from '../src/data/problem';
import { checkFolder } from './lib/checkFolder';
import { importWideSheet } from './lib/importWideSheet';

const USAGE =
  'Usage: npm run import-wide -- <wide.csv> --drop <drop-id> --source <source-id> [--area <ONS code>] [--data <data-dir>] [--map <map.csv>]';
const OPTIONS = ['--drop', '--source', '--area', '--data', '--map'];

const args = process.argv.slice(2);
const options = new Map<string, string>();
const positional: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? '';
  const next = args[i + 1];
  if (!arg.startsWith('--')) positional.push(arg);
  else if (!OPTIONS.includes(arg) || next === undefined || next.startsWith('--')) {
    console.error(
      `${arg}: ${OPTIONS.includes(arg) ? 'needs a value' : 'is not an option'}\n${USAGE}`,
    );
    process.exit(1);
  } else {
    options.set(arg, next);
    i++;
  }
}
const wide = positional[0];
const drop = options.get('--drop');
const source = options.get('--source');
if (wide === undefined || positional.length > 1 || drop === undefined || source === undefined) {
  console.error(USAGE);
  process.exit(1);
}
const dataDir = (options.get('--data') ?? process.env.DATA_DIR ?? 'data').replace(/\/$/, '');

const result = await importWideSheet({
  wide,
  dataDir,
  drop,
  source,
  map: options.get('--map'),
  area: options.get('--area'),
});
if (result.problems.length > 0) {
  for (const p of result.problems) console.error(p);
  const one = result.problems.length === 1;
  console.error(
    `\n${result.problems.length} problem${one ? '' : 's'} found: nothing was written to ${result.target}. Fix ${one ? 'it' : 'them'} and import again.`,
  );
  process.exit(1);
}
const suppressed = result.rows.filter((r) => r.status === 'suppressed').length;
const measures = new Set(result.rows.map((r) => r.metric)).size;
console.log(
  `Added ${result.rows.length} figures (${suppressed} suppressed) for ${measures} measure${measures === 1 ? '' : 's'} to ${result.target}.`,
);

// The import is done; the publish check now reports on the whole folder, as npm run check-data would.
const { problems } = await checkFolder(resolve(dataDir));
if (problems.length > 0) {
  for (const p of problems) console.error(`${dataDir}/${formatProblem(p)}`);
  console.error(
    `\nThe figures were added, but the publish check found ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dataDir}. Fix them, then run: npm run check-data -- ${dataDir}`,
  );
} else {
  console.log(
    `Publish check: no problems found in ${dataDir}. See what changed with: npm run check-data -- ${dataDir} --diff`,
  );
}
