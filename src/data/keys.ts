/**
 * The key of one figure: a measure, an area and a period. Two rows with the same key in one drop
 * repeat each other; in a later drop the same key is a revision.
 */
export function figureKey(metric: string, area: string, period: string): string {
  return `${metric}|${area}|${period}`;
}
