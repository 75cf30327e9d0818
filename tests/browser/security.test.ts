import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow } from '../../scripts/lib/buildSite';
import { launchBrowser, openPage } from './browser';
import { startStaticServer, type StaticServer } from './server';

const repo = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'hostile-'));
const out = join(repo, '.build-tmp', 'browser-hostile');
const SCRIPT = '<script>window.__pwned = 1</script>';
const IMG = '<img src=x onerror="window.__pwned = 2">';
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  // The minimal fixture with HTML, script and spreadsheet formulas in every kind of text field.
  const data = join(work, 'data');
  cpSync(join(repo, 'tests', 'fixtures', 'minimal'), data, { recursive: true });
  const metrics = readFileSync(join(data, 'metrics.csv'), 'utf8').replace(
    'People waiting for a Care Act assessment',
    `People waiting ${IMG}`,
  );
  writeFileSync(
    join(data, 'metrics.csv'),
    metrics.replace(
      'People on the waiting list at quarter end.',
      `${SCRIPT} People on the waiting list.`,
    ),
  );
  const values = readFileSync(join(data, 'drops', '2025-26-Q2', 'values.csv'), 'utf8').replace(
    'revised after data cleansing',
    '"=HYPERLINK(""http://example.invalid"",""click"")"',
  );
  writeFileSync(join(data, 'drops', '2025-26-Q2', 'values.csv'), values);
  writeFileSync(
    join(data, 'drops', '2025-26-Q2', 'commentary.csv'),
    `metric,comment,owner\nwaiting-count,"${SCRIPT}",${'<b>Head of Service</b>'}\n`,
  );
  await buildSiteOrThrow({ dataDir: data, outDir: out });
  server = await startStaticServer({ root: out });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('text from data files', () => {
  it('is shown as text, never run as HTML or script', async () => {
    const { page, consoleErrors } = await openPage(browser, `${server.url}measure/waiting-count/`);
    await page.waitForSelector('h1');
    expect(await page.locator('h1').textContent()).toContain(`People waiting ${IMG}`);
    await expect(page.getByText(SCRIPT).first().isVisible()).resolves.toBe(true);
    await expect(
      page.getByText('<b>Head of Service</b>', { exact: false }).count(),
    ).resolves.toBeGreaterThan(0);
    expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
    expect(await page.locator('main img, main script, main b').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('is defused in the CSV download so a spreadsheet will not run it as a formula', async () => {
    const { page } = await openPage(browser, `${server.url}measure/waiting-count/`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download these figures/ }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"",""click"")`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    await page.context().close();
  });
});

describe('the built pages', () => {
  it('carry a Content-Security-Policy with no inline script or eval, and no inline scripts', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toContain("connect-src 'self'");
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([]);
  });

  it('carry their stylesheet, allowed by its hash alone, and the browser applies it', async () => {
    const html = readFileSync(join(out, 'measure', 'waiting-count', 'index.html'), 'utf8');
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
    expect(styles).toHaveLength(1);
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    const hash = createHash('sha256')
      .update(styles[0] ?? '')
      .digest('base64');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain(`style-src 'self' 'sha256-${hash}';`);

    const { page, consoleErrors } = await openPage(browser, `${server.url}measure/waiting-count/`);
    await page.waitForSelector('h1');
    const header = await page
      .locator('.site-header')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(header).not.toBe('rgba(0, 0, 0, 0)');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
