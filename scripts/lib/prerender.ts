/**
 * Pre-rendering: every page's HTML carries its own headings, figures, tables and sources, rendered
 * at build time by the same components the browser runs (src/prerender/renderPage.tsx, bundled by
 * Vite for Node). Each page's HTML also names the data files it shows and the scripts it runs,
 * asked for all at once as soon as the page is painted, and the app takes the page over without
 * changing what it shows.
 */
import { readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { lazyPageModule } from '../../src/app/lazyPages';
import { escapeHtml } from './html';
import { inlineStyles } from './inlineStyles';

// The renderer's types, as src/prerender/renderPage.tsx declares them (that module is for Vite's
// bundle, not for Node's type check).
type TextReader = (file: string) => Promise<string | undefined>;
export interface RenderedPage {
  html: string;
  title: string;
  files: { file: string; href: string }[];
}
export type RenderPage = (
  path: string,
  today: string,
  read: TextReader,
  root?: string,
) => Promise<RenderedPage>;

function isRenderPage(f: unknown): f is RenderPage {
  return typeof f === 'function';
}

/** The renderer's files in the folder bundleRenderer writes: the page renderer and its thread. */
export const RENDERER_FILES = { page: 'renderPage.js', worker: 'renderWorker.js' } as const;

/**
 * Bundles the page renderer for Node into `outDir`, with the entry of a rendering thread
 * (renderWorker.ts, which loads it): plain JavaScript, so a thread runs it without tsx's hooks.
 */
export async function bundleRenderer(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    mode: 'production',
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      rolldownOptions: {
        input: {
          renderPage: 'src/prerender/renderPage.tsx',
          renderWorker: 'scripts/lib/renderWorker.ts',
        },
      },
    },
  });
}

/** Loads the bundled page renderer (RENDERER_FILES.page). */
export async function importRenderer(file: string): Promise<RenderPage> {
  const mod: unknown = await import(pathToFileURL(file).href);
  const render = typeof mod === 'object' && mod !== null && 'renderPage' in mod && mod.renderPage;
  if (!isRenderPage(render)) throw new Error(`${file} has no renderPage function`);
  return render;
}

/** Reads a built site's data files, as the pre-rendered pages' queries ask for them. */
export function siteReader(siteDir: string): TextReader {
  return async (file) => {
    try {
      return await readFile(join(siteDir, 'data', file), 'utf8');
    } catch {
      return undefined;
    }
  };
}

const manifestSchema = z.record(
  z.string(),
  z.object({ file: z.string(), imports: z.array(z.string()).optional() }),
);
export type ChunkManifest = z.infer<typeof manifestSchema>;

/**
 * Vite's manifest of the built scripts (build.manifest), which the build then removes from the
 * site.
 */
export function readChunkManifest(siteDir: string): ChunkManifest {
  const path = join(siteDir, '.vite', 'manifest.json');
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  rmSync(join(siteDir, '.vite'), { recursive: true, force: true });
  return manifest;
}

/** The app's code that main.tsx starts once the page is painted. */
const BOOT = 'src/boot.tsx';

/**
 * A chunk's file and the files of everything it imports, added to `into` (what is there is kept).
 */
function chunkFiles(manifest: ChunkManifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) chunkFiles(manifest, imported, into);
  return into;
}

/**
 * The scripts of the app's take-over (src/boot.tsx and what it imports, less what the entry already
 * loads): every page's HTML names them, for main.tsx to ask for once the page is painted.
 */
export function bootChunks(manifest: ChunkManifest): string[] {
  const entry = chunkFiles(manifest, 'index.html');
  return [...chunkFiles(manifest, BOOT)].filter((file) => !entry.has(file));
}

/**
 * The scripts a page loads on demand (its own code and what it imports), as paths under the base,
 * so its HTML can ask for them with the app's own script instead of after it. The app's entry, its
 * take-over and what they import are left out: every page already names them.
 */
export function pageChunks(manifest: ChunkManifest, page: string): string[] {
  const module = lazyPageModule(page);
  if (!module) return [];
  const app = chunkFiles(manifest, BOOT, chunkFiles(manifest, 'index.html'));
  return [...chunkFiles(manifest, module)].filter((file) => !app.has(file));
}

/**
 * The app's built index.html in `siteDir`, made the template of every page: its stylesheet written
 * in (inlineStyles) and its take-over preloaded (withBootPreloads).
 */
export function appTemplate(siteDir: string, manifest: ChunkManifest, base: string): string {
  const index = readFileSync(join(siteDir, 'index.html'), 'utf8');
  return withBootPreloads(inlineStyles(index, siteDir, base), manifest, base);
}

/**
 * Links the browser follows only once the page is painted: inert inside a template, which main.tsx
 * moves into the head after the first paint. Asked for with the HTML, the files would be fetched
 * and handled while the page is being laid out, and its first paint would wait for them.
 */
export function afterPaint(links: string[]): string[] {
  return links.length === 0 ? [] : ['<template data-after-paint>', ...links, '</template>'];
}

const modulePreload = (href: string) =>
  `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}" />`;

/**
 * The app's index.html with a module preload for each of bootChunks after its entry script, inert
 * until the first paint (afterPaint).
 */
export function withBootPreloads(index: string, manifest: ChunkManifest, base: string): string {
  const links = afterPaint(bootChunks(manifest).map((file) => modulePreload(`${base}${file}`)));
  const entry = /<script type="module"[^>]*><\/script>/;
  if (links.length === 0) return index;
  if (!entry.test(index))
    throw new Error('index.html has no module script to preload the app after');
  return index.replace(entry, (script) => [script, ...links].join('\n    '));
}

/**
 * A page's HTML: the app's index.html with the page's title, the day it was built, a preload after
 * the first paint for each data file it shows and for each script it loads on demand (`chunks`,
 * full addresses), and its rendered content in place of the loading message.
 */
export function pageHtml(
  index: string,
  page: RenderedPage,
  builtOn: string,
  chunks: string[] = [],
): string {
  const head = [
    `<meta name="built-on" content="${builtOn}" />`,
    ...afterPaint([
      ...chunks.map(modulePreload),
      ...page.files.map(
        (f) =>
          `<link rel="preload" href="${escapeHtml(f.href)}" as="fetch" ` +
          `crossorigin="anonymous" data-file="${escapeHtml(f.file)}" />`,
      ),
    ]),
  ].join('\n    ');
  if (!/<div id="root">[\s\S]*?<\/div>/.test(index) || !index.includes('</head>'))
    throw new Error('index.html has no <div id="root"> or no </head>: the pages cannot be written');
  return index
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>`)
    .replace('</head>', () => `  ${head}\n  </head>`)
    .replace(/<div id="root">[\s\S]*?<\/div>/, () => `<div id="root">${page.html}</div>`);
}
