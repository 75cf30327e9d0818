/**
 * `npm run build:all -- --out <folder> [--only E06000016,E08000025]`: every English council's site
 * in one static folder. Each council is at `<base><council>/`, made from the folder that
 * `npm run import:real-data -- --authority <code>` makes and checked as `check-data` checks it; all
 * of them share one set of scripts and styles at `<base>assets/` and find their own data through
 * `<meta name="site-root">`. `<base>` (BASE_PATH, default /; /sc is built as /sc/, as by `build`)
 * has the national index: a searchable list and a map. Files that are the same in every site (the
 * national figures, each site's pages) are written once and hard-linked. The folder is built
 * beside <out> and swapped in only when complete.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/data/problem';
import { DATA_FILES } from '../src/data/dataset';
import { checkFolder } from './lib/checkFolder';
import { councilSlug } from './lib/councilConfig';
import { splitDrop, type DropSplit } from './lib/deriveFiles';
import { englandMap } from './lib/englandMap';
import { findCouncil } from './lib/findCouncil';
import { readNationalAreas, type Council } from './lib/nationalAreas';
import { councilFolder } from './lib/councilFolder';
import { nationalIndex } from './lib/nationalIndex';
import { startRenderPool, type RenderPool } from './lib/renderPool';
import { writeDataFiles, writeDerivedFiles, writeRenderedPages } from './lib/siteFiles';
import { localToday } from './lib/today';
import { linkingWriter } from './lib/siteWriter';
import { basePath } from './lib/basePath';
import { buildAssets } from './lib/buildAssets';
import {
  outputFolderProblem,
  removeOnInterrupt,
  removeStaleTemporaries,
  writeManifest,
} from './lib/outputFolder';

const started = performance.now();
const args = parseArgs({ options: { out: { type: 'string' }, only: { type: 'string' } } });
const out = resolve(args.values.out ?? 'dist-all');
const realData = resolve(process.env.REAL_DATA ?? '../shared/real-data');
// As `build` takes it: a leading slash is required, the closing one added (lib/basePath.ts).
const given = basePath(process.env.BASE_PATH ?? '/');
if ('problem' in given) {
  console.error(`build:all was refused: ${given.problem} Nothing was written.`);
  process.exit(1);
}
const { base } = given;

const national = readNationalAreas(realData, 'scripts/import/national/code-changes.csv');
let councils: Council[] = national.councils;
if (args.values.only) {
  const found = args.values.only
    .split(',')
    .map((q) => findCouncil(q, national.councils, national.codeChanges));
  const errors = found.flatMap((f) => ('error' in f ? [f.error] : []));
  if (errors.length > 0) {
    for (const e of errors) console.error(e);
    process.exit(1);
  }
  const chosen = new Set(found.flatMap((f) => ('council' in f ? [f.council.code] : [])));
  councils = national.councils.filter((c) => chosen.has(c.code));
}
const seconds = () => (performance.now() - started) / 1000;
const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;

// The whole of --out is replaced: it must be a folder a build wrote, never the project
// (lib/outputFolder.ts).
const refused = outputFolderProblem({ out, name: '--out', project: resolve('.') });
if (refused) {
  console.error(`build:all was refused: ${refused} Nothing was written.`);
  process.exit(1);
}
removeStaleTemporaries(out);
const tmp = `${out}.tmp-${process.pid}`;
const work = `${out}.work-${process.pid}`;
// The page renderer lives in the project, where Node finds the packages it imports (as in
// build.ts).
const renderer = resolve('.build-tmp', `renderer-${process.pid}`);
removeOnInterrupt([tmp, work, renderer]);
rmSync(tmp, { recursive: true, force: true });
rmSync(work, { recursive: true, force: true });
let pool: RenderPool | undefined;
try {
  // The national figures are the same in every council's folder: import them once and check them.
  const first = councils[0];
  if (!first) throw new Error('No council to build.');
  const shared = join(work, 'national-data');
  const imported = spawnSync(
    resolve('node_modules', '.bin', 'tsx'),
    ['scripts/importRealData.ts', '--authority', first.code, '--out', shared],
    { encoding: 'utf8', env: { ...process.env, REAL_DATA: realData } },
  );
  if (imported.status !== 0)
    throw new Error(`import:real-data failed:\n${imported.stdout}${imported.stderr}`);
  const checked = await checkFolder(shared);
  if (!checked.data || checked.problems.length > 0) {
    for (const p of checked.problems) console.error(formatProblem(p));
    throw new Error(`The national data folder has ${checked.problems.length} problem(s).`);
  }
  const data = checked.data;
  console.log(
    `[${clock(seconds())}] national figures imported and checked: ` +
      `${data.observations.length.toLocaleString('en-GB')} figures, ${data.areas.length} areas`,
  );

  // One set of scripts and styles for every site, and the national index page.
  const { appHtml, indexHtml, manifest } = await buildAssets(tmp, base);
  pool = await startRenderPool(renderer);
  const builtOn = localToday();
  console.log(
    `[${clock(seconds())}] scripts, styles and page renderer built once into ${base}assets/`,
  );

  const metricIds = data.metrics.map((m) => m.id);
  const splits = new Map<string, DropSplit>();
  const split = (drop: string) => {
    const known = splits.get(drop);
    if (known) return known;
    const made = splitDrop(readFileSync(join(shared, DATA_FILES.values(drop)), 'utf8'), metricIds);
    splits.set(drop, made);
    return made;
  };
  const writer = linkingWriter();
  const slugs = new Map<string, string>();
  const loop = performance.now();
  for (const [i, council] of councils.entries()) {
    const slug = councilSlug(council.name);
    if (slugs.has(slug)) throw new Error(`${council.name} and ${slugs.get(slug)} share "${slug}"`);
    slugs.set(slug, council.name);
    const own = councilFolder(council, national, data, 'scripts/import/sources.csv');
    if (own.problems.length > 0) {
      for (const p of own.problems) console.error(`${slug}/data/${formatProblem(p)}`);
      throw new Error(`${council.name}'s data folder did not pass the check.`);
    }
    const dir = join(tmp, slug);
    writeDataFiles(shared, own.data, dir, writer, own.files);
    writeDerivedFiles(own.data, dir, writer, split);
    const html = appHtml.replace(
      '<meta charset="utf-8" />',
      `<meta charset="utf-8" />\n    <meta name="site-root" content="${base}${slug}/" />`,
    );
    // Each council's latest pages are rendered with their figures; its earlier drops' snapshots are
    // drawn by the browser (rendering them too would treble the time and the room on disk), and so
    // are its maps (each carries every council's boundaries: about 180 KB a page, over a gigabyte
    // for 153 councils).
    await writeRenderedPages(own.data, dir, html, writer, {
      pool,
      builtOn,
      manifest,
      base,
      root: `${base}${slug}/`,
      rendered: (route) => route.drop === undefined && route.view.page !== 'map',
    });
    const done = i + 1;
    const each = (performance.now() - loop) / 1000 / done;
    console.log(
      `[${done}/${councils.length}] ${council.name} · ${clock(seconds())} elapsed · about ` +
        `${clock(each * (councils.length - done))} left`,
    );
  }

  const index = nationalIndex(
    indexHtml,
    councils.map((c) => ({
      code: c.code,
      name: c.name,
      region: c.region.name,
      slug: councilSlug(c.name),
    })),
    englandMap(join(realData, 'ctyua_dec2024_uk_buc.topo.json')),
    base,
  );
  writer.write(join(tmp, 'index.html'), index);
  writer.write(join(tmp, '404.html'), index);
  writeManifest(tmp);

  const old = `${out}.old-${process.pid}`;
  if (existsSync(out)) renameSync(out, old);
  renameSync(tmp, out);
  rmSync(old, { recursive: true, force: true });
  console.log(
    `Built ${councils.length} council site${councils.length === 1 ? '' : 's'} into ${out} ` +
      `in ${clock(seconds())} (${writer.counts.written.toLocaleString('en-GB')} files ` +
      `written, ${writer.counts.linked.toLocaleString('en-GB')} hard-linked to an identical ` +
      'file).',
  );
} catch (e) {
  rmSync(tmp, { recursive: true, force: true });
  console.error(`The national build failed; ${out} is unchanged.`);
  throw e;
} finally {
  await pool?.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(renderer, { recursive: true, force: true });
}
