/**
 * The Publish page's check of a large values.csv (the shipped 26,618-row national file as a new
 * drop):
 * from the click on "Check the drop" to the result, measured in the page, and the longest task the
 * page's own thread ran meanwhile (the check runs in a Web Worker, so the page should stay
 * responsive).
 */
import type { Browser } from 'playwright-core';
import { z } from 'zod';
import { longest, longTasks, tasksWithin } from './longTasks';
import { newBenchPage, NAVIGATION_TIMEOUT } from './pageTiming';

export interface PublishRun {
  ms: number;
  longestTaskMs: number;
  problems: number;
  rows: number;
}

const timing = z.object({ start: z.number(), end: z.number(), tasks: longTasks });

/** Checks `file` as a new drop's values.csv `runs` times on a fresh page each, at 1280 px. */
export async function benchPublishCheck(
  browser: Browser,
  siteUrl: string,
  file: string,
  rows: number,
  runs = 3,
): Promise<PublishRun[]> {
  const results: PublishRun[] = [];
  for (let i = 0; i < runs; i++) {
    const { page, close } = await newBenchPage(browser, 1);
    try {
      await page.goto(`${siteUrl}publish/`, { waitUntil: 'networkidle' });
      await page.getByLabel('Figures: values.csv (optional)').setInputFiles(file);
      await page.evaluate(`(() => {
        window.__publish = { start: 0, end: 0 };
        document.querySelector('form.publish-form').addEventListener('submit', () => {
          window.__publish.start = performance.now();
          new MutationObserver((_, observer) => {
            if (document.querySelector('#check-result')) {
              window.__publish.end = performance.now();
              observer.disconnect();
            }
          }).observe(document.body, { childList: true, subtree: true });
        }, { capture: true });
      })()`);
      await page.getByRole('button', { name: 'Check the drop' }).click();
      await page.locator('#check-result').waitFor({ timeout: NAVIGATION_TIMEOUT * 4 });
      const t = timing.parse(
        await page.evaluate(`({ ...window.__publish, tasks: window.__bench.longTasks })`),
      );
      results.push({
        ms: t.end - t.start,
        longestTaskMs: longest(tasksWithin(t.tasks, t.start, t.end)),
        problems: await page.locator('.problem-list li').count(),
        rows,
      });
    } finally {
      await close();
    }
  }
  return results;
}
