import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

const siteUrl = inject('siteUrl');

/** The direct payments row: Leicester 46.0% in 2023-24, from data/drops/2025-26-Q2/values.csv. */
const directPayments = (page: Page) =>
  page.locator('li.mrow', {
    has: page.getByRole('link', { name: 'People who receive direct payments', exact: true }),
  });

/**
 * Opens a blank page, makes `pattern` answer 500, then loads the overview, so the failure is in
 * place from the first request.
 */
async function overviewWithout(browser: Browser, pattern: string) {
  const opened = await openPage(browser, 'about:blank');
  await opened.page.route(pattern, (route) =>
    route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal server error' }),
  );
  await opened.page.goto(siteUrl, { waitUntil: 'networkidle' });
  return opened;
}

describe('a data file the server cannot deliver', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('reports missing targets beside figures that load, and recovers on "Try again"', async () => {
    const { page, consoleErrors } = await overviewWithout(browser, '**/data/targets.csv');
    try {
      const alert = page.getByRole('alert').filter({ hasText: /targets/i });
      await alert.waitFor({ timeout: 15_000 });
      expect(await alert.innerText()).toMatch(/Improvement-plan targets could not be loaded/);
      expect(await alert.innerText()).toContain('targets.csv');
      expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(1);

      // The rest of the overview works: the measures with their figures.
      expect(await page.locator('li.mrow').count()).toBeGreaterThan(50);
      expect(await directPayments(page).locator('.mrow-value').innerText()).toMatch(
        /^46\.0%\s+2023-24/,
      );
      expect(
        await page.getByText('Target status unavailable: the targets file did not load.').count(),
      ).toBeGreaterThan(0);
      // Every console error is the refused file itself.
      expect(consoleErrors.length).toBeGreaterThan(0);
      for (const e of consoleErrors) expect(e).toMatch(/targets\.csv/);

      await page.unroute('**/data/targets.csv');
      await alert.getByRole('button', { name: 'Try again' }).click();
      await expect.poll(() => page.getByRole('alert').count(), { timeout: 10_000 }).toBe(0);
      await expect
        .poll(() => page.getByText('Target status unavailable').count(), { timeout: 10_000 })
        .toBe(0);
      // The Care Act assessment wait now carries its improvement-plan status (targets.csv: 135 days
      // baseline, 90 by 30 November 2026).
      const careAct = page.locator('li.mrow', {
        has: page.getByRole('link', { name: 'Median wait for a Care Act assessment', exact: true }),
      });
      await expect
        .poll(() => careAct.innerText(), { timeout: 10_000 })
        .toContain('Target no more than 90 days');
      expect(await directPayments(page).locator('.mrow-value').innerText()).toMatch(
        /^46\.0%\s+2023-24/,
      );
    } finally {
      await page.context().close();
    }
  });

  it('names a drop’s failed figures file, showing no earlier drop’s figure instead', async () => {
    // The overview fetches each drop's figures for its areas, split out by the build from the
    // drop's values.csv.
    const file = 'derived/2025-26-Q4/overview.csv';
    const { page, consoleErrors } = await overviewWithout(browser, `**/data/${file}`);
    try {
      const alert = page.getByRole('alert').filter({ hasText: file });
      await alert.waitFor({ timeout: 15_000 });
      expect(await alert.innerText()).toContain(`Data file: ${file}`);
      expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(1);

      expect(await alert.innerText()).toMatch(/^The latest figures could not be loaded/);
      // No figures at all: one from an earlier drop must not stand in for the latest one.
      expect(await page.locator('li.mrow').count()).toBe(0);
      for (const e of consoleErrors) expect(e).toContain(file);

      await page.unroute(`**/data/${file}`);
      await alert.getByRole('button', { name: 'Try again' }).click();
      await expect.poll(() => page.getByRole('alert').count(), { timeout: 10_000 }).toBe(0);
      await expect.poll(() => page.locator('h1').innerText()).toContain('Leicester City Council');
      expect(await directPayments(page).innerText()).toContain(
        'Higher than England (25.5%; not tested)',
      );
      expect(await directPayments(page).locator('.mrow-value').innerText()).toMatch(
        /^46\.0%\s+2023-24/,
      );
    } finally {
      await page.context().close();
    }
  });

  it('shows an error, not "no target", when the always-published targets.csv is 404', async () => {
    const { page } = await openPage(browser, 'about:blank');
    await page.route('**/data/targets.csv', (route) =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }),
    );
    try {
      await page.goto(`${siteUrl}plan/`, { waitUntil: 'networkidle' });
      const alert = page.getByRole('alert').filter({ hasText: 'targets.csv' });
      await alert.waitFor({ timeout: 15_000 });
      expect(await alert.innerText()).toContain('the server answered 404');
      expect(await page.getByText('No measurable target').count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });

  it('offers a reload that works when a page’s code fails to load after a redeploy', async () => {
    const { page } = await openPage(browser, siteUrl);
    try {
      // The tab's index.html names a chunk the host no longer has.
      await page.route('**/assets/MeasurePage-*.js', (route) => route.abort());
      await directPayments(page)
        .getByRole('link', { name: 'People who receive direct payments', exact: true })
        .click();
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 15_000 });
      expect(await alert.innerText()).toContain('The site may have been updated');
      // After the redeploy the chunk is there again: the reload fetches it.
      await page.unroute('**/assets/MeasurePage-*.js');
      await alert.getByRole('button', { name: 'Reload the page' }).click();
      await expect
        .poll(() => page.locator('h1').innerText(), { timeout: 15_000 })
        .toBe('People who receive direct payments: 46.0% in 2023-24');
    } finally {
      await page.context().close();
    }
  });
});
