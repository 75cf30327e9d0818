import type { Drop } from '../data/types';

/** The day statuses are judged on: today for the latest view, the drop's publication day for a snapshot. */
export function judgedOn(drops: Drop[], snapshot: string | undefined): string {
  if (snapshot)
    return drops.find((d) => d.id === snapshot)?.published ?? new Date().toISOString().slice(0, 10);
  return new Date().toISOString().slice(0, 10);
}
