import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localIsoDay } from '../../src/format';
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
  it('gives each of nine outcomes a status, never "0 off track" if none is judged', async () => {
    const { page, consoleErrors } = await openPage(browser, `${siteUrl}plan/`);
    await page.waitForSelector('.outcome');
    // The plan's outcomes were due by 30 November 2026: after that day they are met or missed.
    const due = localIsoDay() > '2026-11-30' ? 'that were due' : 'to reach';
    expect(await page.locator('h1').textContent()).toBe(
      `Improvement plan: 9 outcomes ${due} by November 2026`,
    );
    const headline = await page.locator('.brief-headline').innerText();
    expect(headline).toMatch(/of the 9 outcomes can be judged/);
    expect(headline).not.toMatch(/\b0 (met|on track|off track)/);
    // One line per outcome in the summary, and one status under each outcome's heading.
    expect(await page.locator('main > .outcome-list li').count()).toBe(9);
    const outcomes = await page.locator('.outcome h3').allTextContents();
    expect(outcomes).toHaveLength(9);
    expect(outcomes[0]).toBe('Outcome 1: Shorter waits for assessments and reviews');
    expect(await page.locator('.outcome > .outcome-status').count()).toBe(9);
    expect(await page.locator('main > section > h2').allTextContents()).toEqual([
      'Working with people',
      'Providing support',
      'Ensuring safety',
      'Leadership',
    ]);

    // The Care Act assessment wait has only its baseline: no verdict, whatever today's date.
    const row = page.locator('.outcome').first().locator('tbody tr').first();
    const cells = await row.locator('th, td').allTextContents();
    expect(cells).toEqual([
      'Median wait for a Care Act assessment',
      '135 days (31 January 2025)',
      '135 days (January 2025)',
      'no more than 90 days by November 2026',
      expect.stringMatching(/^9\d days$/),
      '? no figure since the baseline (January 2025)',
    ]);
    expect(await page.locator('.outcome').first().locator('.outcome-status').innerText()).toBe(
      '? No figure since the baseline (January 2025).',
    );

    const safeguarding = page.locator('.outcome', { hasText: 'Outcome 8' });
    await expect(safeguarding.locator('tbody').textContent()).resolves.toContain('45%');
    await expect(
      page.locator('.outcome').first().locator('.questions li').count(),
    ).resolves.toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
