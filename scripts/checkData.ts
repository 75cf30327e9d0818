/**
 * The officer's publish check: `npm run check-data -- [data-dir] [--diff [drop-id]]`.
 * Reports every problem as `path:line: column: what is wrong — how to fix it` and exits 1 if any.
 * Output is flushed before the exit code is set, so nothing is lost through a pipe.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkFolder } from './lib/checkFolder';
import { describeDiff } from '../src/publish/describeDiff';
import { countOf, problemLines, writeLines, writeOut } from './lib/report';

const USAGE = 'Usage: npm run check-data -- [data-dir] [--diff [drop-id]]';

interface Args {
  dir: string;
  diff: boolean;
  drop: string | undefined;
  help: boolean;
}

/** `--diff` takes an optional drop id: the word right after it, when it is named like a drop. */
function readArgs(argv: string[]): Args {
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    options: { diff: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    tokens: true,
  });
  const diffAt = tokens.findIndex((t) => t.kind === 'option' && t.name === 'diff');
  const next = tokens[diffAt + 1];
  const drop =
    diffAt >= 0 && next?.kind === 'positional' && /^\d{4}-\d{2}-Q[1-4]$/.test(next.value)
      ? next.value
      : undefined;
  const rest = positionals.filter((p) => p !== drop);
  if (rest.length > 1) throw new Error(`one data folder at a time, not ${rest.join(' and ')}`);
  const dir = rest[0] ?? process.env.DATA_DIR ?? 'data';
  return { dir, diff: values.diff === true, drop, help: values.help === true };
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = readArgs(process.argv.slice(2));
  } catch (e) {
    await writeOut(process.stderr, `${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    return 1;
  }
  if (args.help) {
    await writeOut(process.stdout, `${USAGE}\n`);
    return 0;
  }
  const { dir } = args;
  const { data, problems } = await checkFolder(resolve(dir));
  if (problems.length > 0 || !data) {
    await writeLines(process.stderr, problemLines(dir, problems));
    await writeOut(
      process.stderr,
      `\n${countOf(problems.length)} found in ${dir}: nothing was published. Fix ` +
        `${problems.length === 1 ? 'it' : 'them'} and run the check again.\n`,
    );
    return 1;
  }
  const counts = [
    countOf(data.metrics.length, 'measure'),
    countOf(data.areas.length, 'area'),
    countOf(data.drops.length, 'drop'),
    countOf(data.observations.length, 'figure'),
  ];
  await writeOut(process.stdout, `${dir}: ${counts.join(', ')} — no problems found.\n`);
  if (args.diff) await writeOut(process.stdout, `${describeDiff(data, args.drop)}\n`);
  return 0;
}

process.exitCode = await main();
