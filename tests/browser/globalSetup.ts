/**
 * Vitest globalSetup for the browser tests: builds the site once at the root and once for a
 * sub-folder, serves each with the plain static server, and hands their addresses to the tests
 * through `inject`.
 * SKIP_BROWSER_BUILD=1 reuses the last build for quick local reruns.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildSiteOrThrow } from '../../scripts/lib/buildSite';
import { startStaticServer, type StaticServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built with BASE_PATH=/, ending in a slash. */
    siteUrl: string;
    /**
     * The same site built with BASE_PATH=/council/asc/ and served from that sub-folder, ending in a
     * slash.
     */
    subSiteUrl: string;
  }
}

const repo = fileURLToPath(new URL('../../', import.meta.url));
const SUB_FOLDER = '/council/asc/';

interface Site {
  outDir: string;
  basePath: string;
}

const sites = {
  root: { outDir: join(repo, '.build-tmp', 'browser-site'), basePath: '/' },
  sub: { outDir: join(repo, '.build-tmp', 'browser-site-sub'), basePath: SUB_FOLDER },
} as const satisfies Record<string, Site>;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reuse = process.env.SKIP_BROWSER_BUILD === '1';
  for (const site of [sites.root, sites.sub]) {
    if (reuse) {
      if (!existsSync(join(site.outDir, 'index.html'))) {
        throw new Error(
          `SKIP_BROWSER_BUILD=1 but there is no earlier build in ${site.outDir}: run the ` +
            'browser tests once without it.',
        );
      }
    } else {
      await buildSiteOrThrow({ dataDir: 'data', outDir: site.outDir, basePath: site.basePath });
    }
  }

  const servers: StaticServer[] = [];
  const close = async (): Promise<void> => {
    await Promise.all(servers.map((s) => s.close()));
  };
  try {
    const root = await startStaticServer({ root: sites.root.outDir });
    servers.push(root);
    const sub = await startStaticServer({ root: sites.sub.outDir, mount: SUB_FOLDER });
    servers.push(sub);
    project.provide('siteUrl', root.url);
    project.provide('subSiteUrl', sub.url);
  } catch (e) {
    await close();
    throw e;
  }
  return close;
}
