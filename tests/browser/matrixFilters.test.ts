/**
 * The matrix's filters (issue 12): by comparison with England, trend, target status and age, each a
 * link that changes the address, so a filtered view can be shared and Back undoes it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeCheck, launchBrowser, openPage } from './browser';

const siteUrl = inject('siteUrl');
const matrixUrl = `${siteUrl}matrix/`;

/** Each listed measure's name, comparison with England and age, as the table shows them. */
async function shown(page: Page): Promise<{ measure: string; england: string; age: string }[]> {
  // With nothing to list, the page has no table.
  if ((await page.locator('table.matrix').count()) === 0) return [];
  return page.locator('table.matrix').evaluate((table) => {
    const headings = [...table.querySelectorAll('thead th')].map((th) =>
      (th.querySelector('button')?.firstChild?.textContent ?? '').trim(),
    );
    const at = (name: string) => headings.indexOf(name);
    return [...table.querySelectorAll('tbody tr')]
      .filter((tr) => tr.querySelector('th[scope="row"]'))
      .map((tr) => {
        const cells = [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim());
        return {
          measure: cells[at('Measure')] ?? '',
          england: cells[at('Compared with England')] ?? '',
          age: cells[at('Age')] ?? '',
        };
      });
  });
}

const filterLink = (page: Page, group: string, option: RegExp) =>
  page
    .getByRole('navigation', { name: 'Filter the measures' })
    .getByRole('list', { name: group })
    .getByRole('link', { name: option });
const countOn = async (page: Page, group: string, option: RegExp) =>
  Number(/\((\d+)\)$/.exec(await filterLink(page, group, option).innerText())?.[1]);

describe('the matrix’s filters', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lists only what the address asks for, combines filters by link; Back undoes', async () => {
    const { page, consoleErrors } = await openPage(browser, `${matrixUrl}?england=untested`);
    try {
      await page.locator('table.matrix tbody th[scope="row"]').first().waitFor();
      // The shipped figures carry no counts or intervals for most measures, so most comparisons
      // with England are not tested: higher, lower or the same, said so.
      const untested = await shown(page);
      expect(untested.length).toBe(await countOn(page, 'Compared with England', /^Not tested/));
      expect(untested.length).toBeGreaterThan(10);
      for (const r of untested) expect(r.england, r.measure).toMatch(/^[↑↓=].*not tested\)$/);
      expect(
        await filterLink(page, 'Compared with England', /^Not tested/).getAttribute('aria-current'),
      ).toBe('true');
      await expect.poll(() => page.locator('.filter-status').innerText()).toMatch(/shown\.$/);

      const overdue = await countOn(page, 'How recent', /^Out of date/);
      await filterLink(page, 'How recent', /^Out of date/).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('age')).toBe('overdue');
      expect(new URL(page.url()).searchParams.get('england')).toBe('untested');
      await expect.poll(async () => (await shown(page)).length).toBe(overdue);
      expect(overdue).toBeGreaterThan(0);
      for (const r of await shown(page)) {
        expect(r.england, r.measure).toMatch(/not tested\)$/);
        expect(r.age, r.measure).toMatch(/old$/);
      }
      expect(await axeCheck(page)).toEqual([]);

      await page.goBack();
      await expect.poll(() => new URL(page.url()).searchParams.get('age')).toBeNull();
      await expect.poll(async () => (await shown(page)).length).toBe(untested.length);

      await page.getByRole('link', { name: 'Clear the filters' }).click();
      await expect.poll(() => new URL(page.url()).search).toBe('');
      await expect
        .poll(async () => (await shown(page)).length)
        .toBe(await countOn(page, 'Compared with England', /^Any/));
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('filters by trend and target status, each option’s count matching what it lists', async () => {
    const { page } = await openPage(browser, matrixUrl);
    try {
      await page.locator('table.matrix tbody th[scope="row"]').first().waitFor();
      for (const [group, key] of [
        ['Last three figures', 'trend'],
        ['Improvement-plan target', 'target'],
      ] as const) {
        // The option listing the most measures, whichever it is in the shipped figures.
        const options = await page
          .getByRole('list', { name: group })
          .getByRole('link')
          .allInnerTexts();
        const counted = options
          .filter((o) => !o.startsWith('Any'))
          .map((o) => ({ name: o, count: Number(/\((\d+)\)$/.exec(o)?.[1]) }))
          .sort((a, b) => b.count - a.count);
        const top = counted[0];
        expect(top?.count, group).toBeGreaterThan(0);
        await page
          .getByRole('list', { name: group })
          .getByRole('link', { name: top?.name })
          .click();
        await expect.poll(() => new URL(page.url()).searchParams.get(key)).not.toBeNull();
        await expect.poll(async () => (await shown(page)).length).toBe(top?.count);
        await page.goBack();
        await expect.poll(() => new URL(page.url()).searchParams.get(key)).toBeNull();
      }
    } finally {
      await page.context().close();
    }
  });

  it('are links in the page built for no JavaScript, which says filtering needs it', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(matrixUrl);
      const nav = page.getByRole('navigation', { name: 'Filter the measures' });
      expect(await nav.getByRole('link').count()).toBeGreaterThan(15);
      expect(await page.locator('main').innerText()).toContain(
        'Choosing and filtering the measures and sorting the table need JavaScript',
      );
    } finally {
      await context.close();
    }
  });
});
