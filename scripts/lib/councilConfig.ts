/**
 * The import settings for any English council, made from the national files rather than written by
 * hand: the council, its 15 CIPFA nearest neighbours as the comparator group (or, where none is
 * published, the other councils in its region, said so), England and its region as benchmarks, and
 * the national drops (scripts/import/national/drops.json). There is no improvement plan: the
 * council adds its own outcomes.csv and targets.csv.
 */
import { readFileSync } from 'node:fs';
import type { Council, NationalAreas } from './nationalAreas';

/** The folder the importer reads a council's own figures from: the national one has none. */
export const NATIONAL_FOLDER = 'scripts/import/national';

/** "Bristol, City of" (as the national files write it) → "City of Bristol". */
export function displayName(name: string): string {
  const m = /^(.+), ((?:City|County) of)$/.exec(name);
  return m?.[1] && m[2] ? `${m[2]} ${m[1]}` : name;
}

/**
 * A URL-safe folder name for a council: "Bristol, City of" → "bristol", "St. Helens" → "st-helens".
 */
export function councilSlug(name: string): string {
  return name
    .replace(/, (?:City|County) of$/, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function comparatorGroup(council: Council, national: NationalAreas) {
  const name = displayName(council.name);
  const neighbours = national.neighbours(council.code);
  if (neighbours) {
    const former = national.areas.filter((a) => a.until && neighbours.includes(a.code));
    const note = former
      .map(
        (a) =>
          ` The model still lists ${a.name}, which has since been replaced: its figures ` +
          `end in ${a.until}.`,
      )
      .join('');
    return {
      id: 'cipfa',
      name: 'CIPFA nearest neighbours',
      version:
        `The 15 nearest neighbours of ${name} in the CIPFA Nearest Neighbours Model, as ` +
        `published on LG Inform in July 2024.${note}`,
      source: 'cipfa-nn-2024',
      members: neighbours,
    };
  }
  return {
    id: 'region',
    name: `Other ${council.region.name} councils`,
    version:
      `No CIPFA nearest neighbours are published for ${name} in the files this dashboard is ` +
      'built from, so it is compared with the other councils in its region ' +
      `(${council.region.name}, as DHSC's client-level table gives it).`,
    source: 'dhsc-cld-2025-26',
    members: national.councils
      .filter((c) => c.region.code === council.region.code && c.code !== council.code)
      .map((c) => c.code)
      .sort(),
  };
}

/** A council's site.json, keys in the order the importer writes them. */
export function councilSite(council: Council, national: NationalAreas) {
  return {
    title: 'Adult social care performance',
    authority: { code: council.code, name: displayName(council.name) },
    synthetic: false,
    groups: [comparatorGroup(council, national)],
    benchmarks: [
      { code: 'E92000001', name: 'England' },
      { code: council.region.code, name: council.region.name },
    ],
    meetings: [],
  };
}

/**
 * The import settings (as scripts/import/<council>/import.json would give them) for one council.
 */
export function councilConfig(council: Council, national: NationalAreas, out: string): unknown {
  const drops: unknown = JSON.parse(readFileSync(`${NATIONAL_FOLDER}/drops.json`, 'utf8'));
  return {
    ...(typeof drops === 'object' ? drops : {}),
    out,
    local: NATIONAL_FOLDER,
    areas: 'national',
    site: councilSite(council, national),
  };
}
