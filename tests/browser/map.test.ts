/**
 * The map of every English council for a measure (issue 12): opened from the measure page,
 * Leicester and its comparators outlined, its table the same figures as the ranked comparison,
 * every area reachable by keyboard with a readout, nothing axe can find, and its code and
 * boundaries loaded only when a map is opened.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeCheck, focusContrastCheck, launchBrowser, openPage } from './browser';

const siteUrl = inject('siteUrl');
const METRIC = 'ascof-direct-payments-users';

/** A table's rows as council → value, the council's name without the hidden "(this council)". */
const valuesOf = (page: Page, rows: string, valueCell: number) =>
  page
    .locator(rows)
    .evaluateAll(
      (trs, cell) =>
        trs.map((tr): [string, string] => [
          (tr.querySelector('th')?.textContent ?? '').replace('(this council)', '').trim(),
          (tr.querySelectorAll('td')[cell]?.textContent ?? '').trim(),
        ]),
      valueCell,
    );

/** The accessible name of the focused element, if it is an area of the map. */
const focusedArea = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.matches('.england-choropleth path') ? (el.getAttribute('aria-label') ?? '') : '';
  });

describe('the map of every council', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens from the measure page, Leicester and comparators outlined, ranked', async () => {
    const { page, consoleErrors } = await openPage(browser, `${siteUrl}measure/${METRIC}/`);
    try {
      await page.locator('.ranked-table').waitFor();
      const ranked = await valuesOf(page, '.ranked-table tbody tr', 1);
      expect(ranked.length).toBeGreaterThan(10);
      await page.getByRole('link', { name: /^Map of every English council, 2023-24$/ }).click();
      await expect
        .poll(() => page.locator('h1').innerText())
        .toBe('People who receive direct payments: every English council, 2023-24');
      expect(new URL(page.url()).pathname).toBe(`/measure/${METRIC}/map/`);

      // 153 areas; Leicester drawn with the thick outline and ringed, its 15 CIPFA neighbours
      // dashed.
      await expect
        .poll(() => page.locator('.england-choropleth path[role="img"]').count())
        .toBe(153);
      const mine = page.locator('path.map-mine');
      expect(await mine.count()).toBe(1);
      expect(await mine.getAttribute('aria-label')).toMatch(/^Leicester \(this council\): 46\.0%/);
      expect(await mine.evaluate((el) => getComputedStyle(el).strokeWidth)).toBe('3px');
      expect(await page.locator('circle.map-ring').count()).toBe(1);
      expect(await page.locator('path.map-peer').count()).toBe(15);
      expect(
        await page
          .locator('path.map-peer')
          .first()
          .evaluate((el) => getComputedStyle(el).strokeDasharray),
      ).not.toBe('none');

      // The table: every area of the map, each ranked council with the ranked comparison's figure.
      const table = new Map(await valuesOf(page, '.map-table tbody tr', 1));
      expect(table.size).toBeGreaterThanOrEqual(153);
      for (const [council, value] of ranked)
        expect([council, table.get(council)]).toEqual([council, value]);
      const classes = await page.locator('.map-table tbody tr td:nth-child(4)').allInnerTexts();
      expect(classes.filter((c) => /^[1-5] of 5 \(/.test(c)).length).toBe(152);
      // A council with no figure says so in words, on the map, in the table and in the key.
      expect(classes.filter((c) => c === 'no data')).toHaveLength(1);
      expect(await page.locator('.map-key').innerText()).toContain('No data (1 council)');
      expect(await page.locator('.map-legend').innerText()).toContain('Higher figures are better');
      // Its source and period, as on the measure page.
      const source = await page.locator('.map-page .source-list').innerText();
      expect(source).toContain('NHS England');
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('is reached by Tab on Leicester, moves by arrow keys, reads council and figure', async () => {
    const { page, consoleErrors } = await openPage(browser, `${siteUrl}measure/${METRIC}/map/`);
    try {
      await page.locator('#map-help').click();
      let name = '';
      for (let i = 0; i < 10 && !name; i++) {
        await page.keyboard.press('Tab');
        name = await focusedArea(page);
      }
      expect(name).toMatch(/^Leicester \(this council\): 46\.0%, class \d of 5 \(/);
      expect(await page.locator('.map-readout').innerText()).toBe(name);
      await page.keyboard.press('ArrowRight');
      const next = await focusedArea(page);
      expect(next).not.toBe(name);
      expect(next).toMatch(/^[A-Z][^:]+: (\d+\.\d%, class \d of 5|no data)/);
      expect(await page.locator('.map-readout').innerText()).toBe(next);
      // One area at a time is in the tab order: the next Tab leaves the map.
      await page.keyboard.press('Tab');
      expect(await focusedArea(page)).toBe('');
      expect(await page.locator('.england-choropleth [tabindex="0"]').count()).toBe(1);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('outlines a council added to the comparison, carried from the measure’s URL', async () => {
    const { page } = await openPage(browser, `${siteUrl}measure/${METRIC}/?add=E10000016`);
    try {
      await page.getByRole('link', { name: /^Map of every English council/ }).click();
      await expect.poll(() => page.locator('path.map-peer').count()).toBe(16);
      expect(await page.locator('path.map-peer[aria-label^="Kent (comparator)"]').count()).toBe(1);
      expect(new URL(page.url()).search).toBe('?add=E10000016');
    } finally {
      await page.context().close();
    }
  });

  it('has no WCAG 2.2 A/AA violations that axe can find, focus included', async () => {
    const { page, consoleErrors } = await openPage(browser, `${siteUrl}measure/${METRIC}/map/`);
    try {
      await page.locator('.map-table').waitFor();
      const violations = await axeCheck(page);
      if (violations.length > 0) console.log(`axe on the map:\n  ${violations.join('\n  ')}`);
      expect(violations).toEqual([]);
      expect(await focusContrastCheck(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('is drawn by the build: the map, its key and its table read with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const res = await page.goto(`${siteUrl}measure/${METRIC}/map/`);
      expect(res?.status()).toBe(200);
      expect(await page.locator('.england-choropleth path[role="img"]').count()).toBe(153);
      expect(await page.locator('.map-readout').innerText()).toMatch(/^Leicester \(this council\)/);
      expect(await page.locator('.map-table tbody tr').count()).toBeGreaterThanOrEqual(153);
    } finally {
      await context.close();
    }
  });

  it('loads its code and boundaries only when a map is opened', async () => {
    const { page, requests } = await openPage(browser, siteUrl);
    try {
      await page.locator('h1').waitFor();
      expect(requests.filter((r) => /MapPage/.test(r))).toEqual([]);
    } finally {
      await page.context().close();
    }
    const map = await openPage(browser, `${siteUrl}measure/${METRIC}/map/`);
    try {
      expect(map.requests.filter((r) => /MapPage/.test(r))).toHaveLength(1);
    } finally {
      await map.page.context().close();
    }
  });
});
