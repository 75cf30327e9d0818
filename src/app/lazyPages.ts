import type { Page } from '../routes';

/**
 * The pages the app loads on demand (src/App.tsx imports each of these modules with `import()`), by
 * their name in routes.ts. The build names each one's scripts in its pre-rendered HTML, so a page's
 * code arrives with the app's (scripts/lib/prerender.ts); every other page is in the main script.
 */
export const LAZY_PAGES = {
  measure: 'MeasurePage',
  plan: 'PlanPage',
  pack: 'PackPage',
  'whats-new': 'WhatsNewPage',
  publish: 'PublishPage',
  matrix: 'MatrixPage',
  map: 'MapPage',
} as const satisfies Partial<Record<Page['page'], string>>;

export type LazyPage = keyof typeof LAZY_PAGES;

export function isLazyPage(page: string): page is LazyPage {
  return Object.hasOwn(LAZY_PAGES, page);
}

/** A page's module as Vite's manifest names it, if the page is loaded on demand. */
export function lazyPageModule(page: string): string | undefined {
  return isLazyPage(page) ? `src/pages/${LAZY_PAGES[page]}.tsx` : undefined;
}
