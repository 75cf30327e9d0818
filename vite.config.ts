/// <reference types="vitest/config" />
import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Connect, type Plugin } from 'vite';
// The build's own modules, imported by their full file names (and so is every module they import):
// Vite 8 warns on every run about a config that imports a module without its extension
// (tests/unit/viteConfig.test.ts keeps it so).
import { derivedFileFromFolder } from './scripts/lib/deriveFiles.ts';
import { englandMap } from './scripts/lib/englandMap.ts';
import { emptyOptionalFile } from './scripts/lib/optionalFiles.ts';
import {
  CONTENT_SECURITY_POLICY,
  DEVELOPMENT_POLICY,
  withPageHead,
} from './scripts/lib/pageHead.ts';

/** Where the site's data comes from: any council's data folder (default data/). */
const dataDir = resolve(process.env.DATA_DIR ?? 'data');

/** In development, serves the data folder at <base>data/ as the built site does. */
function serveData(): Plugin {
  return {
    name: 'serve-data-folder',
    configureServer(server) {
      // A file the build makes (a drop's derived files, an optional file the folder lacks) is made
      // here too, by the build's own functions.
      const derive = (path: string): string | undefined =>
        derivedFileFromFolder(dataDir, path) ?? emptyOptionalFile(dataDir, path);
      server.middlewares.use((req, res, next) => {
        // Whatever goes wrong with one request is that request's error, never the server's end.
        try {
          serve(req, res, next);
        } catch (error) {
          next(error);
        }
      });
      const serve = (...[req, res, next]: Parameters<Connect.NextHandleFunction>) => {
        const base = server.config.base;
        let url: string;
        try {
          url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        } catch {
          // A malformed %-escape names no file here: answer it as not found.
          res.statusCode = 404;
          res.end('Not found');
          return;
        }
        if (!url.startsWith(`${base}data/`)) return next();
        const path = url.slice(`${base}data/`.length);
        const derived = derive(path);
        if (derived !== undefined) {
          res.setHeader('Content-Type', 'text/csv; charset=utf-8');
          res.end(derived);
          return;
        }
        const file = normalize(join(dataDir, path));
        // Inside the data folder itself: a sibling such as data-old/ starts with the same letters.
        const within = file.startsWith(dataDir + sep);
        if (!within || !existsSync(file) || !statSync(file).isFile()) {
          res.statusCode = 404;
          res.end('Not found');
          return;
        }
        res.setHeader(
          'Content-Type',
          file.endsWith('.json') ? 'application/json' : 'text/csv; charset=utf-8',
        );
        createReadStream(file).pipe(res);
      };
    },
  };
}

/**
 * Each page's shared head (scripts/lib/pageHead.ts) with the strict policy, or the relaxed one
 * the development server needs.
 */
function pageHead(): Plugin {
  return {
    name: 'page-head',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, { filename, server }) =>
        withPageHead(
          html,
          basename(filename),
          server ? DEVELOPMENT_POLICY : CONTENT_SECURITY_POLICY,
        ),
    },
  };
}

/**
 * `virtual:england-map`: England's 153 councils as SVG paths, drawn at build time from ONS's
 * boundaries kept in the project, so the browser gets ready-made paths (about 43 KB gzip) and no
 * map code. Only the map page imports it, so it loads only when a map is opened.
 */
function englandMapModule(): Plugin {
  const id = 'virtual:england-map';
  const file = fileURLToPath(
    new URL('./scripts/import/national/boundaries/ctyua_dec2024_uk_buc.topo.json', import.meta.url),
  );
  return {
    name: 'england-map',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(source) {
      if (source !== `\0${id}`) return undefined;
      this.addWatchFile(file);
      return `export default ${JSON.stringify(englandMap(file))};`;
    },
  };
}

/**
 * BASE_PATH with its closing slash, so /sc serves at /sc/ (npm run build refuses one without the
 * leading slash).
 */
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

export default defineConfig({
  base,
  plugins: [react(), serveData(), pageHead(), englandMapModule()],
  // npm run build chooses the folder and guards it (scripts/build.ts); a bare `vite build` writes
  // dist/ only.
  build: { outDir: 'dist', emptyOutDir: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // Two cores are shared by several people: a test that reads a data folder or starts tsx can
    // take ten times its quiet-machine time. The limit catches a hang; speed is measured by npm run
    // bench.
    testTimeout: 60_000,
  },
});
