/**
 * The national build on a small subset: `npm run build:all -- --only E10000016,E06000053` (Kent and
 * the Isles of Scilly) with BASE_PATH=/england/, served from that sub-folder by the plain static
 * server.
 * Every council shares one set of scripts and finds its own data; the national index finds a
 * council by search or on the map.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeCheck, launchBrowser, openPage } from './browser';
import { startStaticServer, type StaticServer } from './server';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(repo, '.build-tmp', 'national-site');
const SCILLY = join(repo, '.build-tmp', 'scilly-data');
const BASE = '/england/';

function run(script: string, args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(join(repo, 'node_modules', '.bin', 'tsx'), [script, ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  if (r.status !== 0)
    throw new Error(
      `${script} ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`,
    );
}

describe('build:all for Kent and the Isles of Scilly, served from /england/', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    run('scripts/buildAll.ts', ['--out', OUT, '--only', 'E10000016,E06000053'], {
      BASE_PATH: BASE,
    });
    rmSync(SCILLY, { recursive: true, force: true });
    run('scripts/importRealData.ts', ['--authority', 'E06000053', '--out', SCILLY]);
    server = await startStaticServer({ root: OUT, mount: BASE });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('gives each council the data folder import:real-data --authority makes for it', () => {
    const files = ['site.json', 'sources.csv', 'areas.csv', 'metrics.csv', 'drops.csv'];
    const drops = readFileSync(join(SCILLY, 'drops.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0] ?? '');
    for (const file of [...files, ...drops.map((d) => `drops/${d}/values.csv`)])
      expect(readFileSync(join(OUT, 'isles-of-scilly', 'data', file), 'utf8'), file).toBe(
        readFileSync(join(SCILLY, file), 'utf8'),
      );
  });

  it('shares one set of scripts: no council folder has its own', () => {
    expect(existsSync(join(OUT, 'assets'))).toBe(true);
    expect(existsSync(join(OUT, 'kent', 'assets'))).toBe(false);
    expect(readFileSync(join(OUT, 'kent', 'index.html'), 'utf8')).toContain(
      `<meta name="site-root" content="${BASE}kent/" />`,
    );
  });

  it('names Kent and ranks it among its 15 CIPFA nearest neighbours', async () => {
    const { page, consoleErrors } = await openPage(
      browser,
      `${server.url}kent/measure/ascof-direct-payments-users/`,
    );
    try {
      await expect.poll(() => page.locator('.site-authority').innerText()).toBe('Kent');
      await page.locator('.ranked-table tbody tr').first().waitFor();
      expect(await page.locator('.ranked-table tbody tr').count()).toBe(16);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('shows Isles of Scilly’s suppressed 2024-25 quality of life as such, never 0', async () => {
    const { page, consoleErrors } = await openPage(
      browser,
      `${server.url}isles-of-scilly/measure/ascof-quality-of-life/`,
    );
    try {
      await expect.poll(() => page.locator('h1').innerText()).toContain('suppressed in 2024-25');
      const row = page.locator('table tr', { has: page.locator('th', { hasText: '2024-25' }) });
      const cells = await row.last().locator('td').allInnerTexts();
      expect(cells[0]).toBe('suppressed');
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('pre-renders each council’s latest pages; the browser draws earlier drops', async () => {
    const html = readFileSync(
      join(OUT, 'kent', 'measure', 'ascof-direct-payments-users', 'index.html'),
      'utf8',
    );
    const data = [...html.matchAll(/rel="preload" href="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(data.length).toBeGreaterThan(3);
    for (const href of data) expect(href.startsWith(`${BASE}kent/data/`), href).toBe(true);
    const scripts = [...html.matchAll(/rel="modulepreload" crossorigin href="([^"]+)"/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, href = ''] of scripts) expect(href.startsWith(`${BASE}assets/`), href).toBe(true);
    // With JavaScript off, Kent's figure and its ranking are in the page.
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}kent/measure/ascof-direct-payments-users/`);
      const text = await page.locator('main').innerText();
      expect(text).toMatch(/In 2023-24 Kent stood at \d+\.\d%/);
      expect(await page.locator('.ranked-table tbody tr').count()).toBe(16);
      const drop = readdirSync(join(OUT, 'kent', 'drop'))[0] ?? '';
      await page.goto(`${server.url}kent/drop/${drop}/`);
      expect(await page.locator('body').innerText()).toContain('Loading the dashboard');
    } finally {
      await context.close();
    }
  });

  it('finds a council by search on the national index, reaches a measure page', async () => {
    const { page, consoleErrors, requests } = await openPage(browser, server.url);
    try {
      await page.getByLabel('Name, region or ONS code').fill('scilly');
      await expect.poll(() => page.locator('#council-count').innerText()).toContain('1 council');
      expect(await page.locator('#councils li:visible').count()).toBe(1);
      await page.locator('#councils li:visible a').click();
      await expect.poll(() => page.locator('h1').innerText()).toContain('Isles of Scilly');
      // The page reads at once, but the app asks for its data only once it is painted: a click
      // before it has taken over is a plain link, which cancels those requests.
      await page.locator('html[data-live="true"]').waitFor({ state: 'attached' });
      await page.locator('li.mrow .mrow-title a').first().click();
      await page.waitForURL(/\/england\/isles-of-scilly\/measure\/[^/]+\/$/);
      await page.locator('svg.ts-chart').first().waitFor();
      expect(consoleErrors).toEqual([]);
      expect(requests.filter((r) => !r.startsWith(server.url.replace(BASE, '/')))).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('lets a keyboard user reach a council on the map and open it; axe finds nothing', async () => {
    const { page, consoleErrors } = await openPage(browser, server.url);
    try {
      expect(await axeCheck(page)).toEqual([]);
      // The map's areas are in the tab order: the next stop after "Skip the map" is the first area.
      await page.getByRole('link', { name: 'Skip the map' }).focus();
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => document.activeElement?.closest('svg.england-map') !== null),
      ).toBe(true);
      const kent = page.locator('svg.england-map a[aria-label="Kent"]');
      await kent.focus();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
        'Kent',
      );
      await page.keyboard.press('Enter');
      await page.waitForURL(`${server.url}kent/`);
      await expect.poll(() => page.locator('h1').innerText()).toContain('Kent');
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
