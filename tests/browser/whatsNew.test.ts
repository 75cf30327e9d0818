import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow } from '../../scripts/lib/buildSite';
import { launchBrowser, openPage } from './browser';
import { startStaticServer } from './server';

// The minimal fixture: two synthetic drops, the second adding 2025-26 Q2 and revising Q1 (1,300
// provisional → 1,274).
const repo = resolve(import.meta.dirname, '..', '..');
const out = join(repo, '.build-tmp', 'browser-fixture');
let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  await buildSiteOrThrow({ dataDir: 'tests/fixtures/minimal', outDir: out });
  server = await startStaticServer({ root: out });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('what is new since the last drop', () => {
  it('lists the new drop’s new periods and revised figures, says they are synthetic', async () => {
    const { page, consoleErrors } = await openPage(browser, `${server.url}whats-new/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('What’s new in drop 2025-26-Q2');
    await expect(
      page.getByRole('note').filter({ hasText: 'Synthetic test data' }).count(),
    ).resolves.toBe(1);
    const added = await page.locator('h2:text-is("New figures") + ul > li').allInnerTexts();
    expect(added).toEqual([
      'People who receive direct payments: 1 new period (2024-25) for 3 areas; Leicester ' +
        '31.2% in 2024-25, against 29.1% in 2023-24: ▲✓ better',
      'People waiting for a Care Act assessment: 1 new period (Q2 2025-26) for 1 area; ' +
        'Leicester 1,190 (provisional) in Q2 2025-26, against 1,300 in Q1 2025-26: ▼✓ better',
    ]);
    const revised = await page
      .locator('table:has(caption:has-text("revised")) tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
    expect(revised).toEqual([
      [
        'People waiting for a Care Act assessment',
        'Leicester',
        '2025-26 Q1',
        '1,300 (provisional) (drop 2025-26-Q1)',
        '1,274',
        '▼✓ better',
      ],
    ]);
    const commentary = page.getByRole('region', { name: 'Officer commentary' });
    await expect(commentary.textContent()).resolves.toContain(
      'The list fell after weekend assessment clinics',
    );
    await expect(commentary.textContent()).resolves.toContain(
      'Action owner: Head of Adult Social Care Operations (synthetic test text). Published ' +
        'with drop 2025-26-Q2 on 1 November 2025.',
    );
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('a snapshot of an earlier drop', () => {
  it('shows only figures published up to that drop, a banner linking to the latest', async () => {
    const { page, consoleErrors } = await openPage(
      browser,
      `${server.url}drop/2025-26-Q1/measure/waiting-count/`,
    );
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('People waiting for a Care Act assessment: 1,300 in Q1 2025-26');
    const banner = page.getByRole('note').filter({ hasText: 'earlier version' });
    await expect(banner.textContent()).resolves.toContain('drop 2025-26-Q1');
    const table = await page
      .locator('table.data-table tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
    expect(table.map((r) => r.slice(0, 2))).toEqual([['Q1 2025-26', '1,300']]);
    expect(table[0]?.at(-1)).toBe('Provisional.');
    await banner.getByRole('link').click();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('People waiting for a Care Act assessment: 1,190 in Q2 2025-26');
    expect(new URL(page.url()).pathname).toBe('/measure/waiting-count/');
    const latest = await page
      .locator('table.data-table tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
    expect(latest.map((r) => r.slice(0, 2))).toEqual([
      ['Q1 2025-26', '1,274'],
      ['Q2 2025-26', '1,190'],
    ]);
    expect(latest[0]?.at(-1)).toBe(
      'revised after data cleansing. Revised: first published as 1,300 in drop 2025-26-Q1.',
    );
    await expect(
      page.getByRole('region', { name: 'Officer commentary' }).textContent(),
    ).resolves.toContain('Published with drop 2025-26-Q2 on 1 November 2025.');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
