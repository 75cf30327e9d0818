/**
 * The national build at three sizes: `npm run build:all` for the first 1, 10 and all 153 councils
 * (by name), timed as a person would run it, with the folder's room on disk (hard-linked files
 * counted once, as `du` does), the bytes a host that stores every file separately would hold, and
 * the files.
 *
 * Run on its own: `npx tsx scripts/bench/nationalBuild.ts [1,10,153]`.
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readNationalAreas } from '../lib/nationalAreas';

export interface NationalBuildRun {
  councils: number;
  ok: boolean;
  seconds: number;
  /** Room on disk: each distinct file once, in whole blocks. */
  diskBytes: number;
  /** The sum of every file's size, as an upload to a host that stores each file stores it. */
  apparentBytes: number;
  files: number;
  output: string;
}

function measureFolder(
  dir: string,
): Pick<NationalBuildRun, 'diskBytes' | 'apparentBytes' | 'files'> {
  const seen = new Set<string>();
  let diskBytes = 0;
  let apparentBytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const st = lstatSync(join(e.parentPath, e.name));
    const inode = `${st.dev}:${st.ino}`;
    if (!seen.has(inode)) {
      seen.add(inode);
      diskBytes += st.blocks * 512;
    }
    if (!e.isFile()) continue;
    files += 1;
    apparentBytes += st.size;
  }
  return { diskBytes, apparentBytes, files };
}

/** Builds the first `n` councils for each n, one after another, and measures each folder. */
export function benchNationalBuild(
  benchDir: string,
  sizes: number[],
  realData: string,
): NationalBuildRun[] {
  const councils = readNationalAreas(realData, 'scripts/import/national/code-changes.csv').councils;
  return sizes.map((n) => {
    const out = join(benchDir, `all-${n}`);
    const only = councils.slice(0, n).map((c) => c.code);
    const started = performance.now();
    const r = spawnSync(
      resolve('node_modules', '.bin', 'tsx'),
      [
        'scripts/buildAll.ts',
        '--out',
        out,
        ...(n < councils.length ? ['--only', only.join(',')] : []),
      ],
      { encoding: 'utf8', env: { ...process.env, REAL_DATA: realData }, maxBuffer: 64 << 20 },
    );
    const seconds = (performance.now() - started) / 1000;
    const ok = r.status === 0;
    const sizesOf = ok ? measureFolder(out) : { diskBytes: 0, apparentBytes: 0, files: 0 };
    rmSync(out, { recursive: true, force: true });
    const output = `${r.stdout}${r.stderr}`.trim().split('\n').slice(-3).join('\n');
    console.log(
      `  build:all, ${n} council${n === 1 ? '' : 's'}: ` +
        `${ok ? `${seconds.toFixed(0)} s` : `FAILED\n${output}`}`,
    );
    return { councils: n, ok, seconds, ...sizesOf, output };
  });
}

const mb = (bytes: number) =>
  `${(bytes / 1024 ** 2).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;

/** The runs as a Markdown section for the bench summary. */
export function describeNationalBuild(runs: NationalBuildRun[]): string {
  const rows = runs.map((r) =>
    r.ok
      ? `| ${r.councils} | ${r.seconds.toFixed(0)} s | ` +
        `${(r.seconds / r.councils).toFixed(1)} s | ${mb(r.diskBytes)} | ` +
        `${mb(r.apparentBytes)} | ${r.files.toLocaleString('en-GB')} |`
      : `| ${r.councils} | failed: ${r.output.replace(/\n/g, ' ')} | | | | |`,
  );
  return [
    '## National build (`npm run build:all`)',
    '',
    'Goal: all 153 councils in under 10 minutes and under 1 GB on 2 cores. "On disk" ' +
      'counts each hard-linked file once (as `du` does); "every file stored" is what a host ' +
      'that keeps each file separately holds.',
    '',
    '| councils | total time | per council | on disk | every file stored | files |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const sizes = (process.argv[2] ?? '1,10,153').split(',').map(Number);
  const runs = benchNationalBuild(
    resolve('.bench'),
    sizes,
    resolve(process.env.REAL_DATA ?? '../shared/real-data'),
  );
  console.log(`\n${describeNationalBuild(runs)}`);
}
