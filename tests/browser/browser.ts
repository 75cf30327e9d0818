/**
 * Helpers for the browser tests: Debian's Chromium driven by playwright-core (never
 * `playwright install`), a page that records what went wrong and what it fetched, and an axe check.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium';

/**
 * axe as the injected script defines it on the page's window; declared here only for the callback
 * below.
 */
declare const axe: typeof import('axe-core');

/** Starts headless Chromium (scripts/lib/chromium.ts). Close it in afterAll. */
export const launchBrowser = launchChromium;

export interface OpenPageOptions {
  width?: number;
  height?: number;
  reducedMotion?: 'reduce' | 'no-preference';
  /** When `goto` counts as done; `networkidle` (the default) lets the data fetches finish. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
}

export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught page errors and failed requests, in the order they happened. */
  consoleErrors: string[];
  /** Every URL the page requested, including redirects, data and assets. */
  requests: string[];
}

/**
 * Opens `url` in a fresh context (no shared cache or storage), recording errors and requests from
 * the start.
 * Close it with `page.context().close()`.
 */
export async function openPage(
  browser: Browser,
  url: string,
  { width = 1280, height = 900, reducedMotion, waitUntil = 'networkidle' }: OpenPageOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width, height },
    reducedMotion: reducedMotion ?? null,
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location().url;
      consoleErrors.push(where ? `${message.text()} (${where})` : message.text());
    }
  });
  page.on('pageerror', (error) => consoleErrors.push(`Uncaught ${error.name}: ${error.message}`));
  page.on('requestfailed', (request) =>
    consoleErrors.push(
      `Request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`,
    ),
  );
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url, { waitUntil });
  return { page, consoleErrors, requests };
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe's WCAG 2.2 A/AA rules on the page as it is now and returns one readable line per
 * violation (`id [impact]: help — first three targets`), so
 * `expect(await axeCheck(page)).toEqual([])` prints them.
 *
 * axe is injected with `page.evaluate`, which goes through the DevTools protocol and is not subject
 * to the page's Content-Security-Policy, so the CSP stays in force while axe runs.
 * `page.addScriptTag` would add an inline <script> that the CSP (no 'unsafe-inline') refuses, and
 * `bypassCSP` would switch the policy off.
 */
export async function axeCheck(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes
        .slice(0, 3)
        .map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' ')),
    }));
  }, WCAG_TAGS);
  return violations.map((v) => `${v.id} [${v.impact}]: ${v.help} — ${v.targets.join(', ')}`);
}

/**
 * Focuses every element a keyboard user can reach (links, buttons, form controls, summaries,
 * scrollable regions with tabindex) one after another and runs axe's colour-contrast rule on each
 * while it has focus, so a focus style whose text falls below 4.5:1 is caught. Returns one line per
 * failing element: `tag "text": axe's message`.
 * Only the first element of each kind is checked (a page of 100 identical card links has one focus
 * style).
 */
export async function focusContrastCheck(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const focusable = [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, select, input, summary, [tabindex]:not([tabindex="-1"])',
      ),
    ];
    const lines: string[] = [];
    // Elements styled alike (same tag, classes, parent and colour) focus alike: check the first of
    // each kind only.
    const kinds = new Set<string>();
    for (const el of focusable) {
      if (el.getClientRects().length === 0) continue;
      const parent = el.parentElement;
      const kind = [
        `${el.tagName}.${el.className}`,
        `${parent?.tagName ?? ''}.${parent?.className ?? ''}`,
        getComputedStyle(el).color,
      ].join('|');
      if (kinds.has(kind)) continue;
      kinds.add(kind);
      el.focus();
      const results = await axe.run(el, { runOnly: { type: 'rule', values: ['color-contrast'] } });
      const name =
        `${el.tagName.toLowerCase()} ` +
        `"${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
      for (const v of results.violations)
        for (const n of v.nodes) lines.push(`${name}: ${n.any[0]?.message ?? v.help}`);
    }
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    return [...new Set(lines)];
  });
}
