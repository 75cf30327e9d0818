/**
 * The Publish page in Chromium: an officer checks a new drop with nothing installed. A real report
 * sheet (Leicestershire's Appendix A for 2022/23 Q1, saved as .xlsx) goes into a copy of the
 * Leicestershire example without that drop; the zip the page hands over is compared file by file
 * with what `new-drop` and `import-wide` write; the preview shows the new figures; a drop with five
 * kinds of problem lists them all, line-exact. No request leaves the site.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  quarterDates,
  quarterEndedBy,
  quarterId,
  quarterLabel,
  quarterOfDropId,
} from '../../src/data/dropRules';
import { parseDrops } from '../../src/data/tables';
import { localIsoDay } from '../../src/format';
import { csvToWorkbook } from '../unit/workbook';
import { axeCheck, launchBrowser, openPage } from './browser';
import { BAD, checkDrop, DROP, folderBefore, repo, run, SOURCE, WIDE } from './publishFolder';
import { startStaticServer, type StaticServer } from './server';

const siteUrl = inject('siteUrl');

describe('the Publish page', () => {
  let work: string;
  let sheet: string;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'publish-page-'));
    const site = join(work, 'site');
    const before = folderBefore(join(work, 'published'));
    await run(repo, 'scripts/build.ts', [], { DATA_DIR: before, OUT_DIR: site, BASE_PATH: '/' });
    sheet = join(work, 'leicestershire-2022-23-q1.xlsx');
    await csvToWorkbook(join(WIDE, 'leicestershire-2022-23-q1.csv'), sheet, 'Appendix A');
    server = await startStaticServer({ root: site });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('checks a real .xlsx sheet, hands over what new-drop and import-wide write', async () => {
    const { page, consoleErrors, requests } = await openPage(browser, `${server.url}publish/`);
    try {
      await page.getByText('Nothing is uploaded.').waitFor();
      expect(await axeCheck(page)).toEqual([]);
      await page.getByLabel('Name of the drop').fill(DROP);
      await page.getByLabel('Report sheet (.xlsx or .csv)').setInputFiles(sheet);
      await page.getByLabel(/^Publication/).selectOption(SOURCE);
      await page.getByLabel('Sheet of the workbook (optional)').fill('Appendix A');
      await page
        .getByLabel('Measure map (optional)')
        .setInputFiles(join(WIDE, 'leicestershire-2022-23-q1-map.csv'));
      await checkDrop(page);
      expect(await page.locator('#check-result').innerText()).toBe(
        `No problems found: the drop ${DROP} is ready to hand over`,
      );
      const diff = await page.locator('.check-text').first().innerText();
      expect(diff).toContain('New figures: 33');
      expect(diff).toContain(
        'Leicestershire, 2021-22: 88.5 (provisional); 2017-18 was 80.4: better',
      );
      expect(await axeCheck(page)).toEqual([]);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the drop (.zip)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`drop-${DROP}.zip`);
      const zip = unzipSync(readFileSync(await download.path()));

      // The same drop made on the command line, in a folder named data as the page names it.
      const cli = join(work, 'cli');
      folderBefore(cli);
      await run(cli, 'scripts/newDrop.ts', [DROP, 'data']);
      const map = join(WIDE, 'leicestershire-2022-23-q1-map.csv');
      const args = ['--drop', DROP, '--source', SOURCE, '--status', 'provisional'];
      await run(cli, 'scripts/importWide.ts', [
        sheet,
        ...args,
        '--sheet',
        'Appendix A',
        '--map',
        map,
        '--data',
        'data',
      ]);
      const written = [
        'drops.csv',
        ...['values.csv', 'commentary.csv', 'README.md'].map((f) => `drops/${DROP}/${f}`),
      ];
      expect(Object.keys(zip).sort()).toEqual([...written, `drops/${DROP}/what-changed.md`].sort());
      for (const path of written)
        expect(strFromU8(zip[path] ?? new Uint8Array()), path).toBe(
          readFileSync(join(cli, 'data', path), 'utf8'),
        );
      const note = strFromU8(zip[`drops/${DROP}/what-changed.md`] ?? new Uint8Array());
      expect(note).toContain('npm run check-data -- data --diff');
      expect(note).toContain(`dated ${localIsoDay()}`);
      expect(note).toContain(diff.trim());

      await page.getByRole('button', { name: 'Preview the dashboard with this drop' }).click();
      await page.getByText('Preview — not published.').waitFor();
      await page.getByRole('link', { name: 'What’s new' }).click();
      await page.getByText(`Quarterly drop ${DROP}, published`).waitFor();
      await page.getByText('Leicestershire 52.1% (provisional) on 30 June 2022').first().waitFor();
      await page.getByText('Preview — not published.').waitFor();
      expect(await axeCheck(page)).toEqual([]);
      expect(requests.filter((r) => !r.startsWith(server.url))).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("lists every problem at once, line-exact: values, commentary, the drop's name", async () => {
    const { page, consoleErrors, requests } = await openPage(browser, `${siteUrl}publish/`);
    const drop = quarterId(quarterEndedBy(localIsoDay()));
    const V = `data/drops/${drop}/values.csv`;
    try {
      expect(await page.getByLabel('Name of the drop').inputValue()).toBe(drop);
      await page
        .getByLabel('Figures: values.csv (optional)')
        .setInputFiles(join(BAD, 'publish-five-problems.csv'));
      await page
        .getByLabel('Commentary: commentary.csv (optional)')
        .setInputFiles(join(BAD, 'publish-commentary.csv'));
      await checkDrop(page);
      expect(await page.locator('#check-result').innerText()).toBe(
        `7 problems: the drop ${drop} cannot be handed over yet`,
      );
      // The new drop's row comes after every drop the shipped data lists, below drops.csv's header.
      const newRow =
        parseDrops(readFileSync(join(repo, 'data', 'drops.csv'), 'utf8'), 'drops.csv').rows.length +
        2;
      const q = quarterOfDropId(drop);
      const named = q ? `${quarterLabel(q)}, which starts on ${quarterDates(q).start}` : '';
      expect(await page.locator('.problem-list li').allInnerTexts()).toEqual([
        `data/drops.csv:${newRow}: id: the drop is named for ${named}, after its latest ` +
          `figure (2025-26, drops/${drop}/values.csv line 2) — name it for the latest ` +
          'quarter it reports: 2025-26-Q4',
        `data/drops/${drop}/commentary.csv:2: metric: "direct-payments-users" is not a ` +
          'measure in metrics.csv (did you mean "ascof-direct-payments-users"?) — correct ' +
          'the id',
        `${V}:2: metric: "ascof-direct-payment-users" is not a measure in metrics.csv (did ` +
          'you mean "ascof-direct-payments-users"?) — correct the id, or add the measure to ' +
          'metrics.csv',
        `${V}:3: period: "2025/26" is not a period — write a financial year 2023-24, a ` +
          'quarter 2025-26 Q2, a month 2025-01 or a date 2025-06-26',
        `${V}:4: value: "30.1%" has a per cent sign — write the number alone: 30.1`,
        `${V}:5: value: 130.1 is outside 0-100 but "ascof-direct-payments-users" is a ` +
          'percentage — check the figure; write percentages from 0 to 100, not as fractions',
        `${V}:7: this repeats ascof-direct-payments-users for E06000015 in 2025-26, ` +
          'already given on line 6 — delete one of the two rows',
      ]);
      expect(await page.getByRole('button', { name: /Download/ }).count()).toBe(0);
      expect(await axeCheck(page)).toEqual([]);
      expect(requests.filter((r) => !r.startsWith(siteUrl))).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('imports a sheet for another area, as import-wide --area does', async () => {
    const { page, consoleErrors } = await openPage(browser, `${server.url}publish/`);
    const AREA = 'E10000007';
    try {
      // The site's own council is the default, and listed first.
      expect(await page.getByLabel('Area the sheet’s figures are for').inputValue()).toBe(
        'E10000018',
      );
      await page.getByLabel('Name of the drop').fill(DROP);
      await page.getByLabel('Report sheet (.xlsx or .csv)').setInputFiles(sheet);
      await page.getByLabel(/^Publication/).selectOption(SOURCE);
      await page.getByLabel('Area the sheet’s figures are for').selectOption(AREA);
      await page.getByLabel('Sheet of the workbook (optional)').fill('Appendix A');
      await page
        .getByLabel('Measure map (optional)')
        .setInputFiles(join(WIDE, 'leicestershire-2022-23-q1-map.csv'));
      await checkDrop(page);
      expect(await page.locator('#check-result').innerText()).toBe(
        `No problems found: the drop ${DROP} is ready to hand over`,
      );
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the drop (.zip)' }).click(),
      ]);
      const zip = unzipSync(readFileSync(await download.path()));
      const cli = join(work, 'cli-area');
      folderBefore(cli);
      await run(cli, 'scripts/newDrop.ts', [DROP, 'data']);
      const map = join(WIDE, 'leicestershire-2022-23-q1-map.csv');
      await run(cli, 'scripts/importWide.ts', [
        ...[sheet, '--drop', DROP, '--source', SOURCE, '--status', 'provisional'],
        ...['--sheet', 'Appendix A', '--map', map, '--data', 'data', '--area', AREA],
      ]);
      const path = `drops/${DROP}/values.csv`;
      const values = strFromU8(zip[path] ?? new Uint8Array());
      expect(values).toBe(readFileSync(join(cli, 'data', path), 'utf8'));
      const rows = values.trim().split('\n').slice(1);
      expect(rows.length).toBe(33);
      expect(rows.every((r) => r.split(',')[1] === AREA)).toBe(true);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('is usable with the keyboard alone, from the skip link to the preview', async () => {
    const { page } = await openPage(browser, `${server.url}publish/`);
    try {
      await page.getByLabel('Report sheet (.xlsx or .csv)').setInputFiles(sheet);
      await page
        .getByLabel('Measure map (optional)')
        .setInputFiles(join(WIDE, 'leicestershire-2022-23-q1-map.csv'));
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement;
          return el?.id || el?.textContent?.trim() || '';
        });
      const seen: string[] = [];
      for (let i = 0; i < 30 && !seen.includes('Check the drop'); i++) {
        await page.keyboard.press('Tab');
        seen.push(await focused());
      }
      const form = [
        'drop',
        'values-file',
        'sheet-file',
        'source',
        'area',
        'sheet-name',
        'map-file',
      ];
      const rest = ['status', 'note', 'commentary-file', 'Check the drop'];
      expect(seen.filter((s) => [...form, ...rest].includes(s))).toEqual([...form, ...rest]);
      await page.locator('#drop').focus();
      await page.keyboard.press('Control+a');
      await page.keyboard.type(DROP);
      await page.locator('#source').focus();
      for (let i = 0; i < 20 && (await page.locator('#source').inputValue()) !== SOURCE; i++)
        await page.keyboard.press('ArrowDown');
      await page.getByRole('button', { name: 'Check the drop' }).focus();
      await page.keyboard.press('Enter');
      await page.locator('#check-result').waitFor({ timeout: 60_000 });
      // Focus moves to the result, so a keyboard or screen-reader user hears it first.
      expect(await focused()).toBe('check-result');
      for (let i = 0; i < 10 && (await focused()) !== 'Preview the dashboard with this drop'; i++)
        await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.getByText('Preview — not published.').waitFor();
    } finally {
      await page.context().close();
    }
  });
});
