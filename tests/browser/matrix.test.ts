/**
 * The matrix (issue 12): every measure in one table against England and the neighbours, sortable by
 * each column, searchable, downloadable as CSV, with nothing for axe to find at 375 and 1280 px.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeCheck, launchBrowser, openPage } from './browser';

const siteUrl = inject('siteUrl');
const matrixUrl = `${siteUrl}matrix/`;

/** Each measure's row as the text of its cells, keyed by column heading. */
async function matrixRows(page: Page): Promise<Record<string, string>[]> {
  await page.locator('table.matrix tbody tr th[scope="row"]').first().waitFor();
  return page.locator('table.matrix').evaluate((table) => {
    const headings = [...table.querySelectorAll('thead th')].map((th) =>
      (th.querySelector('button')?.firstChild?.textContent ?? '').trim(),
    );
    return [...table.querySelectorAll('tbody tr')]
      .filter((tr) => tr.querySelector('th[scope="row"]'))
      .map((tr) =>
        Object.fromEntries(
          [...tr.querySelectorAll('th, td')].map((c, i) => [
            headings[i] ?? `${i}`,
            (c.textContent ?? '').trim(),
          ]),
        ),
      );
  });
}

const countIn = async (page: Page, name: RegExp) =>
  Number(/\((\d+)\)/.exec(await page.getByRole('link', { name }).innerText())?.[1]);

describe('the matrix of every measure', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('is linked from the navigation and the overview', async () => {
    const { page } = await openPage(browser, siteUrl);
    try {
      await page.getByRole('link', { name: 'Every measure at a glance' }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/matrix/');
      await page.locator('h1', { hasText: 'Every measure at a glance' }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Main' });
      expect(
        await nav.getByRole('link', { name: 'At a glance' }).getAttribute('aria-current'),
      ).toBe('page');
    } finally {
      await page.context().close();
    }
  });

  it('lists every measure with its England comparison, in words and a shape', async () => {
    const { page, consoleErrors } = await openPage(browser, matrixUrl);
    try {
      const rows = await matrixRows(page);
      expect(rows).toHaveLength(await countIn(page, /^Every measure \(\d+\)$/));
      expect(rows.length).toBeGreaterThan(100);
      const withEngland = rows.filter((r) => r.England !== '—');
      expect(withEngland.length).toBeGreaterThan(30);
      for (const r of withEngland) {
        // Series no longer published are not judged: their comparison stays empty.
        if (r.Age === 'No longer published') continue;
        expect(r['Compared with England'], r.Measure).toMatch(
          new RegExp(
            '^[✓≈✗↑↓=]\\s+(Better than|Worse than|Similar to|Higher than|Lower than|The ' +
              `same as) England \\(${r.England?.replace(/[.()]/g, '\\$&')}`,
          ),
        );
      }
      const dp = rows.find((r) => r.Measure === 'People who receive direct payments');
      // 46.0% in 2023-24 against England's 25.5% (data/drops/2025-26-Q2/values.csv), first of 16.
      expect(dp).toMatchObject({
        'Latest period': '2023-24',
        Value: '46.0%',
        England: '25.5%',
        Rank: '1st of 16',
      });
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('sorts by a column from its heading, best first, then worst first', async () => {
    const { page } = await openPage(browser, matrixUrl);
    try {
      await matrixRows(page);
      const rankHeading = page.locator('table.matrix thead th', { hasText: 'Rank' });
      await rankHeading.getByRole('button').click();
      await expect.poll(() => rankHeading.getAttribute('aria-sort')).toBe('ascending');
      const share = (text: string | undefined) => {
        const m = /(\d+)\D+ of (\d+)/.exec(text ?? '');
        return m ? (Number(m[1]) - 1) / (Number(m[2]) - 1) : undefined;
      };
      const up = (await matrixRows(page)).map((r) => share(r.Rank));
      const ranked = up.filter((v) => v !== undefined);
      expect(ranked.length).toBeGreaterThan(20);
      expect(ranked).toEqual([...ranked].sort((a, b) => a - b));
      // Measures with no rank come after every ranked one.
      expect(up.slice(0, ranked.length)).toEqual(ranked);

      await rankHeading.getByRole('button').click();
      await expect.poll(() => rankHeading.getAttribute('aria-sort')).toBe('descending');
      const down = (await matrixRows(page))
        .map((r) => share(r.Rank))
        .filter((v) => v !== undefined);
      expect(down).toEqual([...down].sort((a, b) => b - a));
      expect(new URL(page.url()).searchParams.get('sort')).toBe('rank');
    } finally {
      await page.context().close();
    }
  });

  it('searches and filters to the Commission’s measures, downloads what it shows', async () => {
    const { page } = await openPage(browser, `${matrixUrl}?q=direct%20payment`);
    try {
      const rows = await matrixRows(page);
      expect(rows.length).toBeGreaterThanOrEqual(5);
      expect(rows.filter((r) => !/direct payments?\b/i.test(r.Measure ?? ''))).toEqual([]);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download this table (CSV)' }).click(),
      ]);
      const text = readFileSync(await download.path(), 'utf8');
      const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
        skipEmptyLines: 'greedy',
      });
      expect(parsed.errors).toEqual([]);
      const [header, ...body] = parsed.data;
      expect(header?.slice(0, 5)).toEqual(['Theme', 'Measure', 'Codes', 'Latest period', 'Value']);
      expect(body.map((r) => r[1])).toEqual(rows.map((r) => r.Measure));
      const dp = body.find((r) => r[1] === 'People who receive direct payments');
      expect(dp?.slice(2, 7)).toEqual([
        'ASCOF 3D2A; ASCOF 1C2A (before 2023-24)',
        '2023-24',
        '46',
        'percent',
        '25.5',
      ]);

      await page
        .getByRole('link', { name: /^The Commission’s five families and the plan/ })
        .click();
      await expect.poll(() => new URL(page.url()).searchParams.get('show')).toBe('commission');
      const followed = await countIn(page, /^The Commission’s five families and the plan/);
      await expect.poll(async () => (await matrixRows(page)).length).toBe(followed);
    } finally {
      await page.context().close();
    }
  });

  it.each([1280, 375])('has nothing for axe to find at %i px', async (width) => {
    const { page, consoleErrors } = await openPage(browser, matrixUrl, { width });
    try {
      await matrixRows(page);
      await page.locator('summary', { hasText: 'How to read the table' }).click();
      expect(await axeCheck(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
