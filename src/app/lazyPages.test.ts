import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAZY_PAGES, lazyPageModule } from './lazyPages';

describe('LAZY_PAGES', () => {
  it('lists exactly the page modules App.tsx imports on demand, each a file that exists', () => {
    const app = readFileSync('src/App.tsx', 'utf8');
    const imported = [...app.matchAll(/import\('\.\/pages\/(\w+)'\)/g)].map((m) => m[1]);
    expect(imported.sort()).toEqual(Object.values(LAZY_PAGES).sort());
    for (const page of Object.keys(LAZY_PAGES))
      expect(existsSync(lazyPageModule(page) ?? '')).toBe(true);
  });

  it('names the module Vite keys its manifest by, and none for a page in the main script', () => {
    expect(lazyPageModule('measure')).toBe('src/pages/MeasurePage.tsx');
    expect(lazyPageModule('whats-new')).toBe('src/pages/WhatsNewPage.tsx');
    expect(lazyPageModule('overview')).toBeUndefined();
    expect(lazyPageModule('toString')).toBeUndefined();
  });
});
