import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

const siteUrl = inject('siteUrl');
const subSiteUrl = inject('subSiteUrl');

describe('the built site on a plain static host', () => {
  it('serves the data folder beside the app', async () => {
    const res = await fetch(`${siteUrl}data/site.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const site: unknown = await res.json();
    expect(site).toHaveProperty('authority');
  });

  it('serves a deep link from the index.html the build wrote for it', async () => {
    const res = await fetch(`${siteUrl}about/`, { redirect: 'manual' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('<div id="root">');
  });

  it('redirects a deep link without its trailing slash to the folder', async () => {
    const res = await fetch(`${siteUrl}about`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`${new URL(siteUrl).pathname}about/`);
  });

  it('answers 404 for a page the build did not write', async () => {
    const res = await fetch(`${siteUrl}nope/`, { redirect: 'manual' });
    expect(res.status).toBe(404);
  });
});

describe('the site built for a sub-folder', () => {
  it('serves a deep link whose assets are under the sub-folder', async () => {
    const res = await fetch(`${subSiteUrl}about/`, { redirect: 'manual' });
    expect(res.status).toBe(200);
    const html = await res.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]*\/assets\/[^"]+)"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asset.startsWith('/council/asc/assets/'), asset).toBe(true);
    for (const asset of assets)
      expect((await fetch(new URL(asset, subSiteUrl))).status, asset).toBe(200);
  });
});

describe('the home page in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('loads without console errors and requests nothing from another origin', async () => {
    const { page, consoleErrors, requests } = await openPage(browser, siteUrl);
    await page.context().close();
    const origin = new URL(siteUrl).origin;
    expect(consoleErrors).toEqual([]);
    expect(
      requests.filter(
        (url) =>
          !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
      ),
    ).toEqual([]);
  });
});
