import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseMetrics, parseTargets } from '../../src/data/tables';
import { localIsoDay } from '../../src/format';
import { launchBrowser, openPage } from './browser';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
const read = (file: string) => readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8');

// The catalogue and plan as shipped, read with the site's own parsers.
const metrics = parseMetrics(read('metrics.csv'), 'metrics.csv').rows;
const familyOf = new Map(metrics.map((m) => [m.id, m.family]));
const planned = new Set(
  parseTargets(read('targets.csv'), 'targets.csv')
    .rows.filter((t) => t.kind === 'target')
    .map((t) => t.metric),
);
const FAMILY_TITLES = [
  'Waiting times',
  'Reviews overdue',
  'Safeguarding',
  'Direct payments and personal budgets',
  'Carers',
];
const THEMES = ['Working with people', 'Providing support', 'Ensuring safety', 'Leadership'];
/**
 * Today's overview at 375 px, before the briefing: 27,574 px tall. The default must be a third of
 * it.
 */
const OLD_PHONE_HEIGHT = 27_574;
const AGE = /(\d+ months?|\d+ years?( and \d+ months?)?) old/;

/** The measure id each row in `scope` links to, from `…/measure/<id>/`. */
async function rowIds(page: Page, scope = 'main'): Promise<string[]> {
  const hrefs = await page
    .locator(`${scope} li.mrow .mrow-title a`)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) =>
    decodeURIComponent(/\/measure\/([^/]+)\/$/.exec(h)?.[1] ?? `not a measure link: ${h}`),
  );
}

const row = (page: Page, title: string) =>
  page.locator('li.mrow', { has: page.getByRole('link', { name: title, exact: true }) });

describe.each([1280, 375])('the overview at %i px wide', (width) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens with the briefing: nine outcomes, one status each, what changed since', async () => {
    const { page, consoleErrors, requests } = await openPage(browser, siteUrl, { width });
    try {
      // On track before the plan's deadline (30 November 2026); met or not after it.
      const plan = page.getByRole('region', {
        name:
          localIsoDay() > '2026-11-30'
            ? 'Did the improvement plan meet its targets by November 2026?'
            : 'Is the improvement plan on track?',
      });
      await plan.waitFor();
      const outcomes = await plan.locator('.outcome-list li').allInnerTexts();
      expect(outcomes).toHaveLength(9);
      for (const o of outcomes)
        expect(o).toMatch(
          /: (target met|on track|off track|target missed|no figure (since|yet)|not measured)/,
        );
      const headline = await plan.locator('.brief-headline').innerText();
      expect(headline).toMatch(/of the 9 outcomes can be judged/);
      // Never "0 off track" as if it were good news.
      expect(headline).not.toMatch(/\b0 (met|on track|off track)/);

      const since = page.getByRole('region', { name: /^Since the (last meeting|previous drop)/ });
      // Counts of what moved, or in words that nothing did: never "0 worse, 0 better, 0 unchanged".
      const sinceText = await since.innerText();
      expect(sinceText).toMatch(/\d+ worse, \d+ better, \d+ unchanged|No measure has a newer/);
      expect(sinceText).not.toMatch(/\b0 worse, 0 better, 0 unchanged/);
      const stale = page.getByRole('region', { name: 'Out of date' });
      expect(await stale.innerText()).toMatch(AGE);
      // The rest of the out-of-date measures are one click away, in the table filtered to them.
      const more = stale.getByRole('link', { name: /^and \d+ more$/ });
      expect(await more.getAttribute('href')).toMatch(/\/matrix\/\?age=overdue$/);
      const questions = page.getByRole('region', { name: 'Questions to ask' });
      expect(await questions.count()).toBe(1);
      // Once the plan's date has gone by with nothing to judge it, the first question asks when
      // members will see whether its first target, the median wait, was met.
      if (localIsoDay() > '2026-11-30')
        expect(await questions.locator('li').first().innerText()).toMatch(
          new RegExp(
            '^The target date has passed .*\\(Median wait for a Care Act assessment: ' +
              'its target date, November 2026, has passed with no figure to judge it\\.\\)$',
          ),
        );

      if (width === 1280) {
        // The plan's statuses and "since the last meeting" on the first screen (1280 × 900).
        for (const box of [
          await plan.boundingBox(),
          await since.locator('.brief-headline').boundingBox(),
        ])
          expect(box && box.y + box.height).toBeLessThanOrEqual(900);
      }
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

  it('lists the Commission’s five families and plan measures, each with its age', async () => {
    const { page, consoleErrors } = await openPage(browser, siteUrl, { width });
    try {
      await page.locator('li.mrow').first().waitFor();
      const headings = await page.locator('main section.theme > h2').allInnerTexts();
      expect(headings.slice(0, 5)).toEqual(FAMILY_TITLES);
      const ids = await rowIds(page);
      expect(ids.length).toBeGreaterThan(20);
      for (const id of ids)
        expect(familyOf.get(id) !== undefined || planned.has(id), `${id} is not followed`).toBe(
          true,
        );
      for (const id of planned) if (metrics.some((m) => m.id === id)) expect(ids, id).toContain(id);

      // The Care Act assessment wait (January 2025) says its age and its plan target.
      const wait = row(page, 'Median wait for a Care Act assessment');
      expect(await wait.locator('.mrow-value').innerText()).toMatch(/^135 days\s+January 2025/);
      expect(await wait.locator('.mrow-age').innerText()).toMatch(AGE);
      expect(await wait.innerText()).toContain('Target no more than 90 days by November 2026');

      // data/drops/2025-26-Q2/values.csv: E06000016 2023-24 = 46.0, England 25.5; no interval, so
      // not tested.
      const dp = row(page, 'People who receive direct payments');
      expect(await dp.locator('.mrow-value strong').innerText()).toBe('46.0%');
      if (width === 1280)
        expect(await dp.innerText()).toContain('Higher than England (25.5%; not tested)');

      if (width === 375)
        expect(
          await page.evaluate(() => document.documentElement.scrollHeight),
        ).toBeLessThanOrEqual(OLD_PHONE_HEIGHT / 3);
      expect(
        await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity),
      ).toBeLessThanOrEqual(width);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('shows every measure by CQC theme from an obvious control, on a page of its own', async () => {
    const { page, consoleErrors } = await openPage(browser, siteUrl, { width });
    try {
      await page.locator('li.mrow').first().waitFor();
      const before = await rowIds(page);
      await page.getByRole('link', { name: /^Show all \d+ measures$/ }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/measures/');
      await expect.poll(async () => (await rowIds(page)).length).toBeGreaterThan(before.length);
      const headings = await page.locator('main section.theme > h2').allInnerTexts();
      expect(headings.filter((h) => THEMES.includes(h))).toEqual(THEMES);
      const all = await rowIds(page);
      expect(new Set(all).size).toBe(all.length);
      for (const id of before) expect(all, id).toContain(id);
      // Back returns to the Commission's measures.
      await page.goBack();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/');
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
