import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

const siteUrl = inject('siteUrl');
const subSiteUrl = inject('subSiteUrl');
const METRIC = 'ascof-direct-payments-users';
const OVERVIEW_H1 = 'Leicester City Council: adult social care performance';
const MEASURE_H1 = 'People who receive direct payments: 46.0% in 2023-24';

const h1 = (page: Page) => page.locator('h1').innerText();
const rankedCouncils = (page: Page) =>
  page
    .locator('.ranked-table tbody th')
    .evaluateAll((ths) =>
      ths.map((th) => (th.textContent ?? '').replace('(this council)', '').trim()),
    );
const commissionRadio = (page: Page) =>
  page.getByRole('radio', { name: /^Six councils named in the June 2025 minutes/ });

describe('addresses and history', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('restores the comparator choice from a deep link, and again after a reload', async () => {
    const { page, consoleErrors } = await openPage(
      browser,
      `${siteUrl}measure/${METRIC}/?group=commission&add=E06000015`,
    );
    try {
      for (const when of ['loaded', 'reloaded']) {
        if (when === 'reloaded') await page.reload({ waitUntil: 'networkidle' });
        expect(await h1(page), when).toBe(MEASURE_H1);
        expect(await commissionRadio(page).isChecked(), when).toBe(true);
        expect(
          await page.getByRole('radio', { name: /^CIPFA nearest neighbours/ }).isChecked(),
          when,
        ).toBe(false);
        const councils = await rankedCouncils(page);
        expect(councils, when).toContain('Derby');
        expect(councils, when).toHaveLength(8);
        const url = new URL(page.url());
        expect(url.pathname, when).toBe(`/measure/${METRIC}/`);
        expect(url.searchParams.get('group'), when).toBe('commission');
        expect(url.searchParams.get('add'), when).toBe('E06000015');
      }
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('moves between the overview and a measure with the back and forward buttons', async () => {
    const { page, consoleErrors } = await openPage(browser, siteUrl);
    try {
      expect(await h1(page)).toBe(OVERVIEW_H1);
      await page
        .getByRole('link', { name: 'People who receive direct payments', exact: true })
        .click();
      await expect.poll(() => h1(page)).toBe(MEASURE_H1);
      expect(new URL(page.url()).pathname).toBe(`/measure/${METRIC}/`);

      await page.goBack();
      await expect.poll(() => h1(page)).toBe(OVERVIEW_H1);
      expect(new URL(page.url()).pathname).toBe('/');

      await page.goForward();
      await expect.poll(() => h1(page)).toBe(MEASURE_H1);
      expect(new URL(page.url()).pathname).toBe(`/measure/${METRIC}/`);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('serves a measure deep link from a sub-folder, every link and request under it', async () => {
    const sub = new URL(subSiteUrl);
    const { page, consoleErrors, requests } = await openPage(
      browser,
      `${subSiteUrl}measure/${METRIC}/?group=commission`,
    );
    try {
      expect(await h1(page)).toBe(MEASURE_H1);
      // The pre-rendered page shows the default group until the app takes it over with the
      // address's choice: on two busy cores that can come after the heading is read.
      await expect.poll(() => commissionRadio(page).isChecked()).toBe(true);
      const hrefs = await page
        .locator('a[href]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      const inApp = hrefs.filter((h) => !/^(https?:|mailto:|#)/.test(h));
      expect(inApp.length).toBeGreaterThan(0);
      for (const h of inApp) expect(h, h).toMatch(/^\/council\/asc\//);
      for (const url of requests.filter((u) => u.startsWith('http')))
        expect(url.startsWith(subSiteUrl), url).toBe(true);

      await page.getByRole('link', { name: 'All measures' }).click();
      await expect.poll(() => h1(page)).toBe(OVERVIEW_H1);
      expect(new URL(page.url()).pathname).toBe(sub.pathname);

      await page
        .getByRole('link', { name: 'People who receive direct payments', exact: true })
        .click();
      await expect.poll(() => h1(page)).toBe(MEASURE_H1);
      expect(new URL(page.url()).pathname).toBe(`${sub.pathname}measure/${METRIC}/`);
      await page.reload({ waitUntil: 'networkidle' });
      expect(await h1(page)).toBe(MEASURE_H1);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('says "Page not found" for a measure that does not exist', async () => {
    const { page } = await openPage(browser, 'about:blank');
    try {
      const response = await page.goto(`${siteUrl}measure/no-such-measure/`, {
        waitUntil: 'networkidle',
      });
      // A plain static host has no page for it, so it answers 404 with the site's 404.html, and the
      // app says so.
      expect(response?.status()).toBe(404);
      await expect.poll(() => h1(page)).toBe('Page not found');
      expect(await page.title()).toMatch(/not found/i);

      // Reached from inside the app, the same address gives the same answer.
      await page.goto(siteUrl, { waitUntil: 'networkidle' });
      await page.evaluate(() => {
        window.history.pushState(null, '', '/measure/no-such-measure/');
        window.dispatchEvent(new PopStateEvent('popstate'));
      });
      await expect.poll(() => h1(page)).toBe('Page not found');
      await page.getByRole('link', { name: 'Go to the overview of all measures' }).click();
      await expect.poll(() => h1(page)).toBe(OVERVIEW_H1);
    } finally {
      await page.context().close();
    }
  });

  it('says "Page not found" for an address with a bad %-escape, not a blank page', async () => {
    const { page, consoleErrors } = await openPage(browser, 'about:blank');
    try {
      const response = await page.goto(`${siteUrl}measure/%E0%A4%A/`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(404);
      await expect.poll(() => h1(page)).toBe('Page not found');
      // Only the 404 of the page itself: no uncaught error from reading the address.
      expect(consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
