import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pdfPageTexts } from '../../scripts/lib/pdfPages';
import { axeCheck, launchBrowser, openPage } from './browser';

const repo = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'pack-'));
const pdf = join(work, 'pack.pdf');
let pages: string[] = [];
let browser: Browser;

beforeAll(() => {
  // The pack of the shipped data, rendered from the site the browser tests already built.
  const run = spawnSync(
    join(repo, 'node_modules', '.bin', 'tsx'),
    [
      'scripts/pack.ts',
      '--site',
      join(repo, '.build-tmp', 'browser-site'),
      '--out',
      pdf,
      '--meeting',
      '2026-01-15',
    ],
    { cwd: repo, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`npm run pack failed:\n${run.stdout}\n${run.stderr}`);
  pages = pdfPageTexts(pdf).filter((p, i, all) => i < all.length - 1 || p !== '');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run pack', () => {
  it('puts the cover on page 1: authority, meeting, drop and version', () => {
    expect(pages[0]).toContain('Leicester City Council');
    expect(pages[0]).toContain('Adult social care performance: meeting pack');
    expect(pages[0]).toContain('Adult Social Care Scrutiny Commission, 15 January 2026');
    expect(pages[0]).toContain('As published in drop 2025-26-Q4 on 7 September 2026');
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
  });

  it('lists every measure in the contents on page 2 with the page it starts on, and each is there with its key figure', () => {
    expect(pages[1]).toContain('Contents');
    const contents = (pages[1] ?? '').slice(
      (pages[1] ?? '').indexOf('Contents') + 'Contents'.length,
    );
    const entries = [...contents.matchAll(/ ?(.*?) page (\d+)/g)].map((m) => ({
      title: (m[1] ?? '').trim(),
      page: Number(m[2]),
    }));
    expect(entries.length).toBeGreaterThanOrEqual(10);
    expect(entries[0]).toEqual({ title: 'Median wait for a Care Act assessment', page: 3 });
    for (const [i, e] of entries.entries()) {
      // Each measure's page opens with a heading that states the finding: "<title>: <figure> in <period>".
      expect(pages[e.page - 1], `${e.title} on page ${e.page}`).toContain(`${e.title}:`);
      if (i > 0) expect(e.page).toBeGreaterThan(entries[i - 1]?.page ?? 0);
    }
    const page = (title: string) =>
      pages[(entries.find((e) => e.title === title)?.page ?? 0) - 1] ?? '';
    expect(page('Median wait for a Care Act assessment')).toContain(
      'Median wait for a Care Act assessment: 135 days in January 2025',
    );
    expect(page('Safeguarding threshold decisions made within 5 days')).toContain(
      'Safeguarding threshold decisions made within 5 days: 45% in February 2025',
    );
    expect(page('Carers who can get to a support group or someone to talk to')).toContain('18.52%');
    expect(page('Carers who can get to a support group or someone to talk to')).toContain('32.98%');
  });

  it('gives each measure its status, comparison, source and questions on its page', () => {
    const wait = pages[2] ?? '';
    expect(wait).toContain(
      'Improvement plan: not measured since January 2025 (target 90 days by 30 November 2026)',
    );
    expect(wait).toContain(
      'Care Quality Commission, Leicester City Council: local authority assessment report',
    );
    expect(wait).toContain('Questions to ask');
    expect(wait).toContain('Page 3 of');
  });
});

describe('the pack page in the browser', () => {
  it('passes the same accessibility checks as the rest of the site, on screen and in print', async () => {
    browser = await launchBrowser();
    const { page, consoleErrors } = await openPage(browser, `${inject('siteUrl')}pack/`);
    await page.waitForSelector('.pack-measure');
    expect(await axeCheck(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await axeCheck(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
