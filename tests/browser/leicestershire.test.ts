/**
 * The second council's data folder in Chromium: the same app, built from
 * data/examples/leicestershire (written by
 * `npx tsx scripts/importRealData.ts scripts/import/leicestershire/import.json`), serves
 * Leicestershire County Council without any change to the code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow } from '../../scripts/lib/buildSite';
import { parseSite } from '../../src/data/site';
import { parseAreas } from '../../src/data/tables';
import { launchBrowser, openPage } from './browser';
import { startStaticServer, type StaticServer } from './server';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const DATA_DIR = join(repo, 'data', 'examples', 'leicestershire');
const OUT_DIR = join(repo, '.build-tmp', 'browser-leics');

// Leicestershire's CIPFA nearest neighbours, read with the site's own parsers from the folder's
// site.json and areas.csv.
const site = parseSite(readFileSync(join(DATA_DIR, 'site.json'), 'utf8'), 'site.json').site;
const members = new Set(site?.groups.find((g) => g.id === 'cipfa')?.members ?? []);
const neighbours = parseAreas(readFileSync(join(DATA_DIR, 'areas.csv'), 'utf8'), 'areas.csv')
  .rows.filter((a) => members.has(a.code))
  .map((a) => a.name);

describe('the Leicestershire example folder in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    await buildSiteOrThrow({ dataDir: DATA_DIR, outDir: OUT_DIR });
    server = await startStaticServer({ root: OUT_DIR });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('knows all 15 CIPFA nearest neighbours by name', () => {
    expect(neighbours).toHaveLength(15);
  });

  it('names Leicestershire County Council on the overview, lists measures, no errors', async () => {
    const { page, consoleErrors } = await openPage(browser, server.url, { waitUntil: 'load' });
    try {
      await expect
        .poll(() => page.locator('h1').innerText())
        .toContain('Leicestershire County Council');
      await page.locator('li.mrow').first().waitFor();
      expect(await page.locator('li.mrow').count()).toBeGreaterThanOrEqual(10);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('draws the direct payments chart, ranks Leicestershire among CIPFA neighbours', async () => {
    const { page, consoleErrors } = await openPage(
      browser,
      `${server.url}measure/ascof-direct-payments-users/`,
      { waitUntil: 'load' },
    );
    try {
      await page.locator('svg.ts-chart').first().waitFor();
      await page.locator('.ranked-table tbody tr').first().waitFor();
      expect(await page.locator('svg.ts-chart').count()).toBeGreaterThan(0);
      const ranked = (await page.locator('.ranked-table tbody tr th').allInnerTexts()).map((t) =>
        t.replace('(this council)', '').trim(),
      );
      expect(ranked.filter((name) => neighbours.includes(name)).length).toBeGreaterThan(0);
      expect(ranked).toContain('Leicestershire');
      // The page asks for every drop's optional commentary.csv and the browser logs each 404; this
      // folder, like data/, has none. Any other error still fails the test.
      expect(
        consoleErrors.filter(
          (e) => !/404 \(Not Found\) \(.*\/drops\/[^/]+\/commentary\.csv\)$/.test(e),
        ),
      ).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
