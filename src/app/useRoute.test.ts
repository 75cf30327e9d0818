import { afterEach, describe, expect, it } from 'vitest';
import { renderSiteAt } from '../data/siteRoot';
import { measureHref } from './useRoute';

describe('measureHref', () => {
  afterEach(() => renderSiteAt('/'));
  it("links a measure's page below the council's folder, as of a drop, with the query kept", () => {
    renderSiteAt('/asc/E06000016/');
    expect(measureHref(undefined, 'ascof-1c')).toBe('/asc/E06000016/measure/ascof-1c/');
    expect(measureHref('2026-27-Q1', 'ascof-1c', new URLSearchParams('group=commission'))).toBe(
      '/asc/E06000016/drop/2026-27-Q1/measure/ascof-1c/?group=commission',
    );
  });
});
