import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleRenderer, RENDERER_FILES } from '../../scripts/lib/prerender';
import { startThreads, threadCount, type RenderPool } from '../../scripts/lib/renderPool';

// The real rendering threads (bundled by Vite, as the build bundles them), each loading a stand-in
// page renderer that fails on one page: what the build hears when a page cannot be rendered.
const dir = resolve(import.meta.dirname, '..', '..', '.build-tmp', `render-pool-${process.pid}`);
let pool: RenderPool;

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  await bundleRenderer(dir);
  writeFileSync(
    join(dir, RENDERER_FILES.page),
    `export async function renderPage(path, today, read, root) {
      if (path === 'broken/') throw new Error('no figures for this page');
      const site = await read('site.json');
      const title = today + ' ' + (root ?? '-') + ' ' + site;
      return { html: '<p>' + path + '</p>', title, files: [] };
    }\n`,
  );
  mkdirSync(join(dir, 'site', 'data'), { recursive: true });
  writeFileSync(join(dir, 'site', 'data', 'site.json'), '{}');
  pool = startThreads(dir, 2);
}, 120_000);

afterAll(async () => {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the rendering threads', () => {
  it("render pages on each thread, with the site's files", async () => {
    const siteDir = join(dir, 'site');
    const pages = await Promise.all(
      pool.threads.map((render, i) =>
        render({ path: `measure/m${i}/`, today: '2026-12-01', siteDir, root: '/kent/' }),
      ),
    );
    expect(pages).toEqual([
      { html: '<p>measure/m0/</p>', title: '2026-12-01 /kent/ {}', files: [] },
      { html: '<p>measure/m1/</p>', title: '2026-12-01 /kent/ {}', files: [] },
    ]);
  });

  it('name the page that failed and why, and the thread goes on rendering', async () => {
    const [render] = pool.threads;
    if (!render) throw new Error('no thread');
    const siteDir = join(dir, 'site');
    await expect(render({ path: 'broken/', today: '2026-12-01', siteDir })).rejects.toThrow(
      /^Pre-rendering the page broken\/ failed: Error: no figures for this page/,
    );
    await expect(render({ path: 'plan/', today: '2026-12-01', siteDir })).resolves.toEqual({
      html: '<p>plan/</p>',
      title: '2026-12-01 - {}',
      files: [],
    });
  });

  it('are one per core unless PRERENDER_THREADS says how many', () => {
    expect(threadCount({ PRERENDER_THREADS: '3' })).toBe(3);
    expect(threadCount({})).toBeGreaterThanOrEqual(1);
    expect(threadCount({ PRERENDER_THREADS: '0' })).toBe(threadCount({}));
  });
});
