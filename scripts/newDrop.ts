/**
 * Starts a quarterly drop: `npm run new-drop -- <drop-id> [data-dir]` (data-dir: DATA_DIR, or data/).
 * Makes drops/<drop-id>/ with an empty values.csv, a commentary.csv and a README.md of instructions,
 * and adds the drop to drops.csv.
 */
import { createDrop } from './lib/scaffoldDrop';
import { localToday } from './lib/today';

const [id, dirArg] = process.argv.slice(2).filter((a) => !a.startsWith('-'));
if (id === undefined) {
  console.error(
    'Usage: npm run new-drop -- <drop-id> [data-dir], e.g. npm run new-drop -- 2026-27-Q3 data',
  );
  process.exit(1);
}
const dir = (dirArg ?? process.env.DATA_DIR ?? 'data').replace(/\/$/, '');

// "Today" is read once, here, so everything below is a pure function of it.
const today = localToday();

const result = createDrop(dir, id, today);
if (!result.ok) {
  console.error(`The drop was not created: ${result.message}`);
  process.exit(1);
}
for (const file of result.files) console.log(`wrote ${dir}/${file.path}`);
console.log(`
The drop ${id} is started, with published date ${today} in ${dir}/drops.csv: change it to the day the figures go public.
Until it has figures, the publish check fails with "the drop ${id} has no figures". That is expected.
Next: add figures (see ${dir}/drops/${id}/README.md), for example from a wide sheet:
  npm run import-wide -- path/to/sheet.csv --drop ${id} --source <source id> --data ${dir}
then check: npm run check-data -- ${dir} --diff`);
