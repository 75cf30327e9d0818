/**
 * The optional files of a data folder (targets, events, outcomes, questions, a drop's commentary):
 * a folder may leave them out, and the site is given each as its header row alone. The build and
 * the development server (vite.config.ts) publish them the same way.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES } from '../../src/data/dataset.ts';
import { headerRow } from '../../src/data/tables.ts';

/** The header row of an optional file, for publishing it empty. */
const OPTIONAL: Record<string, string[]> = {
  [DATA_FILES.targets]: headerRow('targets'),
  [DATA_FILES.events]: headerRow('events'),
  [DATA_FILES.outcomes]: headerRow('outcomes'),
  [DATA_FILES.questions]: headerRow('questions'),
};
export function optionalHeader(file: string): string {
  const columns = file.endsWith('/commentary.csv') ? headerRow('commentary') : OPTIONAL[file];
  if (!columns) throw new Error(`${file} is missing from the data folder`);
  return columns.join(',');
}

/**
 * For the development server, which serves the data folder as it is: an optional file the folder
 * lacks, as the build publishes it (its header row); undefined for any other file.
 */
export function emptyOptionalFile(dataDir: string, path: string): string | undefined {
  const optional = path in OPTIONAL || /^drops\/[^/]+\/commentary\.csv$/.test(path);
  if (!optional || existsSync(join(dataDir, path))) return undefined;
  return `${optionalHeader(path)}\n`;
}
