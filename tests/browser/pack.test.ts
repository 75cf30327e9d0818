import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pdfPageTexts } from '../../scripts/lib/pdfPages';
import { parseDrops, parseOutcomes } from '../../src/data/tables';
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

const shipped = (file: string) => readFileSync(join(repo, 'data', file), 'utf8');
const latestDrop = parseDrops(shipped('drops.csv'), 'drops.csv').rows.at(-1);
const outcomes = parseOutcomes(shipped('outcomes.csv'), 'outcomes.csv').rows;

describe('npm run pack', () => {
  it('puts the cover on page 1: authority, meeting, drop and version', () => {
    expect(pages[0]).toContain('Leicester City Council');
    expect(pages[0]).toContain('Adult social care performance: meeting pack');
    expect(pages[0]).toContain('Adult Social Care Scrutiny Commission, 15 January 2026');
    expect(pages[0]).toContain(`As published in drop ${latestDrop?.id ?? '?'}`);
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
  });

  it("names the nine outcomes' statuses in its first 3 pages, then changes and questions", () => {
    const front = pages.slice(0, 3).join(' ');
    expect(outcomes).toHaveLength(9);
    for (const o of outcomes)
      expect(front).toMatch(
        new RegExp(
          `${o.number}\\. ${o.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (target ` +
            'met|on track|off track|target missed|no figure|not measured)',
        ),
      );
    expect(pages[1]).toContain('Contents');
    expect(pages[2]).toContain('Summary for the meeting');
    // "Since the last meeting" counts from the meeting before the one the pack is for.
    expect(front).toMatch(/Since the last meeting \(13 November 2025\)/);
    expect(pages.slice(0, 4).join(' ')).toContain('Questions to ask');
    expect(front).not.toMatch(/\b0 (met|on track|off track)\b/);
  });

  it('lists its sections in the contents on page 2 with their first pages, each there', () => {
    const text = pages[1] ?? '';
    const contents = text.slice(text.indexOf('Contents') + 'Contents'.length);
    const entries = [...contents.matchAll(/ ?(.*?) page (\d+)/g)].map((m) => ({
      title: (m[1] ?? '').trim(),
      page: Number(m[2]),
    }));
    expect(entries[0]).toEqual({ title: 'Summary for the meeting', page: 3 });
    expect(entries[1]?.title).toBe('The five families the Commission follows');
    expect(entries.length).toBeGreaterThanOrEqual(10);
    const bare = (text: string) => text.replace(/\s+/g, '');
    for (const [i, e] of entries.entries()) {
      expect(bare(pages[e.page - 1] ?? ''), `${e.title} on page ${e.page}`).toContain(
        bare(e.title),
      );
      if (i > 0) expect(e.page).toBeGreaterThanOrEqual(entries[i - 1]?.page ?? 0);
    }
    const page = (title: string) =>
      bare(pages[(entries.find((e) => e.title === title)?.page ?? 0) - 1] ?? '');
    expect(page('The five families the Commission follows')).toContain(bare('Waiting times'));
    // A measure with a single figure is a compact block stating its age and target, not a page with
    // one dot.
    const wait = page('Median wait for a Care Act assessment');
    expect(wait).toContain(bare('Median wait for a Care Act assessment: 135 days in January 2025'));
    expect(wait).toMatch(/latestfigureis\d+(months|years)/);
    expect(wait).toContain(bare('target no more than 90 days by November 2026'));
    expect(wait).toContain(
      bare('Care Quality Commission, Leicester City Council: local authority assessment report'),
    );
    expect(page('Safeguarding threshold decisions made within 5 days')).toContain(
      bare('Safeguarding threshold decisions made within 5 days: 45% in February 2025'),
    );
    expect(page('Carers who can get to a support group or someone to talk to')).toContain('18.52%');
    expect(page('Carers who can get to a support group or someone to talk to')).toContain('32.98%');
  });
});

describe('the pack page in the browser', () => {
  it('passes the same accessibility checks as the rest of the site, screen and print', async () => {
    browser = await launchBrowser();
    const { page, consoleErrors } = await openPage(browser, `${inject('siteUrl')}pack/`);
    await page.waitForSelector('.pack-entry');
    expect(await axeCheck(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await axeCheck(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
