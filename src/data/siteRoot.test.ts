// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { siteRoot } from './siteRoot';

function page(meta?: string): Document {
  const doc = document.implementation.createHTMLDocument('test');
  if (meta !== undefined) {
    const el = doc.createElement('meta');
    el.name = 'site-root';
    el.content = meta;
    doc.head.append(el);
  }
  return doc;
}

describe('siteRoot', () => {
  it('is the build’s base when the page names no folder of its own', () => {
    expect(siteRoot(page(), '/council/asc/')).toBe('/council/asc/');
    expect(siteRoot(undefined, '/')).toBe('/');
  });

  it('is the council’s folder a national build names in the page', () => {
    expect(siteRoot(page('/birmingham/'), '/')).toBe('/birmingham/');
    expect(siteRoot(page('/asc/isles-of-scilly/'), '/asc/')).toBe('/asc/isles-of-scilly/');
  });

  it('ignores a folder that is not a path from the root ending in a slash', () => {
    for (const bad of ['birmingham/', '/birmingham', 'https://example.org/', '//evil/', ''])
      expect(siteRoot(page(bad), '/'), bad).toBe('/');
  });
});
