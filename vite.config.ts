/// <reference types="vitest/config" />
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Connect, type Plugin } from 'vite';
import { englandMap } from './scripts/lib/englandMap.ts';

/**
 * A file maker from scripts/lib (a derived file, an optional file published empty), as the dev
 * server loads it.
 */
function isDeriver(f: unknown): f is (dataDir: string, path: string) => string | undefined {
  return typeof f === 'function';
}

/** Where the site's data comes from: any council's data folder (default data/). */
const dataDir = resolve(process.env.DATA_DIR ?? 'data');

/** In development, serves the data folder at <base>data/ as the built site does. */
function serveData(): Plugin {
  return {
    name: 'serve-data-folder',
    configureServer(server) {
      // Loaded through the dev server, not imported by this config, so the config stays plain for
      // Vite's loader.
      // A file the build makes (a drop's derived files, an optional file the folder lacks) is made
      // here too.
      const derive = async (path: string): Promise<string | undefined> => {
        const derived = await server.ssrLoadModule('/scripts/lib/deriveFiles.ts');
        const published = await server.ssrLoadModule('/scripts/lib/siteFiles.ts');
        for (const fn of [
          derived.derivedFileFromFolder,
          published.emptyOptionalFile,
        ] as unknown[]) {
          const text = isDeriver(fn) ? fn(dataDir, path) : undefined;
          if (text !== undefined) return text;
        }
        return undefined;
      };
      server.middlewares.use((req, res, next) => {
        // Whatever goes wrong with one request is that request's error, never the server's end.
        serve(req, res, next).catch((error: unknown) => next(error));
      });
      const serve = async (...[req, res, next]: Parameters<Connect.NextHandleFunction>) => {
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
        let derived: unknown;
        try {
          derived = await derive(path);
        } catch (error) {
          next(error);
          return;
        }
        if (typeof derived === 'string') {
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
 * The development server injects inline styles and React's refresh preamble, which the site's
 * strict Content-Security-Policy refuses: relax it for `npm run dev` only. Built sites keep the
 * strict policy.
 */
function devCsp(): Plugin {
  return {
    name: 'relax-csp-in-development',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
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
  plugins: [react(), serveData(), devCsp(), englandMapModule()],
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
