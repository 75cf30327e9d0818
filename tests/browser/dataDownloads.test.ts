/**
 * "Download all the data" (issue 12): the About page links every published data file and the README
 * that explains them, the footer of every page links there, and every linked file is in the built
 * site.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseDrops } from '../../src/data/tables';
import { readFileSync } from 'node:fs';
import { axeCheck, launchBrowser, openPage } from './browser';

const siteUrl = inject('siteUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('downloading all the data', () => {
  it('links from the footer to the About page’s list, where every linked file exists', async () => {
    const { page, consoleErrors } = await openPage(
      browser,
      `${siteUrl}measure/ascof-direct-payments-users/`,
    );
    try {
      await page.locator('footer').getByRole('link', { name: 'all the data' }).click();
      await page.locator('#download-data').waitFor();
      expect(new URL(page.url()).hash).toBe('#download-data');
      const section = page.locator('#download-data-section');
      const links = await section
        .locator('a[href]')
        .evaluateAll((as) => as.map((a) => (a instanceof HTMLAnchorElement ? a.href : '')));
      const drops = parseDrops(
        readFileSync(new URL('../../data/drops.csv', import.meta.url), 'utf8'),
        'drops.csv',
      ).rows;
      // The README, nine files and each drop's figures and commentary.
      expect(links).toHaveLength(1 + 9 + 2 * drops.length);
      for (const d of drops) expect(links).toContain(`${siteUrl}data/drops/${d.id}/values.csv`);
      for (const link of links) {
        const res = await page.request.get(link);
        expect(res.status(), link).toBe(200);
        expect((await res.body()).length, link).toBeGreaterThan(10);
      }
      const readme = await page.request.get(`${siteUrl}data/README.md`);
      expect(await readme.text()).toContain('# The data folder: what goes where');
      expect(await axeCheck(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
