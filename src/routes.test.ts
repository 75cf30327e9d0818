import { describe, expect, it } from 'vitest';
import { allRoutes, parseRoute, routePath, type Route } from './routes';

describe('routes', () => {
  it('reads every page of the site and of a snapshot', () => {
    expect(parseRoute('')).toEqual({ drop: undefined, view: { page: 'overview' } });
    expect(parseRoute('plan/')).toEqual({ drop: undefined, view: { page: 'plan' } });
    expect(parseRoute('measure/waiting-count/')).toEqual({
      drop: undefined,
      view: { page: 'measure', id: 'waiting-count' },
    });
    expect(parseRoute('measure/waiting-count/map/')).toEqual({
      drop: undefined,
      view: { page: 'map', id: 'waiting-count' },
    });
    expect(parseRoute('drop/2025-26-Q2/whats-new/')).toEqual({
      drop: '2025-26-Q2',
      view: { page: 'whats-new' },
    });
  });

  it('sends an address it does not know to the not-found page', () => {
    expect(parseRoute('measure/')).toEqual({
      drop: undefined,
      view: { page: 'not-found', path: 'measure/' },
    });
    expect(parseRoute('plan/extra/').view).toEqual({ page: 'not-found', path: 'plan/extra/' });
    // Maps are of the latest figures only: a snapshot has none.
    expect(parseRoute('drop/2025-26-Q2/measure/waiting-count/map/').view).toEqual({
      page: 'not-found',
      path: 'drop/2025-26-Q2/measure/waiting-count/map/',
    });
  });

  it('sends a malformed %-escape to the not-found page instead of throwing', () => {
    expect(parseRoute('measure/%E0%A4%A/')).toEqual({
      drop: undefined,
      view: { page: 'not-found', path: 'measure/%E0%A4%A/' },
    });
    expect(parseRoute('drop/%zz/plan/')).toEqual({
      drop: undefined,
      view: { page: 'not-found', path: 'drop/%zz/plan/' },
    });
  });

  it('writes each route as a path that reads back as the same route', () => {
    const routes = allRoutes(['waiting-count', 'a b'], ['2025-26-Q2'], ['a b']);
    // Seven pages (with the matrix and every measure) and two measures, for the latest site and
    // again for the one drop (2 × 9), one map (latest only) and the officers' publish page once.
    expect(routes).toHaveLength(20);
    for (const route of routes) expect(parseRoute(routePath(route))).toEqual(route);
    const spaced: Route = { drop: undefined, view: { page: 'measure', id: 'a b' } };
    expect(routePath(spaced)).toBe('measure/a%20b/');
    expect(routePath({ drop: undefined, view: { page: 'map', id: 'a b' } })).toBe(
      'measure/a%20b/map/',
    );
  });
});
