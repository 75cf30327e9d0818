/**
 * The national build's scripts and styles, built once for every council: Vite builds the dashboard
 * (index.html) and the national index (national.html) into `outDir` with `base` as their base.
 * Returns the two pages' HTML, as templates, and Vite's manifest of the scripts (for each page's
 * module preloads), and removes all three from the folder.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inlineStyles } from './inlineStyles';
import { appTemplate, readChunkManifest, type ChunkManifest } from './prerender';

export async function buildAssets(
  outDir: string,
  base: string,
): Promise<{ appHtml: string; indexHtml: string; manifest: ChunkManifest }> {
  // Loaded only when needed, as scripts/build.ts does; always the production bundle.
  const { build } = await import('vite');
  process.env.NODE_ENV = 'production';
  await build({
    mode: 'production',
    base,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      manifest: true,
      rolldownOptions: {
        input: { app: resolve('index.html'), national: resolve('national.html') },
      },
    },
  });
  const manifest = readChunkManifest(outDir);
  const appHtml = appTemplate(outDir, manifest, base);
  const indexHtml = inlineStyles(readFileSync(join(outDir, 'national.html'), 'utf8'), outDir, base);
  rmSync(join(outDir, 'index.html'));
  rmSync(join(outDir, 'national.html'));
  return { appHtml, indexHtml, manifest };
}
