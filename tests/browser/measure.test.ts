import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseDrops, parseMetrics, parseValues } from '../../src/data/tables';
import { launchBrowser, openPage } from './browser';

const siteUrl = inject('siteUrl');
const METRIC = 'ascof-direct-payments-users';
const LEICESTER = 'E06000016';
const DERBY = 'E06000015';
const BIRMINGHAM = 'E08000025';

const dataFile = (path: string) =>
  readFileSync(new URL(`../../data/${path}`, import.meta.url), 'utf8');
const metric = parseMetrics(dataFile('metrics.csv'), 'metrics.csv').rows.find(
  (m) => m.id === METRIC,
);

/**
 * Leicester's figure for each period as the shipped drops hold it, read with the site's own parser;
 * a later drop's figure for the same period replaces an earlier one.
 */
function leicesterFromDrops(): Map<string, number | undefined> {
  const drops = parseDrops(dataFile('drops.csv'), 'drops.csv').rows.sort((a, b) =>
    a.published.localeCompare(b.published),
  );
  const byPeriod = new Map<string, number | undefined>();
  for (const drop of drops) {
    const file = `drops/${drop.id}/values.csv`;
    const { rows, problems } = parseValues(dataFile(file), file, drop.id);
    expect(problems, file).toEqual([]);
    for (const o of rows)
      if (o.metric === METRIC && o.area === LEICESTER) byPeriod.set(o.period.label, o.value);
  }
  return byPeriod;
}

/**
 * The ranked comparison as [rank, council] pairs, best first; Leicester's name carries "(this
 * council)" for screen readers.
 */
async function rankedRows(page: Page): Promise<{ rank: string; council: string; mine: boolean }[]> {
  return page.locator('.ranked-table tbody tr').evaluateAll((rows) =>
    rows.map((tr) => ({
      rank: tr.querySelector('td')?.textContent?.trim() ?? '',
      council: (tr.querySelector('th')?.textContent ?? '').replace('(this council)', '').trim(),
      mine: tr.classList.contains('highlight'),
    })),
  );
}

