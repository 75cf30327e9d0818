import { spawnSync } from 'node:child_process';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of each page of a PDF, whitespace squashed (poppler's pdftotext, in reading order). */
export function pdfPageTexts(file: string): string[] {
  const run = spawnSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftotext failed on ${file}: ${run.stderr}`);
  return run.stdout.split('\f').map(squash);
}

/**
 * The 1-based page on which each heading first appears, searching forward from the previous one's
 * page (several short sections may share a page) and passing over the pages in `skip` (the
 * contents, which names every heading).
 */
export function startPages(file: string, headings: string[], skip: number[] = []): number[] {
  // Compared without any spaces: a heading may wrap, and "2023-24" may break after its hyphen.
  const bare = (text: string) => text.replace(/\s+/g, '');
  const pages = pdfPageTexts(file).map(bare);
  let from = 0;
  return headings.map((h) => {
    const found = pages.findIndex(
      (text, i) => i >= from && !skip.includes(i + 1) && text.includes(bare(h)),
    );
    if (found < 0) throw new Error(`"${h}" is not in ${file}`);
    from = found;
    return found + 1;
  });
}

/** The 1-based page holding the contents: the word "Contents" followed by its first entry. */
export function contentsPage(file: string, firstEntry: string): number {
  const bare = (text: string) => text.replace(/\s+/g, '');
  return pdfPageTexts(file).findIndex((t) => bare(t).includes(bare(`Contents ${firstEntry}`))) + 1;
}
