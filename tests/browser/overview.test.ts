import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseMetrics } from '../../src/data/tables';
import { launchBrowser, openPage } from './browser';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;

// The catalogue as shipped, read with the site's own parser: which measures belong to one of the Commission's families.
const metrics = parseMetrics(
  readFileSync(new URL('../../data/metrics.csv', import.meta.url), 'utf8'),
  'metrics.csv',
).rows;
const familyOf = new Map(metrics.map((m) => [m.id, m.family]));

const THEMES = ['Working with people', 'Providing support', 'Ensuring safety', 'Leadership'];

/** The measure id each card on the page links to, from `…/measure/<id>/`. */
async function cardIds(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('li.card .card-title a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) =>
    decodeURIComponent(/\/measure\/([^/]+)\/$/.exec(h)?.[1] ?? `not a measure link: ${h}`),
  );
}

describe.each([1280, 375])('the overview at %i px wide', (width) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows every measure as a card under the four CQC themes, with Leicester’s direct payments figure against England', async () => {
    const { page, consoleErrors, requests } = await openPage(browser, siteUrl, { width });
    try {
      await expect.poll(() => page.locator('h1').innerText()).toContain('Leicester City Council');

      const sections = page.locator('main section.theme');
      expect(await sections.locator('h2').allInnerTexts()).toEqual(THEMES);
      for (const theme of THEMES) {
        const section = page.locator('main section.theme', {
          has: page.getByRole('heading', { level: 2, name: theme, exact: true }),
        });
        expect(await section.locator('li.card').count(), theme).toBeGreaterThan(0);
      }
      // Every card sits in one of the theme sections, and there is one per measure with figures.
      const all = await cardIds(page);
      expect(await sections.locator('li.card').count()).toBe(all.length);
      expect(new Set(all).size).toBe(all.length);
      for (const id of all) expect(familyOf.has(id), id).toBe(true);
      await expect
        .poll(() => page.locator('.filter [role="status"]').innerText())
        .toBe(`Showing ${all.length} measures.`);

      // data/drops/2025-26-Q2/values.csv: E06000016 2023-24 = 46.0, E92000001 (England) 2023-24 = 25.5.
      const card = page.locator('li.card', {
        has: page.getByRole('link', { name: 'People who receive direct payments', exact: true }),
      });
      expect(await card.count()).toBe(1);
      expect(await card.locator('.card-value .big').innerText()).toBe('46.0%');
      expect(await card.locator('.card-period').innerText()).toBe('2023-24');
      expect(await card.innerText()).toMatch(/Better than England \(25\.5%\)/);

      expect(
        await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity),
      ).toBeLessThanOrEqual(width);
      expect(consoleErrors).toEqual([]);
      expect(
        requests.filter(
          (url) =>
            !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
        ),
      ).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('narrows the cards to the Commission’s five families and keeps the choice in the address', async () => {
    const { page, consoleErrors, requests } = await openPage(browser, siteUrl, { width });
    try {
      await page.locator('li.card').first().waitFor();
      const before = await cardIds(page);

      await page
        .getByLabel('Measures to show')
        .selectOption({ label: 'The five families the Commission follows' });
      await expect.poll(() => new URL(page.url()).searchParams.get('show')).toBe('families');
      await expect.poll(async () => (await cardIds(page)).length).toBeLessThan(before.length);

      const after = await cardIds(page);
      expect(after.length).toBeGreaterThan(0);
      for (const id of after)
        expect(familyOf.get(id), `${id} is not in one of the five families`).toBeDefined();
      // Nothing in a family is left out.
      expect(new Set(after)).toEqual(
        new Set(before.filter((id) => familyOf.get(id) !== undefined)),
      );
      await expect
        .poll(() => page.locator('.filter [role="status"]').innerText())
        .toBe(`Showing ${after.length} measures.`);

      expect(
        await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity),
      ).toBeLessThanOrEqual(width);
      expect(consoleErrors).toEqual([]);
      expect(
        requests.filter(
          (url) =>
            !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
        ),
      ).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
