import type { Site } from './types.ts';

/**
 * The councils, regions and country the overview compares: the authority, its benchmarks and every
 * group's members.
 */
export function overviewAreas(site: Site): Set<string> {
  return new Set([
    site.authority.code,
    ...site.benchmarks.map((b) => b.code),
    ...site.groups.flatMap((g) => g.members),
  ]);
}
