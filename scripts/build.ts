/**
 * `npm run build`: checks the data folder (DATA_DIR, default data/), and only if it passes builds the
 * site into a temporary folder and swaps it in for OUT_DIR (default dist/). A refused build writes
 * nothing to OUT_DIR, so the previously built site stays exactly as it was.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatProblem } from '../src/data/problem';
import { DATA_FILES } from '../src/data/dataset';
import { checkFolder } from './lib/checkFolder';
import { splitDrop } from './lib/deriveFiles';
import { writeDataFiles, writeDerivedFiles, writePages } from './lib/siteFiles';
import { plainWriter } from './lib/siteWriter';

const dataDir = resolve(process.env.DATA_DIR ?? 'data');
const outDir = resolve(process.env.OUT_DIR ?? 'dist');

const { data, problems } = await checkFolder(dataDir);
if (problems.length > 0 || !data) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(
    `\nThe build was refused: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dataDir}. Nothing was written; ${outDir} is unchanged.`,
  );
  process.exit(1);
}

const tmp = `${outDir}.tmp-${process.pid}`;
// Always the production bundle, even when started from a test runner that sets NODE_ENV=test.
process.env.NODE_ENV = 'production';
rmSync(tmp, { recursive: true, force: true });
try {
  // Vite is loaded only once the data has passed: a refused build answers in a second or two.
  const { build } = await import('vite');
  await build({ mode: 'production', logLevel: 'warn', build: { outDir: tmp, emptyOutDir: true } });

  // The data is fetched at run time, so it is copied beside the app rather than compiled into it,
  // each drop also split the ways pages fetch it; then a page for every route.
  writeDataFiles(dataDir, data, tmp, plainWriter);
  const metricIds = data.metrics.map((m) => m.id);
  writeDerivedFiles(data, tmp, plainWriter, (drop) =>
    splitDrop(readFileSync(join(dataDir, DATA_FILES.values(drop)), 'utf8'), metricIds),
  );
  const index = readFileSync(join(tmp, 'index.html'), 'utf8');
  const pages = writePages(data, tmp, index, plainWriter);
  writeFileSync(join(tmp, '404.html'), index);

  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
  console.log(`Built ${pages} pages from ${dataDir} into ${outDir}.`);
} catch (e) {
  rmSync(tmp, { recursive: true, force: true });
  console.error(`The build failed; ${outDir} is unchanged.`);
  throw e;
}
