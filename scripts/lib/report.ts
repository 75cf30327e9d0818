import { formatProblem, type Problem } from '../../src/data/problem';

/**
 * Each problem as a line naming the file under `dir` as the officer typed it (the folder itself for
 * '').
 */
export function problemLines(dir: string, problems: readonly Problem[]): string[] {
  const folder = dir.replace(/\/+$/, '') || dir;
  return problems.map((p) =>
    formatProblem({ ...p, file: p.file ? `${folder}/${p.file}` : folder }),
  );
}

/** "1 problem" or "12,345 problems". */
export function countOf(n: number, what = 'problem'): string {
  return `${n.toLocaleString('en-GB')} ${what}${n === 1 ? '' : 's'}`;
}

/**
 * Writes text to a stream and resolves once it is handed to the system, so that nothing is lost
 * when output goes through a pipe (a CI log, `| less`): scripts set process.exitCode and end
 * normally rather than calling process.exit straight after writing.
 */
export function writeOut(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((done, fail) => {
    stream.write(text, (error) => (error ? fail(error) : done()));
  });
}

/**
 * Writes lines in chunks, so a report of a million lines needs neither one huge string nor a write
 * each.
 */
export async function writeLines(
  stream: NodeJS.WriteStream,
  lines: readonly string[],
): Promise<void> {
  const CHUNK = 10_000;
  for (let i = 0; i < lines.length; i += CHUNK)
    await writeOut(stream, `${lines.slice(i, i + CHUNK).join('\n')}\n`);
}
