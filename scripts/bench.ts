/**
 * `npm run bench`: builds the site for three data folders (the shipped data, every council's real
 * ASCOF figures, and a labelled synthetic set at ten years of quarterly drops), serves each with
 * the plain static server the browser tests use, drives headless Chromium, and prints what the
 * first view costs and how quickly charts and the comparator respond, against the budgets. Prints
 * figures only: it never fails on a budget. The summary also goes to .bench/results.md
 * (git-ignored) for quoting in the README.
 * It also times `npm run build:all` for 1, 10 and 153 councils and measures the folder (time, size,
 * files), and `check-data` on a million-row drop and on a drop with 200,000 problems piped through
 * `cat`.
 * On the shipped site it times the Publish page checking the 26,617-row national values.csv as a
 * new drop.
 * BENCH_SETS=leicester,national limits the run to some of the data sets (leicester, national,
 * synthetic, build-all, check-scale); BENCH_SETS=publish times only the Publish page, on a build of
 * the shipped data.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { benchCheckScale } from './bench/checkScale';
import { benchNationalBuild, describeNationalBuild } from './bench/nationalBuild';
import { launchChromium } from './lib/chromium';
import { startStaticServer } from './lib/staticServer';
import { writeNationalData } from './bench/nationalData';
import { measureSite, type SitePlan } from './bench/measureSite';
import { benchPublishCheck } from './bench/publishCheck';
import { pickMeasure, type MeasureChoice } from './bench/pickMeasure';
import { buildSite, indent, runScript, tail } from './bench/runScript';
import { summarise } from './bench/summary';
import type { SiteResult } from './bench/siteResult';
import { SYNTHETIC_SHAPE, writeSyntheticData } from './bench/syntheticData';

const started = performance.now();
const loadStart = loadavg()[0]?.toFixed(2) ?? '?';
const BENCH = resolve('.bench');
// The shared real statistics sit beside the checkout (../shared), as for import:real-data.
const realData = resolve(
  process.env.REAL_DATA ?? join(import.meta.dirname, '..', '..', 'shared', 'real-data'),
);
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
mkdirSync(BENCH, { recursive: true });

/**
 * A data set to build and measure: the site's run settings, before it has an address or a chosen
 * measure.
 */
interface DataSetPlan extends Omit<SitePlan, 'url' | 'measure'> {
  label: string;
  dataDir: string;
  /** false to build pages the browser draws (as before pre-rendering), for a before-and-after. */
  prerender?: boolean;
}

const sets: DataSetPlan[] = [
  {
    name: 'leicester',
    label: 'Leicester (shipped data/)',
    dataDir: 'data',
    runs: 7,
    cpuRates: [1, 4],
    comparatorRuns: 7,
    comparatorRates: [1, 4],
    slow3g: true,
  },
  {
    name: 'leicester-before',
    label: 'Leicester, pages drawn by the browser (as before pre-rendering)',
    dataDir: 'data',
    prerender: false,
    runs: 7,
    cpuRates: [1, 4],
    comparatorRuns: 3,
    comparatorRates: [1],
    slow3g: true,
  },
  {
    name: 'national',
    label: 'National ASCOF, every area (real)',
    dataDir: join(BENCH, 'national'),
    runs: 5,
    cpuRates: [1],
    comparatorRuns: 5,
    comparatorRates: [1],
  },
  {
    name: 'synthetic',
    label:
      `Synthetic ${SYNTHETIC_SHAPE.councils} councils × ${SYNTHETIC_SHAPE.measures} measures ` +
      `× ${SYNTHETIC_SHAPE.quarters} quarters`,
    dataDir: join(BENCH, 'synthetic'),
    runs: 5,
    cpuRates: [1],
    comparatorRuns: 5,
    comparatorRates: [1],
    slowMs: 15_000,
    reducedRuns: 3,
  },
];

