/** Runs the project's own scripts (build, data check) as a person would, timing them. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildSite as buildOne } from '../lib/buildSite';

const tsx = resolve('node_modules', '.bin', 'tsx');

export interface ScriptRun {
  ok: boolean;
  seconds: number;
  output: string;
}

export function runScript(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): ScriptRun {
  const started = performance.now();
  const r = spawnSync(tsx, [script, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 300_000,
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  return { ok: r.status === 0, seconds: (performance.now() - started) / 1000, output };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * `scripts/build.ts` with DATA_DIR and OUT_DIR. Others may be editing the source while this runs,
 * so a failed build is tried again twice, 20 s apart, before giving up.
 */
export async function buildSite(
  dataDir: string,
  outDir: string,
  prerender = true,
): Promise<ScriptRun> {
  const build = () => buildOne({ dataDir: resolve(dataDir), outDir: resolve(outDir), prerender });
  let run = await build();
  for (let attempt = 2; !run.ok && attempt <= 3; attempt++) {
    console.log(
      `  build of ${dataDir} failed; trying again in 20 s (attempt ${attempt} of 3). Last ` +
        `lines:\n${indent(tail(run.output, 6))}`,
    );
    await sleep(20_000);
    run = await build();
  }
  return run;
}

export const tail = (text: string, lines: number): string =>
  text
    .split('\n')
    .filter((l) => !l.includes('Unknown user config'))
    .slice(-lines)
    .join('\n');
export const indent = (text: string): string => text.replace(/^/gm, '    ');
