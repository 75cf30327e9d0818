/**
 * What a first view costs over the wire: every response of a cold load until the first chart is up
 * and the network is quiet, with each body gzipped by node:zlib at its default level (6), as a
 * static host that compresses would send it. The local server sends no compression, so raw bodies
 * are what was fetched.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { z } from 'zod';
import {
  NAVIGATION_TIMEOUT,
  newBenchPage,
  waitForChart,
  type LoadRun,
  type PageKind,
} from './pageTiming';

export interface Fetched {
  /** Path below the site root, e.g. `assets/index-abc.js` or `data/metrics.csv`. */
  path: string;
  kind: 'script' | 'data' | 'other';
  /**
   * HTTP status: an optional data file that does not exist comes back 404 (with the site's 404
   * page).
   */
  status: number;
  raw: number;
  gzip: number;
}

/**
 * When a file was asked for and when its last byte arrived, ms from navigation start (Resource
 * Timing).
 */
export interface Timed {
  path: string;
  start: number;
  end: number;
}

const timings = z.array(z.tuple([z.string(), z.number(), z.number()]));

export interface FirstView {
  files: Fetched[];
  /** The document, then every resource, in the order they were requested. */
  waterfall: Timed[];
  /** This load's own time to first chart. */
  chart: LoadRun;
  /** Whether the page showed the "Synthetic test data" banner. */
  syntheticBanner: boolean;
}

export async function firstViewFetches(
  browser: Browser,
  url: string,
  kind: PageKind,
): Promise<FirstView> {
  const { page, errors, close } = await newBenchPage(browser, 1);
  const pending: Promise<Fetched | undefined>[] = [];
  const root = new URL(url).origin;
  page.on('response', (response) => {
    const request = response.request();
    const path = request.url().startsWith(root)
      ? new URL(request.url()).pathname.replace(/^\//, '')
      : request.url();
    const type = request.resourceType();
    const what: Fetched['kind'] =
      type === 'script' || /\.m?js$/.test(path)
        ? 'script'
        : /(^|\/)data\//.test(path)
          ? 'data'
          : 'other';
    pending.push(
      response
        .body()
        .then((body): Fetched => ({
          path,
          kind: what,
          status: response.status(),
          raw: body.length,
          gzip: gzipSync(body).length,
        }))
        // Redirects have no body; they cost a round trip, not bytes.
        .catch(() => undefined),
    );
  });
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: NAVIGATION_TIMEOUT });
    const chart = await waitForChart(page, kind, errors);
    await page.waitForLoadState('networkidle', { timeout: NAVIGATION_TIMEOUT });
    const all = await Promise.all(pending);
    const syntheticBanner = (await page.locator('.synthetic-banner').count()) > 0;
    const entries = timings.parse(
      await page.evaluate(
        `[...performance.getEntriesByType('navigation'), ` +
          `...performance.getEntriesByType('resource')].map((e) => [e.name, e.startTime, ` +
          'e.responseEnd])',
      ),
    );
    const waterfall = entries.map(([name, start, end]) => ({
      path: name.startsWith(root) ? new URL(name).pathname.replace(/^\//, '') || '(page)' : name,
      start,
      end,
    }));
    return {
      files: all.filter((f): f is Fetched => f !== undefined),
      waterfall,
      chart,
      syntheticBanner,
    };
  } finally {
    await close();
  }
}

export const sum = (files: Fetched[], field: 'raw' | 'gzip'): number =>
  files.reduce((s, f) => s + f[field], 0);
