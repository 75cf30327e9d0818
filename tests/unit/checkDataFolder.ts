/**
 * What the check-data tests share: copies of the minimal valid data folder, one file replaced by a
 * bad fixture, removed after each test; and the problems check-data finds there, as it prints them.
 */
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFolder } from '../../scripts/lib/checkFolder';
import { formatProblem } from '../../src/data/problem';

export const fixtures = join(import.meta.dirname, '..', 'fixtures');
const made: string[] = [];

/** A copy of the minimal valid data folder, with one file replaced by a bad fixture. */
export function folderWith(fixture?: string, target = 'drops/2025-26-Q2/values.csv'): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-data-'));
  made.push(dir);
  cpSync(join(fixtures, 'minimal'), dir, { recursive: true });
  if (fixture) copyFileSync(join(fixtures, 'bad', fixture), join(dir, target));
  return dir;
}

export async function problemsIn(dir: string): Promise<string[]> {
  return (await checkFolder(dir)).problems.map(formatProblem);
}

/** The minimal folder's one drop's figures file. */
export const V = 'drops/2025-26-Q2/values.csv';

/** Removes the folders made since the last call (each test file calls it after each test). */
export function removeFolders(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
