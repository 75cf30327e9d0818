/**
 * Pre-rendered pages: the HTML the build wrote carries each page's figures, tables and links, so
 * the site reads with JavaScript off; with it on, the app takes the page over without changing it,
 * and every data file the page needs is named by the HTML itself, all asked for at once when the
 * page has been painted (no request waits on another).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

const siteUrl = inject('siteUrl');
const subSiteUrl = inject('subSiteUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/**
 * Opens `path` with JavaScript switched off, as a visitor who blocks scripts would; `look` is also
 * given every address the page asked for.
 */
async function withoutScripts<T>(
  path: string,
  look: (page: Page, asked: string[]) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (r) => asked.push(r.url()));
    const res = await page.goto(new URL(path, siteUrl).href);
    expect(res?.status(), path).toBe(200);
    return await look(page, asked);
  } finally {
    await context.close();
  }
}

const mainText = (page: Page) => page.locator('main').innerText();
/**
 * The words of a page beside its charts (a chart is drawn again to the width the browser measures,
 * so its axis may carry other labels), without the notes that say a control needs scripts.
 */
const textBesideCharts = (page: Page) =>
  page.locator('main').evaluate((main) => {
    for (const chart of main.querySelectorAll('svg')) chart.remove();
    return main instanceof HTMLElement ? main.innerText : '';
  });
const withoutNotes = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '' && !/needs? JavaScript/.test(line))
    .join('\n');

