/**
 * `check-data` at scale, as an officer's CI runs it: a valid drop of about a million rows (the
 * synthetic councils and measures over 108 quarters, all in one drop), and the same drop with
 * 200,000 figures made unreadable, its report piped through `cat` into a file. Times each run,
 * takes its peak memory (the maximum resident set size GNU time reports), and checks that every
 * problem line and the closing count came through the pipe.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATA_FILES } from '../../src/data/dataset';
import { countOf } from '../lib/report';
import { SYNTHETIC_SHAPE, syntheticQuarters, writeSyntheticData } from './syntheticData';

const tsx = resolve('node_modules', '.bin', 'tsx');
/** 1999-00 Q1 to 2025-26 Q4: 108 quarters × 60 measures × 155 areas = 1,004,400 rows. */
const SPAN = { quarters: 108, firstYear: 1999, oneDrop: true } as const;
const BAD = 200_000;

interface Run {
  status: number | null;
  seconds: number;
  /** Processor time, user and system, of the whole run. */
  cpuSeconds: number;
  /** Peak resident memory of the largest process, in MB. */
  peakMB: number;
  lines: string[];
}

/** Runs `check-data` on `dir` with its output piped through `cat` into a file, under GNU time. */
function checkThroughPipe(dir: string, work: string): Run {
  const [timing, to] = [join(work, 'time.txt'), join(work, 'report.txt')];
  const started = performance.now();
  const r = spawnSync(
    'bash',
    [
      '-c',
      'set -o pipefail; /usr/bin/time -f "%U %S %M" -o "$3" "$0" scripts/checkData.ts "$1" ' +
        '2>&1 | cat > "$2"',
      tsx,
      dir,
      to,
      timing,
    ],
    { env: { ...process.env, NO_COLOR: '1' }, stdio: 'inherit' },
  );
  const seconds = (performance.now() - started) / 1000;
  // GNU time writes "Command exited with non-zero status 1" first when the check fails.
  const [user = NaN, system = NaN, kb = NaN] = (
    readFileSync(timing, 'utf8').trim().split('\n').at(-1) ?? ''
  )
    .split(' ')
    .map(Number);
  const lines = readFileSync(to, 'utf8').trimEnd().split('\n');
  return { status: r.status, seconds, cpuSeconds: user + system, peakMB: kb / 1024, lines };
}

const figures = (run: Run) =>
  `${run.seconds.toFixed(1)} s (${run.cpuSeconds.toFixed(1)} s of processor time), peak ` +
  `memory ${Math.round(run.peakMB).toLocaleString('en-GB')} MB, exit ${run.status}`;

/** Runs both cases in `work` (a folder of its own) and returns the lines for the report. */
export function benchCheckScale(work: string): string[] {
  const dir = join(work, 'million');
  const { figures: rows } = writeSyntheticData(dir, 20260101, SPAN);
  const drop = syntheticQuarters(SPAN.quarters, SPAN.firstYear).at(-1)?.drop ?? '';
  const valid = checkThroughPipe(dir, work);
  const out = [
    `check-data on one valid drop of ${rows.toLocaleString('en-GB')} rows ` +
      `(${SYNTHETIC_SHAPE.councils + 2} areas × ${SYNTHETIC_SHAPE.measures} measures × ` +
      `${SPAN.quarters} quarters): ${figures(valid)}; last line "${valid.lines.at(-1) ?? ''}"`,
  ];

  // The same drop with its first 200,000 figures unreadable ("x1", "x2", …): one problem each.
  const values = join(dir, DATA_FILES.values(drop));
  const text = readFileSync(values, 'utf8').split('\n');
  let broken = 0;
  for (let i = 1; i < text.length && broken < BAD; i++) {
    const cells = text[i]?.split(',');
    if (!cells || cells.length < 6 || cells[3] === '') continue;
    cells[3] = `x${++broken}`;
    text[i] = cells.join(',');
  }
  writeFileSync(values, text.join('\n'));
  const bad = checkThroughPipe(dir, work);
  const problems = bad.lines.filter((l) => / value: "x\d+" is not a number — /.test(l)).length;
  const closing =
    `${countOf(BAD)} found in ${dir}: nothing was published. ` +
    'Fix them and run the check again.';
  const last = bad.lines.at(-1);
  const closingCame = last === closing ? 'did' : `did NOT (last line: "${last ?? ''}")`;
  out.push(
    `check-data on the same drop with ${BAD.toLocaleString('en-GB')} unreadable figures, ` +
      `piped through cat: ${figures(bad)}; ${problems.toLocaleString('en-GB')} problem lines ` +
      `came through, and the closing count ${closingCame}`,
  );
  return out;
}

// On its own: `npx tsx scripts/bench/checkScale.ts` (works in .bench/check-scale).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const work = resolve('.bench', 'check-scale');
  mkdirSync(work, { recursive: true });
  for (const line of benchCheckScale(work)) console.log(line);
}
