/**
 * Comparisons on a measure page (issue 12): a change of comparator group is a step in the browser's
 * history, so Back undoes it; any English council can be added by its code; the ranked CSV holds
 * every council's figure.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseAreas, parseDrops, parseValues } from '../../src/data/tables';
import { axeCheck, launchBrowser, openPage } from './browser';

const siteUrl = inject('siteUrl');
const METRIC = 'ascof-direct-payments-users';

const dataFile = (path: string) =>
  readFileSync(new URL(`../../data/${path}`, import.meta.url), 'utf8');

/**
 * Every council's 2023-24 figure for the measure as the shipped drops hold it, a later drop
 * winning.
 */
function councilFigures(): Map<string, number | undefined> {
  const councils = new Set(
    parseAreas(dataFile('areas.csv'), 'areas.csv')
      .rows.filter((a) => a.kind === 'council')
      .map((a) => a.code),
  );
  const drops = parseDrops(dataFile('drops.csv'), 'drops.csv').rows.sort((a, b) =>
    a.published.localeCompare(b.published),
  );
  const byArea = new Map<string, number | undefined>();
  for (const drop of drops) {
    const file = `drops/${drop.id}/values.csv`;
    for (const o of parseValues(dataFile(file), file, drop.id).rows)
      if (o.metric === METRIC && o.period.label === '2023-24' && councils.has(o.area))
        byArea.set(o.area, o.value);
  }
  return byArea;
}

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

  it('restores the previous group on Back after a switch, and the switch on Forward', async () => {
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

  it('adds Kent by its code from the address: ranked, a chart line, a table column', async () => {
    const { page, consoleErrors } = await openPage(
      browser,
      `${siteUrl}measure/${METRIC}/?add=E10000016`,
    );
    try {
      await page.locator('.ranked-table').waitFor();
      await expect.poll(async () => (await rankedCouncils(page)).length).toBe(17);
      expect(await rankedCouncils(page)).toContain('Kent');
      await page.locator('summary', { hasText: 'Councils in the comparison' }).click();
      expect(await page.getByRole('checkbox', { name: 'Kent (added)' }).isChecked()).toBe(true);

      // Its own line in the chart: a dash pattern and marker of its own, named in the legend.
      const kent = councilFigures().get('E10000016');
      expect(kent).toBeDefined();
      const kentText = `${(kent ?? 0).toFixed(1)}%`;
      const chart = page.locator('figure.chart');
      expect(await chart.locator('.legend').innerText()).toContain('Kent');
      expect(await chart.locator('svg.ts-chart path[stroke-dasharray="10 3 2 3"]').count()).toBe(1);
      // The keyboard readout says its figure for the latest period.
      await chart.locator('svg.ts-chart').focus();
      await page.keyboard.press('End');
      await expect
        .poll(() => page.locator('.chart-readout').innerText())
        .toContain(`Kent: ${kentText}`);
      // The text alternative and the table say it too.
      expect(await page.locator('#chart-summary').innerText()).toContain(
        `Added to the comparison: Kent, ${kentText} in 2023-24.`,
      );
      const table = page.locator('section[aria-labelledby="table-title"] table');
      const headers = await table.locator('thead th').allInnerTexts();
      const column = headers.findIndex((h) => h.trim() === 'Kent');
      expect(column).toBeGreaterThan(1);
      const last = table.locator('tbody tr').last();
      expect(await last.locator('th, td').nth(column).innerText()).toBe(kentText);
      expect(await axeCheck(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('finds a council by part of its name, adds it by keyboard; Back removes it', async () => {
    const { page, consoleErrors } = await openPage(browser, `${siteUrl}measure/${METRIC}/`, {
      width: 375,
    });
    try {
      await page.locator('.ranked-table').waitFor();
      await page.locator('summary', { hasText: 'Councils in the comparison' }).click();
      const box = page.getByRole('searchbox', { name: 'Add a council' });
      await box.focus();
      await page.keyboard.type('ken');
      const status = page.locator('.add-council-status');
      await expect.poll(() => status.innerText()).toMatch(/^\d+ councils? match/);
      const kent = page.getByRole('button', { name: 'Add Kent', exact: true });
      expect(await axeCheck(page)).toEqual([]);
      await kent.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => param(page, 'add')).toBe('E10000016');
      await expect.poll(async () => rankedCouncils(page)).toContain('Kent');
      await page.goBack();
      await expect.poll(() => param(page, 'add')).toBeNull();
      await expect.poll(async () => rankedCouncils(page)).not.toContain('Kent');

      await box.fill('zzz');
      await expect.poll(() => status.innerText()).toBe('No council matches ‘zzz’.');
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('downloads every council’s figure, ranked, under a block saying what it is', async () => {
    const expected = councilFigures();
    // Every English council with adult social care duties has a 2023-24 figure in the shipped
    // folder.
    expect(expected.size).toBeGreaterThanOrEqual(150);
    const { page } = await openPage(browser, `${siteUrl}measure/${METRIC}/`);
    try {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page
          .getByRole('button', { name: 'Download every council’s figures, ranked (CSV)' })
          .click(),
      ]);
      const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
      const [preamble = '', table = ''] = text.split('\r\n\r\n');
      expect(preamble.split('\r\n').map((l) => l.split(',')[0])).toEqual([
        'Measure',
        'Unit',
        'Period',
        'Ranked',
        'Comparator group',
        'Source',
        'Published',
      ]);
      expect(preamble).toContain('Measure,People who receive direct payments');
      expect(preamble).toContain('Period,2023-24');
      const rows = Papa.parse<Record<string, string>>(table, {
        header: true,
        skipEmptyLines: 'greedy',
      });
      expect(rows.errors).toEqual([]);
      const got = new Map(
        rows.data.map((r) => [r['ONS code'], r.Value === '' ? undefined : Number(r.Value)]),
      );
      expect(got).toEqual(expected);
      const leicester = rows.data.find((r) => r.Council === 'Leicester');
      expect(leicester).toMatchObject({ 'In the comparison': 'this council', Value: '46' });
      // Ranked best first: the values never rise down the list.
      const values = rows.data.filter((r) => r.Value !== '').map((r) => Number(r.Value));
      expect(values).toEqual([...values].sort((a, b) => b - a));
    } finally {
      await page.context().close();
    }
  });
});
