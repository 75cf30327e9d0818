/**
 * What a built site holds besides its scripts and styles: its data folder as published (each drop
 * also split the ways pages fetch it) and an index.html for every page. `npm run build` writes one
 * site; `npm run build:all` writes one per council with the same functions.
 */
import { existsSync } from 'node:fs';
import { group } from 'd3-array';
import { join } from 'node:path';
import { DATA_FILES, type DataSet } from '../../src/data/dataset';
import { scopedValuesFile, type DerivedScope } from '../../src/data/figureScope';
import { hasCouncilFigures } from '../../src/app/hasCouncilFigures';
import { allRoutes, routePath, type Route } from '../../src/routes';
import type { DropSplit } from './deriveFiles';
import { optionalHeader } from './optionalFiles';
import { pageChunks, pageHtml, type ChunkManifest } from './prerender';
import type { RenderPool } from './renderPool';
import type { SiteWriter } from './siteWriter';

/** The data folder's README in this project, published with any folder that has none of its own. */
const PROJECT_README = join(import.meta.dirname, '..', '..', 'data', 'README.md');

/**
 * Copies a checked data folder into `<siteDir>/data` as it is, since the site fetches it at run
 * time; an optional file the folder lacks is published empty, so the site never asks for a missing
 * file.
 * `own` gives files written from text instead (a council's site.json in the national build).
 */
export function writeDataFiles(
  dataDir: string,
  data: DataSet,
  siteDir: string,
  writer: SiteWriter,
  own: ReadonlyMap<string, string> = new Map(),
): void {
  const files = [
    DATA_FILES.site,
    DATA_FILES.metrics,
    DATA_FILES.areas,
    DATA_FILES.sources,
    DATA_FILES.drops,
    DATA_FILES.targets,
    DATA_FILES.events,
    DATA_FILES.outcomes,
    DATA_FILES.questions,
    ...data.drops.flatMap((d) => [DATA_FILES.values(d.id), DATA_FILES.commentary(d.id)]),
  ];
  // The README says what every file and column means, for anyone reusing the data ("Download all
  // the data" on the About page): the folder's own, or the project's for a folder without one.
  const readme = join(dataDir, 'README.md');
  writer.copy(existsSync(readme) ? readme : PROJECT_README, join(siteDir, 'data', 'README.md'));
  for (const file of files) {
    const from = join(dataDir, file);
    const to = join(siteDir, 'data', file);
    const text = own.get(file);
    if (text !== undefined) writer.write(to, text);
    else if (existsSync(from)) writer.copy(from, to);
    else writer.write(to, `${optionalHeader(file)}\n`);
  }
}

/**
 * Each drop's figures split the ways pages fetch them: the overview's areas, and one file per
 * measure.
 */
export function writeDerivedFiles(
  data: DataSet,
  siteDir: string,
  writer: SiteWriter,
  split: (drop: string) => DropSplit,
): void {
  for (const drop of data.drops) {
    const parts = split(drop.id);
    const file = (scope: DerivedScope) => join(siteDir, 'data', scopedValuesFile(drop.id, scope));
    writer.write(file({ kind: 'overview' }), parts.overview(data.site));
    for (const [id, text] of parts.measures) writer.write(file({ kind: 'measure', id }), text);
  }
}

/** Every page of a data folder's site: a map for each measure with other councils' figures. */
function siteRoutes(data: DataSet): Route[] {
  const areas = new Map(data.areas.map((a) => [a.code, a]));
  const byMetric = group(data.observations, (o) => o.metric);
  const mapped = data.metrics
    .filter((m) => hasCouncilFigures(byMetric.get(m.id) ?? [], areas, data.site.authority.code))
    .map((m) => m.id);
  return allRoutes(
    data.metrics.map((m) => m.id),
    data.drops.map((d) => d.id),
    mapped,
  );
}

/**
 * A plain static host serves a folder's index.html: one for every page, so deep links and reloads
 * work. Returns how many pages there are.
 */
export function writePages(data: DataSet, siteDir: string, html: string, writer: SiteWriter) {
  const routes = siteRoutes(data);
  for (const route of routes) writer.write(join(siteDir, routePath(route), 'index.html'), html);
  return routes.length;
}

/** How a build pre-renders its pages. */
export interface Prerendering {
  /** The threads that render pages (renderPool.ts). */
  pool: RenderPool;
  /** The day the pages are rendered as of. */
  builtOn: string;
  /** Vite's manifest of the scripts, for each page's module preloads. */
  manifest: ChunkManifest;
  /** The build's base, where the scripts are. */
  base: string;
  /** The council's own folder in a national build (its pages and data); the base otherwise. */
  root?: string;
  /** Which pages to render; the others are written for the browser to draw. Default: every page. */
  rendered?: (route: Route) => boolean;
}

/**
 * The pages to render in groups that read the same data files (a measure's pages, and the same
 * page of each drop), so a thread that renders a group parses its files once.
 */
function renderGroups(routes: Route[], rendered: (route: Route) => boolean): number[][] {
  const groups = new Map<string, number[]>();
  routes.forEach((route, i) => {
    if (!rendered(route)) return;
    const key = 'id' in route.view ? `measure ${route.view.id}` : route.view.page;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  return [...groups.values()];
}

/**
 * Like writePages, with each page pre-rendered (its figures readable before any script runs). The
 * pool's threads take groups of pages in turn; the pages are written in route order as they are
 * ready, so the site is the same whichever thread rendered a page. Returns how many pages there
 * are.
 */
export async function writeRenderedPages(
  data: DataSet,
  siteDir: string,
  html: string,
  writer: SiteWriter,
  { pool, builtOn, manifest, base, root, rendered = () => true }: Prerendering,
): Promise<number> {
  const routes = siteRoutes(data);
  const ready = new Map<number, string>();
  let next = 0;
  const write = () => {
    for (let page = ready.get(next); page !== undefined; page = ready.get(next)) {
      const route = routes[next];
      if (route) writer.write(join(siteDir, routePath(route), 'index.html'), page);
      ready.delete(next);
      next += 1;
    }
  };
  routes.forEach((route, i) => {
    if (!rendered(route)) ready.set(i, html);
  });
  const queue = renderGroups(routes, rendered);
  // The first page that fails stops every thread; the function returns only once each thread has
  // stopped, so no page is written after the build has given up (and cleaned up).
  let failure: Error | undefined;
  await Promise.all(
    pool.threads.map(async (render) => {
      for (let group = queue.shift(); group && !failure; group = queue.shift())
        for (const i of group) {
          const route = routes[i];
          if (!route || failure) return;
          const path = routePath(route);
          try {
            const page = await render({ path, today: builtOn, siteDir, root });
            if (failure) return;
            const chunks = pageChunks(manifest, route.view.page).map((f) => `${base}${f}`);
            ready.set(i, pageHtml(html, page, builtOn, chunks));
          } catch (e) {
            failure ??= e instanceof Error ? e : new Error(String(e));
            return;
          }
          write();
        }
    }),
  );
  if (failure) throw failure;
  write();
  return routes.length;
}
