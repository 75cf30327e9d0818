import type { Area } from '../data/types';

/**
 * Whether a measure's figures include another council's, so a map of it says something: the build
 * writes a map page for such a measure and its measure page links to it. Its own module, so the
 * measure page does not carry the map's code.
 */
export function hasCouncilFigures(
  figures: { area: string }[],
  areas: Map<string, Area>,
  authority: string,
): boolean {
  return figures.some((f) => f.area !== authority && areas.get(f.area)?.kind === 'council');
}