const only = process.env.BENCH_SETS?.split(',').filter(Boolean);
const chosen = only ? sets.filter((s) => only.includes(s.name)) : sets;
// BENCH_SETS=publish: only the Publish page's check (it runs with the Leicester set otherwise).
const publishOnly = only?.includes('publish') === true && !only.includes('leicester');

console.log(`Benchmark started ${new Date().toISOString()}; working in ${BENCH}\n`);
const prep: string[] = [];

const wanted = (name: string) => chosen.some((s) => s.name === name);
if (wanted('national') || wanted('synthetic')) console.log('Generating the scale data folders…');
let t = performance.now();
if (wanted('national')) {
  const national = writeNationalData(join(BENCH, 'national'), { realData });
  prep.push(
    `National folder: ${national.areas} areas, ${national.figures.toLocaleString('en-GB')} ` +
      `ASCOF figures (${national.unlisted} figures of measures not in the shipped ` +
      `metrics.csv left out), generated in ${((performance.now() - t) / 1000).toFixed(1)} s.`,
  );
}
if (wanted('synthetic')) {
  t = performance.now();
  const synthetic = writeSyntheticData(join(BENCH, 'synthetic'));
  prep.push(
    `Synthetic folder: ${synthetic.figures.toLocaleString('en-GB')} figures ` +
      `(${SYNTHETIC_SHAPE.councils} councils plus a synthetic England and region, ` +
      `${SYNTHETIC_SHAPE.measures} measures, ${SYNTHETIC_SHAPE.quarters} quarterly drops), ` +
      `generated in ${((performance.now() - t) / 1000).toFixed(1)} s.`,
  );
  const check = runScript(join('scripts', 'checkData.ts'), [join(BENCH, 'synthetic')]);
  prep.push(
    `\`npx tsx scripts/checkData.ts .bench/synthetic\` ${check.ok ? 'passed' : 'FAILED'} ` +
      `in ${check.seconds.toFixed(1)} s: ${tail(check.output, check.ok ? 1 : 5)}`,
  );
}
for (const line of prep) console.log(`  ${line}`);

const results: SiteResult[] = [];
let publish = '';

/** The Publish page checking the shipped national file (26,618 rows) as a new drop's values.csv. */
async function publishFigures(url: string): Promise<string> {
  const file = join('data', 'drops', '2025-26-Q2', 'values.csv');
  const rows = readFileSync(file, 'utf8').trim().split('\n').length - 1;
  console.log(
    `  Publish page: checking ${file} (${rows.toLocaleString('en-GB')} rows) as a new drop…`,
  );
  const runs = await benchPublishCheck(browser, url, file, rows, 3);
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  const longest = Math.max(...runs.map((r) => r.longestTaskMs));
  return (
    `\n\nPublish page (Leicester site): checking a ${rows.toLocaleString('en-GB')}-row ` +
    'values.csv as a new drop, against the published folder, in a Web Worker: median ' +
    `${((ms[1] ?? 0) / 1000).toFixed(1)} s of ${runs.length} ` +
    `(${ms.map((m) => (m / 1000).toFixed(1)).join(', ')} s); longest task on the page's own ` +
    `thread meanwhile ${longest.toFixed(0)} ms (none over 50 ms means the page never froze); ` +
    `${runs[0]?.problems ?? 0} problem(s) listed.`
  );
}
/** The Publish page's figures on a build of the shipped data of its own (BENCH_SETS=publish). */
async function publishOnShipped(): Promise<string> {
  const siteDir = join(BENCH, 'site-publish');
  console.log(`\n[${elapsed()}] Publish page: building data into ${siteDir}…`);
  const build = await buildSite('data', siteDir, true);
  if (!build.ok) return `\n\nPublish page: the build FAILED: ${tail(build.output, 3)}`;
  const server = await startStaticServer({ root: siteDir });
  try {
    return await publishFigures(server.url);
  } finally {
    await server.close();
  }
}
const browser = await launchChromium();
const chromium = browser.version();
try {
  for (const set of chosen) {
    const siteDir = join(BENCH, `site-${set.name}`);
    console.log(`\n[${elapsed()}] ${set.label}: building ${set.dataDir} into ${siteDir}…`);
    const build = await buildSite(set.dataDir, siteDir, set.prerender ?? true);
    console.log(
      `  build ${build.ok ? 'done' : 'FAILED'} in ${build.seconds.toFixed(1)} s` +
        (build.ok ? '' : `:\n${indent(tail(build.output, 12))}`),
    );
    const result: SiteResult = {
      name: set.name,
      label: set.label,
      buildSeconds: build.seconds,
      dataBytes: 0,
      measure: undefined,
      figures: undefined,
      error: undefined,
    };
    results.push(result);
    if (!build.ok) {
      result.error = `build failed: ${tail(build.output, 3)}`;
      continue;
    }
    result.dataBytes = folderBytes(join(siteDir, 'data'));
    let measure: MeasureChoice;
    try {
      measure = pickMeasure(set.dataDir);
    } catch (e) {
      result.error = e instanceof Error ? e.message : String(e);
      continue;
    }
    result.measure = measure;
    console.log(
      `  measure page: ${measure.id} (ranked table ${measure.rowsA} rows with ` +
        `"${measure.groupA}", ${measure.rowsB} with "${measure.groupB}")`,
    );
    const server = await startStaticServer({ root: siteDir });
    try {
      const plan: SitePlan = { ...set, url: server.url, measure };
      result.figures = await measureSite(browser, plan);
      if (set.name === 'leicester') publish = await publishFigures(server.url);
    } finally {
      await server.close();
    }
  }
  if (publishOnly) publish = await publishOnShipped();
} finally {
  await browser.close();
}

