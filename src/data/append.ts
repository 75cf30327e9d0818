/**
 * Appends every item of `items` to `into`. `into.push(...items)` passes each item as an argument
 * and overflows the call stack at around 125,000 items; a data folder can hold millions of rows.
 */
export function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}
