import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Papa from 'papaparse';

/**
 * Reads a CSV file into records, skipping the `#` lines that name a real-data file's source and
 * licence.
 */
export function readCsvFile(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    dynamicTyping: false,
    skipEmptyLines: 'greedy',
  });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0];
    throw new Error(`${path}: row ${e?.row ?? '?'}: ${e?.message ?? 'cannot be read'}`);
  }
  return parsed.data;
}

/** Records as CSV text with the given columns, in that order; absent cells are left empty. */
export function csvText(
  columns: readonly string[],
  rows: Record<string, string | number | undefined>[],
): string {
  const data = rows.map((r) => columns.map((c) => (r[c] === undefined ? '' : String(r[c]))));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: '\n' })}\n`;
}

/** Writes records as CSV with the given columns, in that order; absent cells are left empty. */
export function writeCsvFile(
  path: string,
  columns: readonly string[],
  rows: Record<string, string | number | undefined>[],
): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, csvText(columns, rows));
}
