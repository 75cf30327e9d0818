/**
 * The officer's publish check: `npm run check-data -- [data-dir] [--diff [drop-id]]`.
 * Reports every problem as `path:line: column: what is wrong — how to fix it` and exits 1 if any.
 */
import { resolve } from 'node:path';
import { formatProblem } from '../src/data/problem';
import { checkFolder } from './lib/checkFolder';
import { describeDiff } from './lib/describeDiff';

const args = process.argv.slice(2);
const diffAt = args.indexOf('--diff');
const wantDiff = diffAt >= 0;
const diffDrop =
  wantDiff && args[diffAt + 1] && !args[diffAt + 1]?.startsWith('-') ? args[diffAt + 1] : undefined;
const positional = args.filter(
  (a, i) => !a.startsWith('-') && !(wantDiff && i === diffAt + 1 && a === diffDrop),
);
const dir = positional[0] ?? process.env.DATA_DIR ?? 'data';

const { data, problems } = await checkFolder(resolve(dir));
for (const p of problems) console.error(`${dir.replace(/\/$/, '')}/${formatProblem(p)}`);
if (problems.length > 0) {
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? '' : 's'} found in ${dir}: nothing was published. Fix them and run the check again.`,
  );
  process.exit(1);
}
if (!data) process.exit(1);
const rows = data.observations.length;
console.log(
  `${dir}: ${data.metrics.length} measures, ${data.areas.length} areas, ${data.drops.length} drops, ${rows.toLocaleString('en-GB')} figures — no problems found.`,
);
if (wantDiff) console.log(describeDiff(data, diffDrop));
