/**
 * Long tasks (over 50 ms) as the bench's init script records them in the page (pageTiming.ts):
 * [start, duration] in ms from the start of navigation.
 */
import { z } from 'zod';

/** The schema of the page's list of long tasks. */
export const longTasks = z.array(z.tuple([z.number(), z.number()]));
export type LongTask = z.infer<typeof longTasks>[number];

/** The tasks that started from `from` up to `to`, ms (both ends counted). */
export function tasksWithin(tasks: LongTask[], from: number, to: number): LongTask[] {
  return tasks.filter(([start]) => start >= from && start <= to);
}

/** The longest of `tasks`, ms; 0 for none. */
export function longest(tasks: LongTask[]): number {
  return Math.max(0, ...tasks.map(([, duration]) => duration));
}