describe('with JavaScript off', () => {
  it('the overview shows the briefing, its figures and the measures', async () => {
    await withoutScripts('', async (page) => {
      expect(await page.title()).toBe('Overview – Adult social care performance');
      const text = await mainText(page);
      expect(text).toContain('Leicester City Council: adult social care performance');
      expect(text).toContain('135 days');
      expect(text).not.toContain('Loading');
      expect(await page.locator('li.mrow').count()).toBeGreaterThan(10);
    });
  });

  it('a measure page shows finding, chart, ranking, table; switching needs JS', async () => {
    await withoutScripts('measure/ascof-direct-payments-users/', async (page) => {
      await expect(page.locator('h1').innerText()).resolves.toBe(
        'People who receive direct payments: 46.0% in 2023-24',
      );
      expect(await page.locator('svg.ts-chart path.series-line').count()).toBeGreaterThan(0);
      const table = await page.locator('main table').allInnerTexts();
      expect(table.join('\n')).toContain('46.0%');
      expect(await mainText(page)).toContain('Changing the comparison needs JavaScript');
    });
  });

  it('asks for nothing but the page: its data and scripts wait for the app', async () => {
    for (const path of ['', 'measure/ascof-direct-payments-users/']) {
      const asked = await withoutScripts(path, (_, seen) => Promise.resolve([...seen]));
      expect(asked).toEqual([new URL(path, siteUrl).href]);
    }
  });

  it('the plan page shows the outcomes and their targets', async () => {
    await withoutScripts('plan/', async (page) => {
      const text = await mainText(page);
      expect(text).toContain('9 outcomes');
      expect(text).toContain('90 days');
    });
  });

  it('the matrix lists every measure and says choosing and sorting need JavaScript', async () => {
    const measures = (page: Page) =>
      page
        .locator('main a[href*="/measure/"]')
        .evaluateAll((ls) => [...new Set(ls.map((l) => l.getAttribute('href')))].sort());
    const every = await withoutScripts('measures/', measures);
    expect(every.length).toBeGreaterThan(100);
    await withoutScripts('matrix/', async (page) => {
      expect(await measures(page)).toEqual(every);
      const text = await mainText(page);
      expect(text).toContain('Finding a measure needs JavaScript');
      expect(text).toContain('sorting the table need JavaScript too');
    });
  });

  it('every link on the overview and every-measure page leads to a built page', async () => {
    const links = await withoutScripts('', (page) =>
      page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')),
    );
    const all = await withoutScripts('measures/', async (page) => {
      expect(await page.locator('li.mrow').count()).toBeGreaterThan(100);
      return page
        .locator('a[href]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    });
    const pages = [...new Set([...links, ...all])].filter((h) => h.startsWith('/'));
    expect(pages.length).toBeGreaterThan(100);
    for (const href of pages) {
      const res = await fetch(new URL(href, siteUrl), { redirect: 'manual' });
      expect(res.status, href).toBe(200);
      if (!href.includes('/data/')) expect(await res.text(), href).toContain('<h1');
    }
  });
});

describe('every page the build wrote', () => {
  // The site globalSetup built at BASE_PATH=/ (tests/browser/globalSetup.ts).
  const site = join(import.meta.dirname, '..', '..', '.build-tmp', 'browser-site');
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('index.html'),
  );

  it("shows the public the publication and its section, never the officers' provenance", () => {
    // source_ref in the data files says where in a document a figure was read; it is for officers.
    const provenance = /\blines? \d+\s*[-–]\s*\d+|agenda pack text|interleaved|garbled|pdftotext/i;
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) {
      const text = readFileSync(join(site, page), 'utf8').replace(/<[^>]+>/g, ' ');
      expect(provenance.exec(text)?.[0], page).toBeUndefined();
    }
  });
});

describe('with JavaScript on', () => {
  // Not the pack: its contents gain page numbers once the browser has laid it out for print.
  for (const path of [
    '',
    'measure/ascof-direct-payments-users/',
    'plan/',
    'whats-new/',
    'about/',
  ]) {
    it(`takes over ${path || 'the overview'} as built, with each file its HTML names`, async () => {
      const built = withoutNotes(await withoutScripts(path, textBesideCharts));
      const { page, consoleErrors, requests } = await openPage(
        browser,
        new URL(path, siteUrl).href,
      );
      try {
        expect(consoleErrors).toEqual([]);
        expect(withoutNotes(await textBesideCharts(page))).toBe(built);
        const preloaded = await page
          .locator('link[rel="preload"][as="fetch"]')
          .evaluateAll((ls) => ls.map((l) => (l instanceof HTMLLinkElement ? l.href : '')));
        const data = requests.filter((r) => r.includes('/data/'));
        expect(data.length).toBeGreaterThan(5);
        for (const r of data) expect(preloaded, r).toContain(r);
        // Scripts too: the HTML as served names every script the page runs, the page's own code
        // included.
        const html = await (await fetch(new URL(path, siteUrl))).text();
        const named = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map(
          (m) => new URL(m[1] ?? '', siteUrl).href,
        );
        const scripts = requests.filter((r) => r.endsWith('.js'));
        expect(scripts.length).toBeGreaterThan(0);
        for (const r of scripts) expect(named, r).toContain(r);
      } finally {
        await page.context().close();
      }
    });
  }

  it('judges the figures as of the day it is read, not the day it was built', async () => {
    const context = await browser.newContext();
    try {
      await context.clock.setFixedTime(new Date('2027-03-01T12:00:00Z'));
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(new URL('plan/', siteUrl).href, { waitUntil: 'networkidle' });
      // Once the app has taken the page over, which may take a while on a busy machine.
      await expect.poll(() => mainText(page), { timeout: 20_000 }).toContain('on 1 March 2027');
      await page.goto(siteUrl, { waitUntil: 'networkidle' });
      await expect
        .poll(() => mainText(page), { timeout: 20_000 })
        .toContain('Judged on 1 March 2027');
      // The Publish page suggests the latest quarter ended by the day it is read (Oct–Dec 2026).
      await page.goto(new URL('publish/', siteUrl).href, { waitUntil: 'networkidle' });
      await expect
        .poll(() => page.locator('#drop').inputValue(), { timeout: 20_000 })
        .toBe('2026-27-Q3');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a site built for a sub-folder preloads its data from that folder', async () => {
    const { page, consoleErrors } = await openPage(browser, subSiteUrl);
    try {
      expect(consoleErrors).toEqual([]);
      const preloaded = await page
        .locator('link[rel="preload"][as="fetch"]')
        .evaluateAll((ls) => ls.map((l) => l.getAttribute('href') ?? ''));
      expect(preloaded.length).toBeGreaterThan(5);
      for (const href of preloaded) expect(href.startsWith('/council/asc/data/'), href).toBe(true);
    } finally {
      await page.context().close();
    }
  });
});
