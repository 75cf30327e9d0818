import { strToU8, zipSync } from 'fflate';
import { handoverNote } from './handover';
import type { DropFile } from './scaffoldDrop';

/**
 * The new drop as a zip laid out like the data folder: its files as new-drop and import-wide would
 * write them, and a note of what it changes and how to publish it.
 */
export function zipDrop(drop: string, today: string, files: DropFile[], diff: string): Uint8Array {
  const entries = [
    ...files,
    { path: `drops/${drop}/what-changed.md`, text: handoverNote(drop, today, files, diff) },
  ];
  return zipSync(Object.fromEntries(entries.map((f) => [f.path, strToU8(f.text)])));
}
