/**
 * Every page of the site and its address. The app's router and the build's static pages both use
 * this.
 */
export type Page =
  | { page: 'overview' }
  /** The overview listing every measure by CQC theme, not only the Commission's. */
  | { page: 'measures' }
  | { page: 'measure'; id: string }
  | { page: 'plan' }
  | { page: 'whats-new' }
  | { page: 'about' }
  | { page: 'pack' }
  /** For officers: check, preview and hand over a new drop. Not in the public navigation. */
  | { page: 'publish' }
  | { page: 'matrix' }
  /**
   * A measure's latest figures for every English council on a map (latest site only, not
   * snapshots).
   */
  | { page: 'map'; id: string }
  | { page: 'not-found'; path: string };

export interface Route {
  /**
   * A drop id for a snapshot of the site as it was when that drop was published; undefined for the
   * latest.
   */
  drop: string | undefined;
  view: Page;
}

/**
 * The path of a route under the site's base, always ending in a slash so a static host finds its
 * index.html.
 */
export function routePath(route: Route): string {
  const prefix = route.drop ? `drop/${route.drop}/` : '';
  const v = route.view;
  switch (v.page) {
    case 'overview':
      return prefix;
    case 'measure':
      return `${prefix}measure/${encodeURIComponent(v.id)}/`;
    case 'map':
      return `${prefix}measure/${encodeURIComponent(v.id)}/map/`;
    case 'measures':
    case 'plan':
    case 'whats-new':
    case 'about':
    case 'pack':
    case 'publish':
    case 'matrix':
      return `${prefix}${v.page}/`;
    case 'not-found':
      return v.path;
  }
}

/**
 * A path segment with its %-escapes decoded; undefined for a malformed escape such as `%E0%A4%A`.
 */
function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Reads a path (without the base) back into a route; an address it cannot read is not found. */
export function parseRoute(path: string): Route {
  const notFound: Route = { drop: undefined, view: { page: 'not-found', path } };
  let parts = path.split('/').filter((p) => p !== '');
  let drop: string | undefined;
  if (parts[0] === 'drop' && parts[1]) {
    drop = decode(parts[1]);
    if (drop === undefined) return notFound;
    parts = parts.slice(2);
  }
  const [first, second, ...rest] = parts;
  if (first === undefined) return { drop, view: { page: 'overview' } };
  if (first === 'measure' && second && rest.length === 0) {
    const id = decode(second);
    return id === undefined ? notFound : { drop, view: { page: 'measure', id } };
  }
  if (first === 'measure' && second && rest.length === 1 && rest[0] === 'map' && !drop) {
    const id = decode(second);
    return id === undefined ? notFound : { drop, view: { page: 'map', id } };
  }
  if (
    (first === 'measures' ||
      first === 'plan' ||
      first === 'whats-new' ||
      first === 'about' ||
      first === 'pack' ||
      first === 'matrix') &&
    second === undefined
  )
    return { drop, view: { page: first } };
  if (first === 'publish' && second === undefined && drop === undefined)
    return { drop, view: { page: first } };
  return { drop, view: { page: 'not-found', path } };
}

/**
 * Every static page the build writes, for a site with these measures and drops, and a map page for
 * each of the `mapped` measures (those with other councils' figures) on the latest site.
 */
export function allRoutes(measures: string[], drops: string[], mapped: string[] = []): Route[] {
  const views: Page[] = [
    { page: 'overview' },
    { page: 'measures' },
    { page: 'plan' },
    { page: 'whats-new' },
    { page: 'about' },
    { page: 'pack' },
    { page: 'matrix' },
    ...measures.map((id): Page => ({ page: 'measure', id })),
  ];
  const publish: Route = { drop: undefined, view: { page: 'publish' } };
  return [
    ...[undefined, ...drops].flatMap((drop) => views.map((view) => ({ drop, view }))),
    ...mapped.map((id): Route => ({ drop: undefined, view: { page: 'map', id } })),
    publish,
  ];
}
