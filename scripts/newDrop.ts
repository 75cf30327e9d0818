/**
 * Starts a quarterly drop: `npm run new-drop -- <drop-id> [data-dir]` (data-dir: DATA_DIR, or
 * data/).
 * Makes drops/<drop-id>/ with an empty values.csv, a commentary.csv and a README.md of
 * instructions, and adds the drop to drops.csv.
 */
import { parseArgs } from 'node:util';
import { writeOut } from './lib/report';
import { createDrop } from './lib/scaffoldDrop';
import { localToday } from './lib/today';

const USAGE = `Usage: npm run new-drop -- <drop-id> [data-dir]

Starts the quarterly drop <drop-id> (the financial year and the latest quarter it reports, e.g.
2026-27-Q3) in data-dir (default: DATA_DIR, or data): makes drops/<drop-id>/ with an empty
values.csv, a commentary.csv and a README.md of instructions, and adds the drop to drops.csv.`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: { help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (e) {
    await writeOut(process.stderr, `${e instanceof Error ? e.message : String(e)}\n\n${USAGE}\n`);
    return 1;
  }
  if (parsed.values.help) {
    await writeOut(process.stdout, `${USAGE}\n`);
    return 0;
  }
  const [id, dirArg, ...extra] = parsed.positionals;
  if (id === undefined || extra.length > 0) {
    await writeOut(process.stderr, `${USAGE}\n`);
    return 1;
  }
  const dir = (dirArg ?? process.env.DATA_DIR ?? 'data').replace(/\/$/, '');
  // "Today" is read once, here, so everything below is a pure function of it.
  const today = localToday();
  const result = createDrop(dir, id, today);
  if (!result.ok) {
    await writeOut(process.stderr, `The drop was not created: ${result.message}\n`);
    return 1;
  }
  for (const file of result.files) console.log(`wrote ${dir}/${file.path}`);
  await writeOut(
    process.stdout,
    `
The drop ${id} is started, with published date ${today} in ${dir}/drops.csv: change it to the day
the figures go public. Until it has figures, the publish check fails with "the drop ${id} has no
figures". That is expected.
Next: add figures (see ${dir}/drops/${id}/README.md), for example from a wide sheet:
  npm run import-wide -- path/to/sheet.csv --drop ${id} --source <source id> --data ${dir}
then check: npm run check-data -- ${dir} --diff
`,
  );
  return 0;
}

process.exitCode = await main();
