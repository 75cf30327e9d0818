/**
 * Writes a built site's files. The plain writer writes each file; the linking writer (for the
 * national build, where 153 sites hold the same national figures and the same page) writes each
 * distinct file once and hard-links its copies, so the folder takes the room of one copy on disk. A
 * host that uploads files one by one still receives every file whole.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface SiteWriter {
  write(path: string, text: string): void;
  copy(from: string, to: string): void;
}

export const plainWriter: SiteWriter = {
  write(path, text) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  },
  copy(from, to) {
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
  },
};

export interface LinkingWriter extends SiteWriter {
  /** Files written whole, and files made as links to one of them. */
  readonly counts: { written: number; linked: number };
}

export function linkingWriter(): LinkingWriter {
  const byContent = new Map<string, string>();
  const bySource = new Map<string, string>();
  const counts = { written: 0, linked: 0 };
  /** Links `to` to an earlier file; copies instead where the file system refuses links. */
  const place = (earlier: string | undefined, to: string, make: () => void): boolean => {
    mkdirSync(dirname(to), { recursive: true });
    if (earlier) {
      try {
        linkSync(earlier, to);
        counts.linked += 1;
        return false;
      } catch {
        // Another device or a file system without hard links: fall through to a whole copy.
      }
    }
    make();
    counts.written += 1;
    return true;
  };
  return {
    counts,
    write(path, text) {
      const hash = createHash('sha256').update(text).digest('hex');
      if (place(byContent.get(hash), path, () => writeFileSync(path, text)))
        byContent.set(hash, path);
    },
    copy(from, to) {
      if (place(bySource.get(from), to, () => copyFileSync(from, to))) bySource.set(from, to);
    },
  };
}
