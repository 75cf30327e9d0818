/**
 * The response of a measure page to a change of comparator group, timed inside the page: from the
 * click event's timestamp until the ranked table has a different number of rows.
 */
import type { Browser, Page } from 'playwright-core';
import { z } from 'zod';
import {
  NAVIGATION_TIMEOUT,
  newBenchPage,
  waitForChart,
  waitInPage,
  type Seen,
} from './pageTiming';

const RANKED_ROWS = '.ranked-table tbody tr';

const changeResult = z.object({
  before: z.number(),
  after: z.number().nullable(),
  start: z.number().nullable(),
  dom: z.number().nullable(),
  frame: z.number().nullable(),
});

/** One change, timed from the click event until the ranked table has a different number of rows. */
export interface ChangeRun extends Seen {
  rowsBefore: number;
  rowsAfter: number;
}

const rowCount = (page: Page) => page.locator(RANKED_ROWS).count();

/** Arms the page to time the next click until the ranked table's row count changes. */
const ARM = `(() => {
  const sel = ${JSON.stringify(RANKED_ROWS)};
  const before = document.querySelectorAll(sel).length;
  const c = { before, after: null, start: null, dom: null, frame: null };
  window.__change = c;
  document.addEventListener('click', (e) => {
    if (c.start === null) c.start = e.timeStamp;
  }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    const n = document.querySelectorAll(sel).length;
    if (c.dom === null && n !== c.before) {
      c.dom = performance.now();
      c.after = n;
      observer.disconnect();
      requestAnimationFrame(() => { c.frame = performance.now(); });
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
})()`;

/** What to time: a measure page, its two comparator groups, how many runs and the CPU slowdown. */
export interface ChangePlan {
  url: string;
  groups: { from: string; to: string };
  runs: number;
  cpuRate: number;
}

/**
 * Opens the measure page once, then `runs` times: chooses the group `to` (timed) and goes back to
 * `from` (not timed). Real mouse clicks through the driver, so React sees trusted events.
 */
export async function comparatorChanges(
  browser: Browser,
  { url, groups, runs, cpuRate }: ChangePlan,
): Promise<ChangeRun[]> {
  const { page, errors, close } = await newBenchPage(browser, cpuRate);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: NAVIGATION_TIMEOUT });
    await waitForChart(page, 'measure', errors);
    await page.locator(RANKED_ROWS).first().waitFor({ timeout: NAVIGATION_TIMEOUT });
    const radioA = page.getByRole('radio', { name: groups.from });
    const radioB = page.getByRole('radio', { name: groups.to });
    const results: ChangeRun[] = [];
    for (let i = 0; i < runs; i++) {
      const before = await rowCount(page);
      await page.evaluate(ARM);
      await radioB.click();
      if (!(await waitInPage(page, 'window.__change.frame !== null')))
        throw new Error(
          `the ranked table did not change from ${before} rows within ` +
            `${NAVIGATION_TIMEOUT / 1000} s`,
        );
      const c = changeResult.parse(await page.evaluate('window.__change'));
      if (c.start === null || c.dom === null || c.frame === null || c.after === null)
        throw new Error('the click or the table change was not seen');
      results.push({
        dom: c.dom - c.start,
        frame: c.frame - c.start,
        rowsBefore: c.before,
        rowsAfter: c.after,
      });
      await radioA.click();
      if (
        !(await waitInPage(
          page,
          `document.querySelectorAll(${JSON.stringify(RANKED_ROWS)}).length === ${before}`,
        ))
      )
        throw new Error(`the ranked table did not go back to ${before} rows`);
    }
    return results;
  } finally {
    await close();
  }
}
