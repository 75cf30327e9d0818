import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { councilSlug } from '../../scripts/lib/councilConfig';
import { englandMap } from '../../scripts/lib/englandMap';
import { nationalIndex } from '../../scripts/lib/nationalIndex';
import { readNationalAreas } from '../../scripts/lib/nationalAreas';

const root = join(import.meta.dirname, '..', '..');
const realData = process.env.REAL_DATA ?? join(root, '..', 'shared', 'real-data');
const national = readNationalAreas(
  realData,
  join(root, 'scripts/import/national/code-changes.csv'),
);
const map = englandMap(join(realData, 'ctyua_dec2024_uk_buc.topo.json'));
const TEMPLATE = '<main><!--councils--></main>';

describe('the national index', () => {
  it('gives every council its own folder name', () => {
    const slugs = national.councils.map((c) => councilSlug(c.name));
    expect(new Set(slugs).size).toBe(153);
    expect(slugs).toContain('isles-of-scilly');
    expect(councilSlug('Bristol, City of')).toBe('bristol');
    expect(councilSlug('Brighton and Hove')).toBe('brighton-and-hove');
  });

  it('draws every council on the map, inside the map', () => {
    expect(map.areas.map((a) => a.code).sort()).toEqual(
      national.councils.map((c) => c.code).sort(),
    );
    for (const a of map.areas) {
      const numbers = a.d.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      expect(numbers.length, a.name).toBeGreaterThan(6);
      expect(Math.min(...numbers), a.name).toBeGreaterThanOrEqual(0);
      expect(Math.max(...numbers), a.name).toBeLessThanOrEqual(Math.max(map.width, map.height));
    }
  });

  it('links each council built from the list and the map, and leaves the others unlinked', () => {
    const built = [
      { code: 'E10000016', name: 'Kent', region: 'South East', slug: 'kent' },
      { code: 'E06000023', name: 'Bristol, City of', region: 'South West', slug: 'bristol' },
    ];
    const html = nationalIndex(TEMPLATE, built, map, '/asc/');
    expect(html.match(/<li [^>]*><a href="\/asc\/kent\/">Kent<\/a>/g)).toHaveLength(1);
    expect(html.match(/<a href="\/asc\/kent\/" aria-label="Kent"/g)).toHaveLength(1);
    expect(html.match(/<a href="/g)).toHaveLength(2 * 2 + 1);
    expect(html.match(/class="map-area not-built"/g)).toHaveLength(151);
    expect(html).toContain(
      '<p id="council-count" class="council-count" role="status">2 councils</p>',
    );
  });

  it('writes names as text, never as markup', () => {
    const odd = [
      { code: 'E10000016', name: 'Kent <b>&</b>', region: 'South "East"', slug: 'kent' },
    ];
    const html = nationalIndex(TEMPLATE, odd, map, '/');
    expect(html).toContain('Kent &lt;b&gt;&amp;&lt;/b&gt;');
    expect(html).not.toContain('<b>');
    expect(html).toContain(
      'data-search="kent &lt;b&gt;&amp;&lt;/b&gt; south &quot;east&quot; e10000016"',
    );
  });
});
