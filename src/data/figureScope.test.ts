import { describe, expect, it } from 'vitest';
import type { Page } from '../routes';
import { knownScope, pageScope, scopedValuesFile, scopeOfFile } from './figureScope';

describe('pageScope', () => {
  it("fetches a measure's figures for its page, all for What's new, else the overview's", () => {
    const pages: Page[] = [
      { page: 'overview' },
      { page: 'measures' },
      { page: 'plan' },
      { page: 'about' },
      { page: 'pack' },
      { page: 'publish' },
      { page: 'matrix' },
      { page: 'not-found', path: 'nowhere/' },
    ];
    for (const page of pages) expect(pageScope(page)).toEqual({ kind: 'overview' });
    expect(pageScope({ page: 'measure', id: 'dp' })).toEqual({ kind: 'measure', id: 'dp' });
    expect(pageScope({ page: 'whats-new' })).toEqual({ kind: 'all' });
  });
});

describe('knownScope', () => {
  it("falls back to the overview's figures for a measure not catalogued, keeps any other", () => {
    const metrics = [{ id: 'dp' }];
    expect(knownScope({ kind: 'measure', id: 'dp' }, metrics)).toEqual({
      kind: 'measure',
      id: 'dp',
    });
    expect(knownScope({ kind: 'measure', id: 'gone' }, metrics)).toEqual({ kind: 'overview' });
    expect(knownScope({ kind: 'all' }, [])).toEqual({ kind: 'all' });
    expect(knownScope({ kind: 'overview' }, [])).toEqual({ kind: 'overview' });
  });
});

describe('scopedValuesFile and scopeOfFile', () => {
  it("name each scope's file in a drop, and read the name back", () => {
    const cases = [
      [{ kind: 'overview' }, 'derived/2025-26-Q2/overview.csv'],
      [{ kind: 'measure', id: 'ascof-1c' }, 'derived/2025-26-Q2/measure/ascof-1c.csv'],
      [{ kind: 'all' }, 'drops/2025-26-Q2/values.csv'],
    ] as const;
    for (const [scope, file] of cases) {
      expect(scopedValuesFile('2025-26-Q2', scope)).toBe(file);
      expect(scopeOfFile(file)).toEqual({ drop: '2025-26-Q2', scope });
    }
  });

  it('names no scope for any other data file', () => {
    for (const file of [
      'metrics.csv',
      'drops/2025-26-Q2/commentary.csv',
      'drops/2025-26-Q2/values.csv/more',
      'derived/2025-26-Q2/measure/.csv',
      'derived/2025-26-Q2/measure/dp.json',
      'derived/2025-26-Q2/measure/dp.csv/more',
      'derived/2025-26-Q2/summary.csv',
      'derived//overview.csv',
    ])
      expect(scopeOfFile(file)).toBeUndefined();
  });
});