/** The data table under the chart: header cells and body rows as the text on screen. */
async function dataTable(page: Page): Promise<{ columns: string[]; rows: string[][] }> {
  const table = page.locator('table.data-table');
  // The table appears once the drops' figures have loaded: slower on a busy machine.
  await table.locator('tbody tr').first().waitFor({ timeout: 30_000 });
  const columns = await table.locator('thead th').allInnerTexts();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
    );
  return { columns, rows };
}

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe(`the measure page for ${METRIC}`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('states the finding, draws the chart, ranks Leicester first of 16 neighbours', async () => {
    const { page, consoleErrors } = await openPage(browser, `${siteUrl}measure/${METRIC}/`);
    try {
      const h1 = await page.locator('h1').innerText();
      expect(h1).toContain('46.0%');
      expect(h1).toContain('2023-24');
      // 2022-23 → 2023-24 crosses ASCOF's renumbering, which changed the code, not the
      // calculation: the move is judged (45.4% → 46.0%, higher is better).
      const summary = await page.locator('#chart-summary').innerText();
      expect(summary).toContain('up 0.6 percentage points since 2022-23, which is better');

      const surface = page.locator('svg.ts-chart');
      await surface.waitFor();
      const lines = await surface
        .locator('path.series-line')
        .evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? ''));
      expect(lines.length).toBeGreaterThanOrEqual(2);
      for (const d of lines) expect(d).toMatch(/^M[\d.]+,[\d.]+L/);
      // The renumbering is marked as a code change on an unbroken line: one path per series.
      expect(await surface.locator('text', { hasText: 'Code change' }).count()).toBe(1);
      const own = await surface.locator('path.series-authority').count();
      expect(own).toBe(1);

      const ranked = await rankedRows(page);
      expect(ranked).toHaveLength(16);
      expect(ranked.filter((r) => r.mine)).toEqual([
        { rank: '1st', council: 'Leicester', mine: true },
      ]);
      expect(ranked[0]).toEqual({ rank: '1st', council: 'Leicester', mine: true });
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('changes the comparator group, adds and removes councils, all kept in the URL', async () => {
    const { page, consoleErrors } = await openPage(browser, `${siteUrl}measure/${METRIC}/`);
    try {
      await page.locator('.ranked-table').waitFor();

      await page
        .getByRole('radio', { name: /^Six councils named in the June 2025 minutes/ })
        .check();
      await expect.poll(() => param(page, 'group')).toBe('commission');
      await expect.poll(async () => (await rankedRows(page)).length).toBe(7);
      const commission = await rankedRows(page);
      expect(commission.map((r) => r.council)).toContain('Birmingham');
      expect(commission.map((r) => r.council)).not.toContain('Derby');
      expect(commission.find((r) => r.mine)?.rank).toBe('1st');

      await page.locator('summary', { hasText: 'Councils in the comparison' }).click();
      await page.getByRole('searchbox', { name: 'Add a council' }).fill('derb');
      await page.getByRole('button', { name: 'Add Derby', exact: true }).click();
      await expect.poll(() => param(page, 'add')).toBe(DERBY);
      expect(param(page, 'group')).toBe('commission');
      await expect.poll(async () => (await rankedRows(page)).length).toBe(8);
      // Derby 2023-24 = 32.8 in data/drops/2025-26-Q2/values.csv.
      const derby = page.locator('.ranked-table tbody tr', {
        has: page.getByRole('rowheader', { name: 'Derby', exact: true }),
      });
      expect(await derby.locator('td.numeric').innerText()).toBe('32.8%');
      expect(await page.getByRole('checkbox', { name: /^Derby/ }).isChecked()).toBe(true);

      await page.getByRole('checkbox', { name: /^Birmingham/ }).uncheck();
      await expect.poll(() => param(page, 'remove')).toBe(BIRMINGHAM);
      expect(param(page, 'add')).toBe(DERBY);
      await expect
        .poll(async () => (await rankedRows(page)).map((r) => r.council))
        .not.toContain('Birmingham');
      expect(await rankedRows(page)).toHaveLength(7);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('tabulates the same Leicester figures the drops hold and the chart plots', async () => {
    expect(metric?.unit).toBe('percent');
    const decimals = metric?.decimals ?? NaN;
    const expected = leicesterFromDrops();
    expect(expected.get('2023-24')).toBe(46);

    const { page, consoleErrors } = await openPage(browser, `${siteUrl}measure/${METRIC}/`);
    try {
      const { columns, rows } = await dataTable(page);
      const col = columns.indexOf('Leicester');
      expect(col).toBeGreaterThan(0);
      expect(rows.map((r) => r[0])).toEqual([...expected.keys()].sort());
      for (const row of rows) {
        const value = expected.get(row[0] ?? '');
        expect(row[col], `Leicester, ${row[0]}`).toBe(
          value === undefined ? 'suppressed' : `${value.toFixed(decimals)}%`,
        );
      }

      // The chart's Leicester line (blue, circles) has one point per row, placed on a straight
      // scale by the same values.
      const points = await page
        .locator('.chart svg.ts-chart .series-points-authority circle')
        .evaluateAll((cs) =>
          cs.map((c) => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) })),
        );
      const values = [...expected.values()].filter((v): v is number => v !== undefined);
      expect(points).toHaveLength(values.length);
      const [first, last] = [points[0], points.at(-1)];
      const [v0, vN] = [values[0], values.at(-1)];
      if (!first || !last || v0 === undefined || vN === undefined) throw new Error('no points');
      const scale = (last.y - first.y) / (vN - v0);
      points.forEach((p, i) => {
        expect(p.y, `chart point ${i}`).toBeCloseTo(first.y + scale * ((values[i] ?? NaN) - v0), 0);
        if (i > 0) expect(p.x).toBeGreaterThan(points[i - 1]?.x ?? Infinity);
      });
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it.each([1280, 375])(
    'keeps every label of the chart whole inside the chart at %i px',
    async (width) => {
      const { page, consoleErrors } = await openPage(browser, `${siteUrl}measure/${METRIC}/`, {
        width,
      });
      try {
        const surface = page.locator('svg.ts-chart');
        await surface.waitFor();
        // The SVG clips what falls outside it, so a label that overhangs its edge is cut off on
        // screen.
        const clipped = await surface.evaluate((svg) => {
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('text')]
            .map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }))
            .filter(
              ({ r }) =>
                r.width > 0 &&
                (r.left < box.left - 0.5 ||
                  r.right > box.right + 0.5 ||
                  r.top < box.top - 0.5 ||
                  r.bottom > box.bottom + 0.5),
            )
            .map(
              ({ text, r }) =>
                `"${text}" spans x ${Math.round(r.left)}–${Math.round(r.right)}, chart ` +
                `${Math.round(box.left)}–${Math.round(box.right)}`,
            );
        });
        expect(clipped).toEqual([]);
        expect(
          await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity),
        ).toBeLessThanOrEqual(width);
        expect(consoleErrors).toEqual([]);
      } finally {
        await page.context().close();
      }
    },
  );

  it('downloads exactly the table shown, with plain numbers', async () => {
    const decimals = metric?.decimals ?? NaN;
    const { page, consoleErrors } = await openPage(browser, `${siteUrl}measure/${METRIC}/`);
    try {
      const shown = await dataTable(page);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download these figures (CSV)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${METRIC}.csv`);
      const text = readFileSync(await download.path(), 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);

      const parsed = Papa.parse<string[]>(text.slice(1), {
        header: false,
        skipEmptyLines: 'greedy',
      });
      expect(parsed.errors).toEqual([]);
      const [header, ...body] = parsed.data;
      expect(header).toEqual(shown.columns);
      expect(body).toHaveLength(shown.rows.length);

      body.forEach((csvRow, i) => {
        const screenRow = shown.rows[i] ?? [];
        expect(csvRow).toHaveLength(screenRow.length);
        csvRow.forEach((cell, j) => {
          const screen = screenRow[j] ?? '';
          const where = `row ${i + 1} (${screenRow[0]}), column "${shown.columns[j]}"`;
          if (/^-?[\d.]+%$/.test(screen)) {
            // A number on screen is a bare number in the file, unrounded or rounded to the same
            // figure.
            expect(cell, where).toMatch(/^-?\d+(\.\d+)?$/);
            expect(Number(cell).toFixed(decimals) + '%', where).toBe(screen);
          } else if (screen === '–') expect(cell, where).toBe('');
          else expect(cell, where).toBe(/^[=+\-@]/.test(screen) ? `'${screen}` : screen);
        });
      });
      const leicester = shown.columns.indexOf('Leicester');
      expect(body.find((r) => r[0] === '2023-24')?.[leicester]).toMatch(/^46(\.0)?$/);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
