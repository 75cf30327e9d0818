/**
 * The Publish page's progress in Chromium: checking the shipped 26,617-row values.csv as a new
 * drop, the rows read are shown thousands at a time with a moving bar, while the live region
 * announces only each step of the check, once.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { quarterEndedBy, quarterId } from '../../src/data/dropRules';
import { localIsoDay } from '../../src/format';
import { launchBrowser, openPage } from './browser';
import { checkDrop, repo } from './publishFolder';

const siteUrl = inject('siteUrl');

describe("the Publish page's progress", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows how far a 26,000-row file has got, and announces only each step', async () => {
    const { page, consoleErrors } = await openPage(browser, `${siteUrl}publish/`);
    try {
      await page
        .getByLabel('Figures: values.csv (optional)')
        .setInputFiles(join(repo, 'data', 'drops', '2025-26-Q2', 'values.csv'));
      // Everything the live region said, and every line shown beside the bar, as the check ran.
      await page.evaluate(() => {
        const seen = { said: [] as string[], shown: [] as string[], bar: [] as string[] };
        Object.assign(window, { progressSeen: seen });
        const note = (list: string[], text: string | null | undefined) => {
          const t = text?.trim();
          if (t && list.at(-1) !== t) list.push(t);
        };
        new MutationObserver(() => {
          note(seen.said, document.querySelector('.check-step')?.textContent);
          note(seen.shown, document.querySelector('.check-detail')?.textContent);
          note(seen.bar, document.querySelector('.check-detail progress')?.getAttribute('value'));
        }).observe(document.body, {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: true,
        });
      });
      await checkDrop(page);
      const seen: unknown = JSON.parse(
        await page.evaluate(() => JSON.stringify(Reflect.get(window, 'progressSeen'))),
      );
      const { said, shown, bar } = z
        .object({ said: z.array(z.string()), shown: z.array(z.string()), bar: z.array(z.string()) })
        .parse(seen);
      // The rows read so far were shown, thousands at a time, with the bar moving ...
      const rows = shown.filter((t) => /values\.csv: [\d,]+ rows read$/.test(t));
      const drop = quarterId(quarterEndedBy(localIsoDay()));
      expect(rows).toContain(`drops/${drop}/values.csv: 26,000 rows read`);
      expect(rows.length).toBeGreaterThanOrEqual(13);
      expect(bar.length).toBeGreaterThanOrEqual(13);
      // ... but a screen reader heard only the steps, each once, never a count of rows.
      // (The shipped national file as a new drop has problems: no changes to work out then.)
      const passed = (await page.locator('#check-result').innerText()).startsWith('No problems');
      expect(said).toEqual([
        'Reading your files',
        'Reading the published data',
        'Checking the whole data folder with the new drop',
        'Checking every figure against its measure, its series and the other areas',
        ...(passed ? ['Working out what the drop changes'] : []),
      ]);
      expect(await page.locator('.check-step').innerText()).toBe('');
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
