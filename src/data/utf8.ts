import type { Problem } from './problem';

/**
 * The line of the first byte that is not UTF-8, so the officer can find it; 0 when every byte is.
 */
export function badUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 10) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 0;
}

/**
 * A file's bytes as text, with a problem naming the first line that is not UTF-8: the same check on
 * a folder on disk (check-data) and on a file an officer drops into the Publish page.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string; problems: Problem[] } {
  // Almost every file is UTF-8: decode it once, and look for the bad line only when that fails.
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), problems: [] };
  } catch {
    // Not UTF-8: find the line below, and read the text with replacement characters.
  }
  const bad = badUtf8Line(bytes);
  const problems: Problem[] =
    bad > 0
      ? [
          {
            file,
            line: bad,
            column: '',
            message:
              'the file is not UTF-8 text (perhaps saved as "CSV" rather than "CSV UTF-8", ' +
              "or in another program's encoding)",
            fix: 'in Excel use File > Save As > "CSV UTF-8 (comma delimited)"',
          },
        ]
      : [];
  return { text: new TextDecoder('utf-8').decode(bytes), problems };
}
