/** A temp data folder and the sheets of tests/fixtures/wide/, for the import-wide tests. */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { importWideSheet, type ImportWideOptions } from '../../scripts/lib/importWideSheet';
import { createDrop } from '../../scripts/lib/scaffoldDrop';

export const root = join(import.meta.dirname, '..', '..');
export const fixtures = join(root, 'tests', 'fixtures');
export const W = join(fixtures, 'wide');
export const MAP = join(W, 'measure-map.csv');
export const DROP = '2025-26-Q3';
export const HEADER =
  'metric,area,period,value,source,numerator,denominator,lower,upper,status,note,source_ref,section\n';
const made: string[] = [];

/** Removes the folders the test made: call it from afterEach. */
export function removeMade(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-wide-'));
  made.push(dir);
  return dir;
}

/**
 * A temp copy of the minimal valid data folder, with the drop 2025-26-Q3 started unless told
 * otherwise.
 */
export function folder(start = true): string {
  const dir = temp();
  cpSync(join(fixtures, 'minimal'), dir, { recursive: true });
  if (start) expect(createDrop(dir, DROP, '2026-02-10').ok).toBe(true);
  return dir;
}

export function importInto(dir: string, sheet: string, options: Partial<ImportWideOptions> = {}) {
  return importWideSheet({
    wide: join(W, sheet),
    dataDir: dir,
    map: MAP,
    drop: DROP,
    source: 'test-source',
    area: undefined,
    ...options,
  });
}

export const valuesOf = (dir: string, drop = DROP) =>
  readFileSync(join(dir, 'drops', drop, 'values.csv'), 'utf8');
export const ref = (line: number, column: string) =>
  `"quarterly-sheet.csv, line ${line}, column ""${column}"""`;
