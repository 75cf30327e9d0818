/**
 * Comparisons on a measure page (issue 12): a change of comparator group is a step in the browser's
 * history, so Back undoes it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

const siteUrl = inject('siteUrl');
const METRIC = 'ascof-direct-payments-users';

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const rankedCouncils = (page: Page) =>
  page
    .locator('.ranked-table tbody tr th')
    .evaluateAll((ths) =>
      ths.map((th) => (th.textContent ?? '').replace('(this council)', '').trim()),
    );

describe('comparator changes and the browser history', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('restores the previous group on Back after a group switch, and the switch on Forward', async () => {
    const { page, consoleErrors } = await openPage(browser, `${siteUrl}measure/${METRIC}/`);
    try {
      await page.locator('.ranked-table').waitFor();
      const cipfa = page.getByRole('radio', { name: /^CIPFA nearest neighbours/ });
      const six = page.getByRole('radio', { name: /^Six councils named in the June 2025 minutes/ });
      expect(await cipfa.isChecked()).toBe(true);
      await expect.poll(async () => (await rankedCouncils(page)).length).toBe(16);

      await six.check();
      await expect.poll(() => param(page, 'group')).toBe('commission');
      await expect.poll(async () => (await rankedCouncils(page)).length).toBe(7);

      await page.goBack();
      await expect.poll(() => param(page, 'group')).toBeNull();
      expect(new URL(page.url()).pathname).toBe(`/measure/${METRIC}/`);
      await expect.poll(() => cipfa.isChecked()).toBe(true);
      await expect.poll(async () => (await rankedCouncils(page)).length).toBe(16);

      await page.goForward();
      await expect.poll(() => six.isChecked()).toBe(true);
      await expect.poll(async () => (await rankedCouncils(page)).length).toBe(7);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