const gitSha = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
const dirty =
  execSync('git status --porcelain -- src index.html vite.config.ts package.json', {
    encoding: 'utf8',
  }).trim() !== '';
// The national build (build:all) at 1, 10 and 153 councils: how its time and size grow.
let nationalBuild = '';
if (!only || only.includes('build-all')) {
  console.log(`\n[${elapsed()}] build:all for the first 1, 10 and all 153 councils…`);
  nationalBuild = `\n\n${describeNationalBuild(benchNationalBuild(BENCH, [1, 10, 153], realData))}`;
}

// check-data at scale: a million-row drop, and 200,000 problems through a pipe.
let checkScale = '';
if (!only || only.includes('check-scale')) {
  console.log(`\n[${elapsed()}] check-data on a million-row drop and on 200,000 problems…`);
  const work = join(BENCH, 'check-scale');
  mkdirSync(work, { recursive: true });
  checkScale = `\n\n## check-data at scale\n\n${benchCheckScale(work)
    .map((l) => `- ${l}`)
    .join('\n')}`;
}

const APP_FILES = ' (src/, index.html, vite.config.ts or package.json)';
const summary = summarise(results, {
  date: new Date().toISOString(),
  machine:
    `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ` +
    `${(totalmem() / 1024 ** 3).toFixed(1)} GB RAM; Node ${process.version}; Chromium ` +
    `${chromium} (headless, playwright-core); load average ${loadStart} at the start, ` +
    `${loadavg()[0]?.toFixed(2) ?? '?'} at the end (other work on the machine slows every ` +
    'figure)',
  code: `git ${gitSha}${dirty ? ' plus uncommitted changes to the app' + APP_FILES : ''}`,
  prep,
  totalSeconds: (performance.now() - started) / 1000,
});
console.log(`\n${summary}${publish}${nationalBuild}${checkScale}`);
writeFileSync(join(BENCH, 'results.md'), `${summary}${publish}${nationalBuild}${checkScale}\n`);
console.log(`\nWritten to ${join(BENCH, 'results.md')}.`);

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((s, e) => s + statSync(join(e.parentPath, e.name)).size, 0);
}
