/**
 * `npm run pack -- [--out pack.pdf] [--measures id,id] [--meeting 2026-01-15] [--drop 2025-26-Q2] [--site dist]`:
 * renders the meeting pack to an A4 PDF with Debian's headless Chromium, for officers to attach to the agenda.
 * Builds the site first (from DATA_DIR) unless --site names an existing build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from './lib/staticServer';
import { contentsPage, startPages } from './lib/pdfPages';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const out = resolve(option('out') ?? 'pack.pdf');
let site = option('site');
if (!site) {
  site = resolve('.build-tmp/pack-site');
  const build = spawnSync(
    process.execPath,
    [resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'],
    { stdio: 'inherit', env: { ...process.env, OUT_DIR: site, BASE_PATH: '/' } },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
} else if (!existsSync(resolve(site, 'index.html'))) {
  console.error(`${site} has no built site: run npm run build first, or leave out --site.`);
  process.exit(1);
}

const query = new URLSearchParams();
const measures = option('measures');
const meeting = option('meeting');
if (measures) query.set('measures', measures);
if (meeting) query.set('meeting', meeting);
const drop = option('drop');

const server = await startStaticServer({ root: resolve(site) });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const render = async (pages?: number[]) => {
    if (pages) query.set('pages', pages.join(','));
    const url = `${server.url}${drop ? `drop/${drop}/` : ''}pack/${query.size > 0 ? `?${query}` : ''}`;
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
    await page.pdf({ path: out, format: 'A4', printBackground: true, preferCSSPageSize: true });
  };
  // First pass: find the page each measure really starts on; second pass: print the contents with those pages.
  await render();
  const titles = await page.locator('.pack-entry-title').allTextContents();
  const contents = [contentsPage(out, titles[0] ?? '')];
  const pages = startPages(out, titles, contents);
  await render(pages);
  const check = startPages(out, titles, contents);
  if (check.join() !== pages.join())
    console.warn(`The contents may be off: sections start on pages ${check.join(', ')}.`);
  const count = titles.length;
  if (errors.length > 0) throw new Error(`The pack page had errors: ${errors.join('; ')}`);
  console.log(`Wrote ${out}: ${count} sections in the contents.`);
} finally {
  await browser.close();
  await server.close();
}
