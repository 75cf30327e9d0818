import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the improvement plan page', () => {
  it('shows the nine outcomes under their CQC themes with real baselines, targets and computed statuses', async () => {
    const { page, consoleErrors } = await openPage(browser, `${siteUrl}plan/`);
    await page.waitForSelector('.outcome');
    expect(await page.locator('h1').textContent()).toBe(
      'Improvement plan: 9 outcomes to reach by November 2026',
    );
    const outcomes = await page.locator('.outcome h3').allTextContents();
    expect(outcomes).toHaveLength(9);
    expect(outcomes[0]).toBe('Outcome 1: Shorter waits for assessments and reviews');
    expect(await page.locator('main h2').allTextContents()).toEqual([
      'Working with people',
      'Providing support',
      'Ensuring safety',
      'Leadership',
    ]);

    const row = page.locator('.outcome').first().locator('tbody tr').first();
    // Statuses are judged on today's date: before 30 November 2026 the figure is stale; after it, the target is missed.
    const cells = await row.locator('th, td').allTextContents();
    expect(cells).toEqual([
      'Median wait for a Care Act assessment',
      '135 days (31 January 2025)',
      '135 days (January 2025)',
      'no more than 90 days by 30 November 2026',
      expect.stringMatching(/^9\d days$/),
      expect.stringMatching(
        /^(\? not measured since January 2025|✗ target date passed without meeting it)$/,
      ),
    ]);

    const safeguarding = page.locator('.outcome', { hasText: 'Outcome 8' });
    await expect(safeguarding.locator('tbody').textContent()).resolves.toContain('45%');
    // A target the published statistics cannot measure directly is shown with its nearest proxy, labelled.
    await expect(
      page
        .locator('.outcome', { hasText: 'Outcome 3' })
        .locator('.tag', { hasText: 'proxy' })
        .count(),
    ).resolves.toBeGreaterThan(0);
    await expect(
      page.locator('.outcome').first().locator('.questions li').count(),
    ).resolves.toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
