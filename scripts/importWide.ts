/**
 * Imports a council's report sheet (one row per measure, one column per period; CSV or .xlsx) into a
 * drop. Writes nothing and exits 1 if anything is wrong; otherwise adds the figures, says what it
 * left out, and runs the publish check.
 */
import { resolve } from 'node:path';
import { formatProblem } from '../src/data/problem';
import { checkFolder } from './lib/checkFolder';
import { IMPORT_STATUSES, type ImportStatus } from '../src/wide/sheetToLong';
import { importWideSheet } from './lib/importWideSheet';
import { reportLines } from '../src/wide/reportLines';

const USAGE =
  'Usage: npm run import-wide -- <sheet.csv|book.xlsx> --drop <drop-id> --source <source-id> [--sheet <name>] [--map <map.csv>] [--status final|provisional|estimated] [--note <text>] [--area <ONS code>] [--data <data-dir>]';
const OPTIONS = [
  '--drop',
  '--source',
  '--area',
  '--data',
  '--map',
  '--status',
  '--note',
  '--sheet',
];

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
const statusText = options.get('--status') ?? 'final';
const status = IMPORT_STATUSES.find((s) => s === statusText);
if (status === undefined) {
  console.error(
    `--status: "${statusText}" is not a status — write one of ${IMPORT_STATUSES.join(', ')} (a suppressed cell stays suppressed)\n${USAGE}`,
  );
  process.exit(1);
}
const sheet = options.get('--sheet');
if (sheet !== undefined && !/\.xlsx$/i.test(wide)) {
  console.error(
    `--sheet: ${wide} is not an .xlsx workbook — leave --sheet out for a CSV file\n${USAGE}`,
  );
  process.exit(1);
}

const result = await importWideSheet({
  wide,
  dataDir,
  drop,
  source,
  map: options.get('--map'),
  area: options.get('--area'),
  status: status satisfies ImportStatus,
  note: options.get('--note') ?? '',
  sheet,
});
if (result.problems.length > 0) {
  for (const p of result.problems) console.error(p);
  const one = result.problems.length === 1;
  console.error(
    `\n${result.problems.length} problem${one ? '' : 's'} found: nothing was written to ${result.target}. Fix ${one ? 'it' : 'them'} and import again.`,
  );
  process.exit(1);
}
if (result.report) for (const line of reportLines(result.report, wide)) console.log(line);
const suppressed = result.rows.filter((r) => r.status === 'suppressed').length;
const measures = new Set(result.rows.map((r) => r.metric)).size;
console.log(
  `Added ${result.rows.length} figures (${suppressed} suppressed; the others ${status}) for ${measures} measure${measures === 1 ? '' : 's'} to ${result.target}.`,
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
