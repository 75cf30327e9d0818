/**
 * `npm run build`: checks the data folder (DATA_DIR, default data/), and only if it passes builds the
 * site into a temporary folder and swaps it in for OUT_DIR (default dist/). A refused build writes
 * nothing to OUT_DIR, so the previously built site stays exactly as it was.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatProblem } from '../src/data/problem';
import { DATA_FILES } from '../src/data/dataset';
import { headerRow } from '../src/data/tables';
import { allRoutes, routePath } from '../src/routes';
import { checkFolder } from './lib/checkFolder';
import { deriveDropFiles } from './lib/deriveFiles';

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

/** The header row of an optional file, for publishing it empty. */
const OPTIONAL: Record<string, string[]> = {
  [DATA_FILES.targets]: headerRow('targets'),
  [DATA_FILES.events]: headerRow('events'),
  [DATA_FILES.outcomes]: headerRow('outcomes'),
  [DATA_FILES.questions]: headerRow('questions'),
};
function optionalHeader(file: string): string {
  const columns = file.endsWith('/commentary.csv') ? headerRow('commentary') : OPTIONAL[file];
  if (!columns) throw new Error(`${file} is missing from the data folder`);
  return columns.join(',');
}

const tmp = `${outDir}.tmp-${process.pid}`;
// Always the production bundle, even when started from a test runner that sets NODE_ENV=test.
process.env.NODE_ENV = 'production';
rmSync(tmp, { recursive: true, force: true });
try {
  // Vite is loaded only once the data has passed: a refused build answers in a second or two.
  const { build } = await import('vite');
  await build({ mode: 'production', logLevel: 'warn', build: { outDir: tmp, emptyOutDir: true } });

  // The data is fetched at run time, so it is copied beside the app rather than compiled into it.
  const files = [
    DATA_FILES.site,
    DATA_FILES.metrics,
    DATA_FILES.areas,
    DATA_FILES.sources,
    DATA_FILES.drops,
    DATA_FILES.targets,
    DATA_FILES.events,
    DATA_FILES.outcomes,
    DATA_FILES.questions,
    ...data.drops.flatMap((d) => [DATA_FILES.values(d.id), DATA_FILES.commentary(d.id)]),
  ];
  for (const file of files) {
    const from = join(dataDir, file);
    const to = join(tmp, 'data', file);
    mkdirSync(dirname(to), { recursive: true });
    // An optional file the folder lacks is published empty, so the site never asks for a file that is not there.
    if (existsSync(from)) cpSync(from, to);
    else writeFileSync(to, `${optionalHeader(file)}\n`);
  }

  // Each drop's figures split the ways pages fetch them: the overview's areas, and one file per measure.
  for (const drop of data.drops) {
    const files = deriveDropFiles(
      readFileSync(join(dataDir, DATA_FILES.values(drop.id)), 'utf8'),
      data.site,
      data.metrics.map((m) => m.id),
    );
    for (const [name, text] of files) {
      const to = join(tmp, 'data', 'derived', drop.id, name);
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, text);
    }
  }

  // A plain static host serves a folder's index.html: write one for every page so deep links and reloads work.
  const index = readFileSync(join(tmp, 'index.html'), 'utf8');
  const routes = allRoutes(
    data.metrics.map((m) => m.id),
    data.drops.map((d) => d.id),
  );
  for (const route of routes) {
    const path = routePath(route);
    if (path === '') continue;
    mkdirSync(join(tmp, path), { recursive: true });
    writeFileSync(join(tmp, path, 'index.html'), index);
  }
  writeFileSync(join(tmp, '404.html'), index);

  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
  console.log(`Built ${routes.length} pages from ${dataDir} into ${outDir}.`);
} catch (e) {
  rmSync(tmp, { recursive: true, force: true });
  console.error(`The build failed; ${outDir} is unchanged.`);
  throw e;
}
