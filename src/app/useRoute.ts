import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { siteRoot } from '../data/siteRoot';
import { parseRoute, routePath, type Route } from '../routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const snapshot = () => `${window.location.pathname}${window.location.search}`;

/**
 * The address a page is pre-rendered at, in the build. In the browser the page is first taken over
 * at its path alone, as the build saw it, and then follows the whole address (its query included).
 */
export const ServerLocation = createContext<string | undefined>(undefined);

/** The path below the site's base, so the site works from any sub-folder. */
export function pathBelowBase(pathname: string): string {
  // The council's site root: the build's base, or its own folder in a national build.
  const base = siteRoot();
  return pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
}

/** Navigates within the site without a reload, keeping back and forward working. */
export function navigate(href: string, replace = false): void {
  if (replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** The current route and query, from the address bar. */
export function useRoute(): {
  route: Route;
  params: URLSearchParams;
  setParams: (next: URLSearchParams, push?: boolean) => void;
} {
  const server = useContext(ServerLocation);
  const location = useSyncExternalStore(subscribe, snapshot, () =>
    server === undefined ? window.location.pathname : server,
  );
  const [pathname = '', search = ''] = location.split('?');
  // A new history entry when asked (a comparator change, which Back should undo); otherwise the
  // entry is replaced, so typing a search does not leave one entry per key.
  const setParams = useCallback((next: URLSearchParams, push = false) => {
    const query = next.toString();
    navigate(`${window.location.pathname}${query ? `?${query}` : ''}`, !push);
  }, []);
  return {
    route: parseRoute(pathBelowBase(pathname)),
    params: new URLSearchParams(search),
    setParams,
  };
}

/** A full href for a path below the base. */
export function href(path: string, params?: URLSearchParams): string {
  const query = params?.toString();
  return `${siteRoot()}${path}${query ? `?${query}` : ''}`;
}

/** The href of a measure's page, as of a drop (undefined: the latest). */
export function measureHref(drop: string | undefined, id: string, params?: URLSearchParams) {
  return href(routePath({ drop, view: { page: 'measure', id } }), params);
}
