import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeCheck, focusContrastCheck, launchBrowser, openPage } from './browser';

const siteUrl = inject('siteUrl');

/** What has keyboard focus now: its tag, id, text and href. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      text: (el?.textContent ?? '').trim(),
      href: el?.getAttribute('href') ?? '',
      isRowLink: el?.matches('li.mrow .mrow-title a') ?? false,
      type: el?.getAttribute('type') ?? '',
      label: el?.id
        ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '').trim()
        : '',
    };
  });
}

/** Presses Tab until `done` holds for the focused element, at most `limit` times. */
async function tabUntil(
  page: Page,
  done: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  limit = 40,
) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (done(f)) return f;
  }
  throw new Error(
    `nothing matching was reached in ${limit} presses of Tab; focus is on ` +
      `${JSON.stringify(await focused(page))}`,
  );
}

const PAGES: [string, string, RegExp][] = [
  ['the overview', '', /^Leicester City Council: adult social care performance$/],
  [
    'the direct payments measure',
    'measure/ascof-direct-payments-users/',
    /^People who receive direct payments: 46\.0% in 2023-24$/,
  ],
  [
    'the Care Act assessment wait measure',
    'measure/care-act-assessment-median-wait-days/',
    /^Median wait for a Care Act assessment: 135 days in January 2025$/,
  ],
  ['the about page', 'about/', /^About the data$/],
  ['the improvement plan', 'plan/', /\S/],
  ['what’s new', 'whats-new/', /^What’s new/],
];

describe('accessibility in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it.each(PAGES)(
    '%s has no WCAG 2.2 A/AA violations that axe can find',
    async (_, path, heading) => {
      const { page, consoleErrors } = await openPage(browser, `${siteUrl}${path}`);
      try {
        await expect.poll(() => page.locator('h1').innerText()).toMatch(heading);
        if (path.startsWith('measure/')) await page.locator('svg.ts-chart').waitFor();
        const violations = await axeCheck(page);
        if (violations.length > 0) console.log(`axe on /${path}:\n  ${violations.join('\n  ')}`);
        expect(violations).toEqual([]);
        expect(consoleErrors).toEqual([]);
      } finally {
        await page.context().close();
      }
    },
  );

  it.each([
    ['the overview', ''],
    [
      'the direct payments measure, with its list of councils open',
      'measure/ascof-direct-payments-users/',
    ],
    ['the improvement plan', 'plan/'],
  ])('%s keeps 4.5:1 text contrast on whatever has keyboard focus', async (_, path) => {
    const { page, consoleErrors } = await openPage(browser, `${siteUrl}${path}`);
    try {
      await page.locator('h1').waitFor();
      const list = page.locator('details.council-list > summary');
      if ((await list.count()) > 0) await list.click();
      const failures = await focusContrastCheck(page);
      if (failures.length > 0)
        console.log(`contrast under focus on /${path}:\n  ${failures.join('\n  ')}`);
      expect(failures).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('works by keyboard alone: skip link, a measure in the list, the comparator', async () => {
    const { page, consoleErrors } = await openPage(browser, siteUrl);
    try {
      // Start once the page is drawn: a Tab pressed while the first render replaces the page has
      // nowhere to go.
      await page.locator('li.mrow').first().waitFor();
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({
        tag: 'a',
        text: 'Skip to main content',
        href: '#main',
      });
      expect(await page.locator('.skip-link').isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await focused(page)).id).toBe('main');

      // Past the briefing's links to the first measure in the list.
      const card = await tabUntil(page, (f) => f.isRowLink, 120);
      const firstCard = await page.locator('li.mrow .mrow-title a').first().innerText();
      expect(card.text).toBe(firstCard);
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/measure\/[^/]+\/$/);
      expect(new URL(page.url()).pathname).toBe(card.href);
      await expect.poll(() => page.locator('h1').innerText()).toContain(firstCard);
      // Focus follows the navigation to the new page's content.
      await expect.poll(async () => (await focused(page)).id).toBe('main');

      // The first measure has no comparator councils: go to one that has, by keyboard from the "All
      // measures" link.
      await tabUntil(page, (f) => f.text === 'All measures');
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).pathname).toBe('/');
      await tabUntil(
        page,
        (f) => f.isRowLink && f.text === 'People who receive direct payments',
        200,
      );
      await page.keyboard.press('Enter');
      await expect
        .poll(() => new URL(page.url()).pathname)
        .toBe('/measure/ascof-direct-payments-users/');
      await page.locator('.ranked-table').waitFor();

      // Tab reaches the group's checked radio; the arrow key moves to and selects the next one.
      const radio = await tabUntil(page, (f) => f.tag === 'input' && f.type === 'radio');
      expect(radio.label).toMatch(/^CIPFA nearest neighbours/);
      await page.keyboard.press('ArrowDown');
      expect((await focused(page)).label).toMatch(/^Six councils named in the June 2025 minutes/);
      await expect.poll(() => new URL(page.url()).searchParams.get('group')).toBe('commission');
      expect(
        await page
          .getByRole('radio', { name: /^Six councils named in the June 2025 minutes/ })
          .isChecked(),
      ).toBe(true);
      await expect.poll(() => page.locator('.ranked-table tbody tr').count()).toBe(7);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('shows where keyboard focus is on a link', async () => {
    const { page } = await openPage(browser, siteUrl);
    try {
      const link = page.locator('li.mrow .mrow-title a').first();
      const look = () =>
        link.evaluate((a) => {
          const s = getComputedStyle(a);
          return {
            background: s.backgroundColor,
            shadow: s.boxShadow,
            outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
          };
        });
      const before = await look();
      await page.locator('main').focus();
      await tabUntil(page, (f) => f.isRowLink, 120);
      const after = await look();
      expect(
        await link.evaluate((a) => a === document.activeElement && a.matches(':focus-visible')),
      ).toBe(true);
      expect(
        after.background !== before.background || after.shadow !== before.shadow,
        `unfocused ${JSON.stringify(before)}, focused ${JSON.stringify(after)}`,
      ).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  it('reads the chart’s points from the keyboard', async () => {
    const { page } = await openPage(browser, `${siteUrl}measure/ascof-direct-payments-users/`);
    try {
      const chart = page.locator('svg.ts-chart[tabindex="0"]');
      await expect(chart.locator('title').textContent()).resolves.toBe(
        'People who receive direct payments over time',
      );
      // Focus shows the first point, 2017-18: Leicester 50.9% (data/drops/2025-26-Q2/values.csv).
      await chart.focus();
      await expect.poll(() => page.locator('.chart-readout').textContent()).toContain('2017-18');
      await expect(page.locator('.chart-readout').textContent()).resolves.toContain(
        'Leicester: 50.9%',
      );
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('.chart-readout').textContent()).toContain('2018-19');
      await expect(page.locator('.chart-readout').textContent()).resolves.toContain(
        'Leicester: 49.8%',
      );
    } finally {
      await page.context().close();
    }
  });
});
