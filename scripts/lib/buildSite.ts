/**
 * The one way scripts and tests build a site: the real `npm run build` (scripts/build.ts) in a
 * child process, from a data folder into an output folder under a base path, as an officer would
 * run it.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const project = resolve(import.meta.dirname, '..', '..');

export interface BuildOptions {
  /** DATA_DIR; relative paths are read from the project folder. */
  dataDir: string;
  /** OUT_DIR. */
  outDir: string;
  /** BASE_PATH, default /. */
  basePath?: string;
  /**
   * false for pages left empty until the browser draws them (the bench's "before pre-rendering").
   */
  prerender?: boolean;
  /** Show the build's output as it runs (for `npm run pack`) as well as collecting it. */
  echo?: boolean;
}

export interface BuildRun {
  ok: boolean;
  status: number | null;
  seconds: number;
  /** Everything it printed, stdout then stderr interleaved as they came, without colour codes. */
  output: string;
}

/** Runs the build and reports how it went; never throws for a refused or failed build. */
export function buildSite({
  dataDir,
  outDir,
  basePath = '/',
  prerender = true,
  echo = false,
}: BuildOptions) {
  const started = performance.now();
  return new Promise<BuildRun>((done) => {
    const child = spawn(join(project, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts'], {
      cwd: project,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        OUT_DIR: outDir,
        BASE_PATH: basePath,
        PRERENDER: prerender ? 'on' : 'off',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString();
      if (echo) to.write(chunk);
    };
    child.stdout.on('data', collect(process.stdout));
    child.stderr.on('data', collect(process.stderr));
    const finish = (status: number | null, extra = '') =>
      done({
        ok: status === 0,
        status,
        seconds: (performance.now() - started) / 1000,
        output: stripVTControlCharacters(output + extra).trim(),
      });
    child.on('error', (error) => finish(null, `\n${error.message}`));
    child.on('close', (status) => finish(status));
  });
}

/** Builds the site, or throws with everything the build printed. */
export async function buildSiteOrThrow(options: BuildOptions): Promise<void> {
  const run = await buildSite(options);
  if (!run.ok)
    throw new Error(
      `Building ${options.dataDir} into ${options.outDir} ` +
        `(BASE_PATH=${options.basePath ?? '/'}) failed (exit ${run.status}):\n\n${run.output}`,
    );
}
