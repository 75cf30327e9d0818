import { describe, expect, it } from 'vitest';
import {
  afterPaint,
  bootChunks,
  pageChunks,
  pageHtml,
  withBootPreloads,
} from '../../scripts/lib/prerender';

const index = `<!doctype html>
<html lang="en-GB">
  <head>
    <title>Adult social care performance</title>
  </head>
  <body>
    <div id="root">
      <p class="loading-initial">Loading the dashboard…</p>
    </div>
    <script type="module" src="/assets/index.js"></script>
  </body>
</html>`;

describe("a pre-rendered page's HTML", () => {
  const html = pageHtml(
    index,
    {
      html: '<main><h1>Costs &amp; charges</h1><p>$& and $1 stay as written</p></main>',
      title: 'Costs & "charges" – Adult social care performance',
      files: [
        { file: 'site.json', href: '/council/data/site.json' },
        {
          file: 'derived/2025-26-Q2/overview.csv',
          href: '/council/data/derived/2025-26-Q2/overview.csv',
        },
      ],
    },
    '2026-11-30',
  );

  it('carries the page in place of the loading message, exactly as rendered', () => {
    expect(html).toContain(
      '<div id="root"><main><h1>Costs &amp; charges</h1><p>$& and $1 stay as ' +
        'written</p></main></div>',
    );
    expect(html).not.toContain('Loading the dashboard');
    expect(html).toContain('<script type="module" src="/assets/index.js"></script>');
  });

  it('names the page in its title, escaped', () => {
    expect(html).toContain(
      '<title>Costs &amp; &quot;charges&quot; – Adult social care performance</title>',
    );
  });

  it('names the day it was built and preloads each data file in the head as a fetch', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<meta name="built-on" content="2026-11-30" />');
    expect(head).toContain(
      '<link rel="preload" href="/council/data/site.json" as="fetch" ' +
        'crossorigin="anonymous" data-file="site.json" />',
    );
    expect(head.match(/rel="preload"/g)).toHaveLength(2);
  });

  it('keeps those preloads inert until the page is painted: in a template main.tsx moves', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    const inert = /<template data-after-paint>([\s\S]*?)<\/template>/.exec(head)?.[1] ?? '';
    expect(inert.match(/rel="preload"/g)).toHaveLength(2);
    expect(head.replace(inert, '')).not.toContain('<link');
  });

  it('refuses an index.html without the root element rather than write an empty page', () => {
    expect(() =>
      pageHtml(
        '<html><head></head><body></body></html>',
        { html: '', title: '', files: [] },
        '2026-11-30',
      ),
    ).toThrow(/id="root"/);
  });
});

describe("the scripts a page's HTML names", () => {
  const manifest = {
    'index.html': { file: 'assets/index-a.js', imports: ['_shared-b.js'] },
    '_shared-b.js': { file: 'assets/shared-b.js' },
    '_chart-c.js': { file: 'assets/chart-c.js', imports: ['_shared-b.js'] },
    'src/pages/MeasurePage.tsx': {
      file: 'assets/MeasurePage-d.js',
      imports: ['_chart-c.js', '_react-f.js'],
    },
    'src/boot.tsx': { file: 'assets/boot-e.js', imports: ['_shared-b.js', '_react-f.js'] },
    '_react-f.js': { file: 'assets/react-f.js' },
  };

  it("are a page's own code and what it imports, less what the app's entry already loads", () => {
    expect(pageChunks(manifest, 'measure')).toEqual([
      'assets/MeasurePage-d.js',
      'assets/chart-c.js',
    ]);
  });

  it("include the app's take-over and what it imports beyond the entry, on every page", () => {
    expect(bootChunks(manifest)).toEqual(['assets/boot-e.js', 'assets/react-f.js']);
    const index =
      '<head>\n    <script type="module" crossorigin src="/sc/assets/index-a.js"></script>';
    expect(withBootPreloads(index, manifest, '/sc/')).toBe(
      [
        index,
        '<template data-after-paint>',
        '<link rel="modulepreload" crossorigin href="/sc/assets/boot-e.js" />',
        '<link rel="modulepreload" crossorigin href="/sc/assets/react-f.js" />',
        '</template>',
      ].join('\n    '),
    );
    expect(() => withBootPreloads('<head></head>', manifest, '/')).toThrow(/no module script/);
  });

  it('leave no empty template where there is nothing to ask for', () => {
    expect(afterPaint([])).toEqual([]);
  });

  it('are none for a page in the main script', () => {
    expect(pageChunks(manifest, 'overview')).toEqual([]);
  });

  it('go in the head as module preloads', () => {
    const html = pageHtml(
      '<html><head></head><body><div id="root"></div></body></html>',
      { html: '', title: '', files: [] },
      '2026-11-30',
      ['/sc/assets/MeasurePage-d.js'],
    );
    expect(html).toContain(
      '<link rel="modulepreload" crossorigin href="/sc/assets/MeasurePage-d.js" />',
    );
  });
});
