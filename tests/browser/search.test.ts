/**
 * Finding a measure on the overview by words of its name or by an ASCOF code, old or new, with the
 * keyboard only; an empty result says so.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

const siteUrl = inject('siteUrl');

const titles = (page: Page) => page.locator('main li.mrow .mrow-title a').allInnerTexts();
const ids = async (page: Page) =>
  (
    await page
      .locator('main li.mrow .mrow-title a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  ).map((h) => /\/measure\/([^/]+)\/$/.exec(h)?.[1] ?? h);

describe('searching for a measure on the overview', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('leaves only direct-payment measures for "direct payment" typed by keyboard', async () => {
    const { page, consoleErrors } = await openPage(browser, siteUrl, { width: 375 });
    try {
      const box = page.getByRole('searchbox', { name: 'Find a measure' });
      await box.focus();
      await page.keyboard.type('direct payment');
      const status = page.getByRole('status').filter({ hasText: 'match' });
      await expect
        .poll(() => status.innerText())
        .toMatch(/^\d+ measures match ‘direct payment’\.$/);
      const found = await titles(page);
      expect(found.length).toBeGreaterThanOrEqual(5);
      expect(found.filter((t) => !/direct payments?\b/i.test(t))).toEqual([]);
      expect(found).toContain('People who receive direct payments');
      expect(Number(/^\d+/.exec(await status.innerText())?.[0])).toBe(found.length);
      // The search is in the address, so the list can be shared and survives a reload.
      expect(new URL(page.url()).searchParams.get('q')).toBe('direct payment');
      await page.reload({ waitUntil: 'networkidle' });
      await expect.poll(() => box.inputValue()).toBe('direct payment');
      expect(await titles(page)).toEqual(found);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('finds the direct payments measure by its old code 1C2A and its new code 3D2A', async () => {
    for (const code of ['1C2A', '3D2A', 'ASCOF 1C pt 2a']) {
      const { page } = await openPage(browser, `${siteUrl}?q=${encodeURIComponent(code)}`);
      try {
        await page.locator('main li.mrow').first().waitFor();
        await expect.poll(() => ids(page)).toEqual(['ascof-direct-payments-users']);
      } finally {
        await page.context().close();
      }
    }
  });

  it('says so when nothing matches, and lists every measure again once it is empty', async () => {
    const { page } = await openPage(browser, siteUrl);
    try {
      await expect.poll(async () => (await ids(page)).length).toBeGreaterThan(10);
      const before = (await ids(page)).length;
      const box = page.getByRole('searchbox', { name: 'Find a measure' });
      await box.fill('zebra crossing');
      const status = page.getByRole('status').filter({ hasText: 'zebra' });
      await expect
        .poll(() => status.innerText())
        .toBe('No measure matches ‘zebra crossing’. Try fewer or shorter words, or an ASCOF code.');
      expect(await ids(page)).toEqual([]);
      await box.press('Escape');
      await expect.poll(async () => (await ids(page)).length).toBe(before);
    } finally {
      await page.context().close();
    }
  });
});
