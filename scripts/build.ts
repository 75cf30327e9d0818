/**
 * `npm run build`: checks the data folder (DATA_DIR, default data/), and only if it passes builds
 * the site into a temporary folder and swaps it in for OUT_DIR (default dist/). A refused build
 * writes nothing to OUT_DIR, so the previously built site stays exactly as it was. OUT_DIR must be
 * a folder a build wrote (never the data or the project); BASE_PATH (default /) gets its closing
 * slash.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATA_FILES } from '../src/data/dataset';
import { checkFolder } from './lib/checkFolder';
import { splitDrop } from './lib/deriveFiles';
import {
  outputFolderProblem,
  removeOnInterrupt,
  removeStaleTemporaries,
  writeManifest,
} from './lib/outputFolder';
import { countOf, problemLines, writeLines, writeOut } from './lib/report';
import { appTemplate, readChunkManifest } from './lib/prerender';
import { startRenderPool, type RenderPool } from './lib/renderPool';
import { basePath } from './lib/basePath';
import { localToday } from './lib/today';
import { writeDataFiles, writeDerivedFiles, writePages, writeRenderedPages } from './lib/siteFiles';
import { plainWriter } from './lib/siteWriter';

const project = resolve(import.meta.dirname, '..');

async function main(): Promise<number> {
  const started = performance.now();
  const phases: string[] = [];
  let lap = started;
  const timed = (what: string) => {
    const now = performance.now();
    phases.push(`${what} ${((now - lap) / 1000).toFixed(1)} s`);
    lap = now;
  };
  const dataArg = process.env.DATA_DIR ?? 'data';
  const dataDir = resolve(dataArg);
  const outDir = resolve(process.env.OUT_DIR ?? 'dist');
  const refuse = async (line: string) => {
    await writeOut(process.stderr, `The build was refused: ${line} Nothing was written.\n`);
    return 1;
  };

  const base = basePath(process.env.BASE_PATH ?? '/');
  if ('problem' in base) return refuse(base.problem);
  // Vite reads BASE_PATH (vite.config.ts): every address in the site is built under it.
  process.env.BASE_PATH = base.base;
  const folder = outputFolderProblem({ out: outDir, name: 'OUT_DIR', dataDir, project });
  if (folder) return refuse(folder);

  const { data, problems } = await checkFolder(dataDir);
  timed('check');
  if (problems.length > 0 || !data) {
    await writeLines(process.stderr, problemLines(dataArg, problems));
    await writeOut(
      process.stderr,
      `\nThe build was refused: ${countOf(problems.length)} in ${dataDir}. Nothing was ` +
        `written; ${outDir} is unchanged.\n`,
    );
    return 1;
  }

  removeStaleTemporaries(outDir);
  const tmp = `${outDir}.tmp-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  // The page renderer, bundled for Node, lives in the project while the pages are rendered, so
  // Node finds the packages it imports (react, react-query) in the project's node_modules.
  const work = join(project, '.build-tmp', `renderer-${process.pid}`);
  removeOnInterrupt([tmp, work]);
  let pool: RenderPool | undefined;
  // Always the production bundle, even when started from a test runner that sets NODE_ENV=test.
  process.env.NODE_ENV = 'production';
  try {
    // Vite is loaded only once the data has passed: a refused build answers in a second or two.
    const { build } = await import('vite');
    await build({
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: tmp, emptyOutDir: true, manifest: true },
    });
    timed('scripts');
    // The data is fetched at run time, so it is copied beside the app rather than compiled into it,
    // each drop also split the ways pages fetch it; then a page for every route.
    writeDataFiles(dataDir, data, tmp, plainWriter);
    const metricIds = data.metrics.map((m) => m.id);
    writeDerivedFiles(data, tmp, plainWriter, (drop) =>
      splitDrop(readFileSync(join(dataDir, DATA_FILES.values(drop)), 'utf8'), metricIds),
    );
    timed('data files');
    const manifest = readChunkManifest(tmp);
    const index = appTemplate(tmp, manifest, base.base);
    // PRERENDER=off leaves every page empty until the browser draws it, as before pre-rendering
    // (for the bench's before-and-after).
    // The pages are rendered by a thread per core (PRERENDER_THREADS to choose how many).
    pool = process.env.PRERENDER === 'off' ? undefined : await startRenderPool(work);
    if (pool) timed('page renderer');
    const pages = pool
      ? await writeRenderedPages(data, tmp, index, plainWriter, {
          pool,
          builtOn: localToday(),
          manifest,
          base: base.base,
        })
      : writePages(data, tmp, index, plainWriter);
    await pool?.close();
    timed('pages');
    rmSync(work, { recursive: true, force: true });
    writeFileSync(join(tmp, '404.html'), index);
    writeManifest(tmp);

    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(tmp, outDir);
    rmSync(old, { recursive: true, force: true });
    timed('swap');
    const took = ((performance.now() - started) / 1000).toFixed(1);
    await writeOut(
      process.stdout,
      `Built ${pages} pages from ${dataDir} into ${outDir}, for the address ${base.base}. ` +
        `It took ${took} s: ${phases.join(', ')}.\n`,
    );
    return 0;
  } catch (e) {
    await pool?.close();
    rmSync(tmp, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
    await writeOut(process.stderr, `The build failed; ${outDir} is unchanged.\n`);
    throw e;
  }
}

process.exitCode = await main();
