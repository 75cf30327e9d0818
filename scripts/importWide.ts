/**
 * Imports a council's report sheet (one row per measure, one column per period; CSV or .xlsx) into
 * a drop. Writes nothing and exits 1 if anything is wrong; otherwise adds the figures, says what it
 * left out, and runs the publish check.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/data/problem';
import { checkFolder } from './lib/checkFolder';
import { IMPORT_STATUSES, type ImportStatus } from '../src/wide/sheetToLong';
import { importWideSheet } from './lib/importWideSheet';
import { reportLines } from '../src/wide/reportLines';

const USAGE =
  'Usage: npm run import-wide -- <sheet.csv|book.xlsx> --drop <drop-id> --source ' +
  '<source-id> [--sheet <name>] [--map <map.csv>] [--status final|provisional|estimated] ' +
  '[--note <text>] [--area <ONS code>] [--data <data-dir>]';
const OPTIONS = ['drop', 'source', 'area', 'data', 'map', 'status', 'note', 'sheet'] as const;
const STRING = { type: 'string' } as const;

// Not strict, so that an unknown option or a missing value gets this script's own one-line message.
const {
  values: options,
  positionals: positional,
  tokens,
} = parseArgs({
  options: Object.fromEntries(OPTIONS.map((o) => [o, STRING])),
  allowPositionals: true,
  strict: false,
  tokens: true,
});
for (const token of tokens) {
  if (token.kind !== 'option') continue;
  const known = OPTIONS.some((o) => o === token.name);
  // As before parseArgs: a value that starts with -- is the next option, so this one has none.
  const missing = token.value === undefined || (!token.inlineValue && token.value.startsWith('--'));
  if (!known || missing) {
    console.error(`${token.rawName}: ${known ? 'needs a value' : 'is not an option'}\n${USAGE}`);
    process.exit(1);
  }
}
const option = (name: (typeof OPTIONS)[number]) => {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
};
const wide = positional[0];
const drop = option('drop');
const source = option('source');
if (wide === undefined || positional.length > 1 || drop === undefined || source === undefined) {
  console.error(USAGE);
  process.exit(1);
}
const dataDir = (option('data') ?? process.env.DATA_DIR ?? 'data').replace(/\/$/, '');
const statusText = option('status') ?? 'final';
const status = IMPORT_STATUSES.find((s) => s === statusText);
if (status === undefined) {
  console.error(
    `--status: "${statusText}" is not a status — write one of ` +
      `${IMPORT_STATUSES.join(', ')} (a suppressed cell stays suppressed)\n${USAGE}`,
  );
  process.exit(1);
}
const sheet = option('sheet');
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
  map: option('map'),
  area: option('area'),
  status: status satisfies ImportStatus,
  note: option('note') ?? '',
  sheet,
});
if (result.problems.length > 0) {
  for (const p of result.problems) console.error(p);
  const one = result.problems.length === 1;
  console.error(
    `\n${result.problems.length} problem${one ? '' : 's'} found: nothing was written to ` +
      `${result.target}. Fix ${one ? 'it' : 'them'} and import again.`,
  );
  process.exit(1);
}
if (result.report) for (const line of reportLines(result.report, wide)) console.log(line);
const suppressed = result.rows.filter((r) => r.status === 'suppressed').length;
const measures = new Set(result.rows.map((r) => r.metric)).size;
console.log(
  `Added ${result.rows.length} figures (${suppressed} suppressed; the others ${status}) ` +
    `for ${measures} measure${measures === 1 ? '' : 's'} to ${result.target}.`,
);

// The import is done; the publish check now reports on the whole folder, as npm run check-data
// would.
const { problems } = await checkFolder(resolve(dataDir));
if (problems.length > 0) {
  for (const p of problems) console.error(`${dataDir}/${formatProblem(p)}`);
  console.error(
    `\nThe figures were added, but the publish check found ${problems.length} ` +
      `problem${problems.length === 1 ? '' : 's'} in ${dataDir}. Fix them, then run: npm run ` +
      `check-data -- ${dataDir}`,
  );
} else {
  console.log(
    `Publish check: no problems found in ${dataDir}. See what changed with: npm run ` +
      `check-data -- ${dataDir} --diff`,
  );
}
