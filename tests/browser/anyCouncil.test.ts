/**
 * Any English council from one command:
 * `npm run import:real-data -- --authority E08000025 --out <folder>` makes Birmingham's folder from
 * the national files, `DATA_DIR=<folder> npm run build` builds it, and the site names Birmingham
 * and ranks it among its 15 CIPFA nearest neighbours in Chromium.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow } from '../../scripts/lib/buildSite';
import { checkFolder } from '../../scripts/lib/checkFolder';
import { launchBrowser, openPage } from './browser';
import { startStaticServer, type StaticServer } from './server';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const DATA_DIR = join(repo, '.build-tmp', 'birmingham-data');
const OUT_DIR = join(repo, '.build-tmp', 'birmingham-site');

/**
 * Runs one of the project's scripts as an officer would, and throws with its output if it fails.
 */
function run(script: string, args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(join(repo, 'node_modules', '.bin', 'tsx'), [script, ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  if (r.status !== 0)
    throw new Error(
      `${script} ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`,
    );
}

describe('Birmingham, made by import:real-data --authority and built with DATA_DIR', () => {
  let server: StaticServer;
  let browser: Browser;
  let neighbours: string[] = [];
  beforeAll(async () => {
    rmSync(DATA_DIR, { recursive: true, force: true });
    run('scripts/importRealData.ts', ['--authority', 'E08000025', '--out', DATA_DIR]);
    const { data, problems } = await checkFolder(DATA_DIR);
    expect(problems).toEqual([]);
    const members = new Set(data?.site.groups[0]?.members);
    neighbours = (data?.areas ?? []).filter((a) => members.has(a.code)).map((a) => a.name);
    await buildSiteOrThrow({ dataDir: DATA_DIR, outDir: OUT_DIR });
    server = await startStaticServer({ root: OUT_DIR });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('knows Birmingham’s 15 CIPFA nearest neighbours by name', () => {
    expect(neighbours).toHaveLength(15);
    expect(neighbours).toContain('Manchester');
  });

  it('names Birmingham on the overview, lists its measures, without console errors', async () => {
    const { page, consoleErrors } = await openPage(browser, server.url);
    try {
      await expect.poll(() => page.locator('h1').innerText()).toContain('Birmingham');
      // By default the five families the scrutiny guide follows; every national measure one click
      // away.
      await expect.poll(() => page.locator('li.mrow').count()).toBeGreaterThanOrEqual(10);
      const all = await page.getByRole('link', { name: /^Show all \d+ measures$/ }).innerText();
      expect(Number(/\d+/.exec(all)?.[0])).toBeGreaterThanOrEqual(40);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('ranks Birmingham among all 15 neighbours on a measure page', async () => {
    const { page, consoleErrors } = await openPage(
      browser,
      `${server.url}measure/ascof-direct-payments-users/`,
    );
    try {
      await page.locator('svg.ts-chart').first().waitFor();
      const ranked = (await page.locator('.ranked-table tbody tr th').allInnerTexts()).map((t) =>
        t.replace('(this council)', '').trim(),
      );
      expect(ranked).toContain('Birmingham');
      expect(neighbours.filter((n) => !ranked.includes(n))).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
