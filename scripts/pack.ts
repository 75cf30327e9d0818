/**
 * `npm run pack -- [--out pack.pdf] [--measures id,id] [--meeting 2026-01-15] [--drop 2025-26-Q2]
 * [--site dist]`:
 * renders the meeting pack to an A4 PDF with Debian's headless Chromium, for officers to attach to
 * the agenda.
 * Builds the site first (from DATA_DIR) unless --site names an existing build. Every option is
 * checked against the data before anything is built or rendered: a mistake is one line and exit 1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_FILES } from '../src/data/dataset';
import { isIsoDate } from '../src/data/period';
import { parseDrops, parseMetrics } from '../src/data/tables';
import { nearest } from '../src/data/checkFigure';
import { buildSite } from './lib/buildSite';
import { launchChromium } from './lib/chromium';
import { contentsPage, startPages } from './lib/pdfPages';
import { writeOut } from './lib/report';
import { startStaticServer } from './lib/staticServer';

interface Options {
  out: string;
  site: string | undefined;
  measures: string | undefined;
  meeting: string | undefined;
  drop: string | undefined;
}

/** The options, or the one line that says what is wrong with them. */
function readOptions(): Options | string {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        out: { type: 'string' },
        site: { type: 'string' },
        measures: { type: 'string' },
        meeting: { type: 'string' },
        drop: { type: 'string' },
      },
    }));
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  const { out = 'pack.pdf', site, measures, meeting, drop } = values;
  if (meeting !== undefined && !isIsoDate(meeting))
    return `--meeting: "${meeting}" is not a date written yyyy-mm-dd, e.g. 2026-01-15`;
  if (site !== undefined && !existsSync(join(site, 'index.html')))
    return `--site: ${site} has no built site: run npm run build first, or leave out --site`;
  return { out: resolve(out), site, measures, meeting, drop };
}

/**
 * Checks --measures and --drop against the data the pack will show (the built site's, or DATA_DIR).
 */
function dataProblem(o: Options): string | undefined {
  const folder = o.site ? join(o.site, 'data') : (process.env.DATA_DIR ?? 'data');
  const read = (file: string) => {
    const path = join(folder, file);
    return existsSync(path) ? readFileSync(path, 'utf8') : '';
  };
  const metrics = parseMetrics(read(DATA_FILES.metrics), DATA_FILES.metrics).rows.map((m) => m.id);
  const unknown = (o.measures ?? '')
    .split(',')
    .map((m) => m.trim())
    .filter((m) => m !== '' && !metrics.includes(m));
  if (unknown.length > 0)
    return (
      `--measures: ${unknown.map((m) => `"${m}"${nearest(m, metrics)}`).join(', ')} ` +
      `${unknown.length === 1 ? 'is not a measure' : 'are not measures'} in ` +
      `${folder}/${DATA_FILES.metrics}`
    );
  if (o.drop !== undefined) {
    const drops = parseDrops(read(DATA_FILES.drops), DATA_FILES.drops).rows.map((d) => d.id);
    if (!drops.includes(o.drop))
      return (
        `--drop: "${o.drop}" is not a drop in ${folder}/${DATA_FILES.drops} (the drops are: ` +
        `${drops.join(', ')})`
      );
  }
  return undefined;
}

async function render(o: Options, site: string): Promise<void> {
  const query = new URLSearchParams();
  if (o.measures) query.set('measures', o.measures);
  if (o.meeting) query.set('meeting', o.meeting);
  const server = await startStaticServer({ root: resolve(site) });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const print = async (pages?: number[]) => {
      if (pages) query.set('pages', pages.join(','));
      const drop = o.drop ? `drop/${o.drop}/` : '';
      const url = `${server.url}${drop}pack/${query.size > 0 ? `?${query}` : ''}`;
      await page.emulateMedia({ media: 'screen' });
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.waitForSelector('.pack-entry', { timeout: 30_000 });
      // The contents gets its page numbers once every measure's height is known.
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('.contents-page')].every((e) =>
            /page \d+/.test(e.textContent ?? ''),
          ),
        undefined,
        { timeout: 30_000 },
      );
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: o.out, format: 'A4', printBackground: true, preferCSSPageSize: true });
    };
    // First pass: find the page each measure really starts on; second pass: print the contents with
    // those pages.
    await print();
    const titles = await page.locator('.pack-entry-title').allTextContents();
    const contents = [contentsPage(o.out, titles[0] ?? '')];
    const pages = startPages(o.out, titles, contents);
    await print(pages);
    const check = startPages(o.out, titles, contents);
    if (check.join() !== pages.join())
      console.warn(`The contents may be off: sections start on pages ${check.join(', ')}.`);
    if (errors.length > 0) throw new Error(`The pack page had errors: ${errors.join('; ')}`);
    await writeOut(process.stdout, `Wrote ${o.out}: ${titles.length} sections in the contents.\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<number> {
  const options = readOptions();
  const problem = typeof options === 'string' ? options : dataProblem(options);
  if (problem !== undefined || typeof options === 'string') {
    await writeOut(process.stderr, `The pack was not made: ${problem ?? ''}\n`);
    return 1;
  }
  let site = options.site;
  if (!site) {
    site = resolve('.build-tmp/pack-site');
    const build = await buildSite({
      dataDir: process.env.DATA_DIR ?? 'data',
      outDir: site,
      echo: true,
    });
    if (!build.ok) return build.status ?? 1;
  }
  await render(options, site);
  return 0;
}

process.exitCode = await main();
