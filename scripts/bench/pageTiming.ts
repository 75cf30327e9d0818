/**
 * Timings taken inside the page, so the driver's own latency is not counted: time to first chart
 * (a MutationObserver installed before any page script runs records `performance.now()`, which
 * counts from the start of navigation), and the bench page the other in-page timings use
 * (comparatorChange.ts, publishCheck.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { z } from 'zod';
import { longest, longTasks } from './longTasks';

/** What "the first chart" is on each kind of page. */
export const CHART_SELECTORS = {
  overview: '.mrow svg.sparkline',
  measure: 'svg.ts-chart path.series-line',
} as const;
export type PageKind = keyof typeof CHART_SELECTORS;
/** A CPU slowdown (1 is none), or Chrome DevTools' "Slow 3G" network (2 s round trip, 50 KB/s). */
export type Condition = number | 'slow-3g';

export const NAVIGATION_TIMEOUT = 30_000;

/**
 * Installed with addInitScript (a string, so nothing the TypeScript runner adds to functions
 * reaches the page).
 * Records, per selector, when it first matches (`dom`) and the next animation frame after that
 * (`frame`), and every long task (over 50 ms) the page reports.
 */
const INIT_SCRIPT = `(() => {
  const selectors = ${JSON.stringify(CHART_SELECTORS)};
  const bench = { dom: {}, frame: {}, longTasks: [], fcp: null, live: null };
  window.__bench = bench;
  const check = () => {
    for (const kind of Object.keys(selectors)) {
      if (bench.dom[kind] === undefined && document.querySelector(selectors[kind])) {
        bench.dom[kind] = performance.now();
        requestAnimationFrame(() => { bench.frame[kind] = performance.now(); });
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  // The app marks the page live (html data-live) once it has taken the page over.
  new MutationObserver(() => {
    if (bench.live === null && document.documentElement.dataset.live) {
      bench.live = performance.now();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-live'] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
      }
    }).observe({ type: 'paint', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

const loadResult = z.object({
  dom: z.number(),
  frame: z.number(),
  longTasks,
  heap: z.number().nullable(),
  fcp: z.number().nullable(),
  live: z.number().nullable(),
});

/** When what the bench waits for was seen in the page, ms from the moment timed. */
export interface Seen {
  /** Until it is in the DOM. */
  dom: number;
  /** Until the animation frame after that. */
  frame: number;
}

/** One page load, timed from the start of navigation until the chart is seen. */
export interface LoadRun extends Seen {
  /** The longest main-thread task before the chart appeared, ms. */
  longestTask: number;
  /**
   * Sum over long tasks before the chart of the part over 50 ms (Lighthouse's "total blocking time"
   * idea).
   */
  blocking: number;
  /** JS heap in use once the chart is up, bytes (Chromium's performance.memory). */
  heap: number | undefined;
  /** ms until the first paint with text: on a pre-rendered page, the figures. */
  fcp: number;
  /** ms until the app has taken the page over and its controls respond. */
  live: number;
}

export async function newBenchPage(
  browser: Browser,
  condition: Condition,
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(NAVIGATION_TIMEOUT);
  await page.addInitScript({ content: INIT_SCRIPT });
  if (condition === 'slow-3g') {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // DevTools' "Slow 3G" preset: 400 ms × 5 latency, 500 kbit/s × 0.8 each way.
    const bytesPerSecond = (500 * 1000 * 0.8) / 8;
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 2000,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
  } else if (condition !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition });
  }
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`Uncaught ${e.name}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { page, errors, close: () => context.close() };
}

/**
 * Polls a condition inside the page until it holds or the time limit passes. Not
 * `page.waitForFunction`: that compiles the predicate in the page, which the site's
 * Content-Security-Policy (no 'unsafe-eval') refuses, whereas `page.evaluate` goes through the
 * DevTools protocol and is not subject to it.
 */
export async function waitInPage(
  page: Page,
  condition: string,
  timeout = NAVIGATION_TIMEOUT,
): Promise<boolean> {
  const ok: unknown = await page.evaluate(`new Promise((done) => {
    const end = performance.now() + ${timeout};
    const tick = () => {
      if (${condition}) done(true);
      else if (performance.now() > end) done(false);
      else setTimeout(tick, 25);
    };
    tick();
  })`);
  return ok === true;
}

/**
 * Waits for the page's first chart; throws with the page's errors if it does not come within the
 * time limit.
 */
export async function waitForChart(page: Page, kind: PageKind, errors: string[]): Promise<LoadRun> {
  if (
    !(await waitInPage(
      page,
      `window.__bench !== undefined && window.__bench.frame[${JSON.stringify(kind)}] !== ` +
        'undefined && window.__bench.live !== null',
    ))
  ) {
    const status = await page
      .locator('[role=status], .error-summary, [role=alert]')
      .allInnerTexts()
      .catch(() => []);
    throw new Error(
      `no ${kind} chart within ${NAVIGATION_TIMEOUT / 1000} s; page says: ` +
        `${status.join(' | ') || '—'}; errors: ${errors.join(' | ') || 'none'}`,
    );
  }
  const raw: unknown = await page.evaluate(`(() => {
    const b = window.__bench, k = ${JSON.stringify(kind)};
    const heap = performance.memory ? performance.memory.usedJSHeapSize : null;
    return {
      dom: b.dom[k], frame: b.frame[k], longTasks: b.longTasks, heap, fcp: b.fcp, live: b.live,
    };
  })()`);
  const r = loadResult.parse(raw);
  const before = r.longTasks.filter(([start]) => start < r.dom);
  return {
    dom: r.dom,
    frame: r.frame,
    longestTask: longest(before),
    blocking: before.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
    heap: r.heap ?? undefined,
    fcp: r.fcp ?? Number.NaN,
    live: r.live ?? Number.NaN,
  };
}

/** One cold load in a fresh context (empty cache): time to the first chart. */
export async function timeToChart(
  browser: Browser,
  url: string,
  kind: PageKind,
  condition: Condition = 1,
): Promise<LoadRun> {
  const { page, errors, close } = await newBenchPage(browser, condition);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: NAVIGATION_TIMEOUT });
    return await waitForChart(page, kind, errors);
  } finally {
    await close();
  }
}
