/** One thing wrong with a data file, in words an officer can act on. */
export interface Problem {
  file: string;
  /** 1-based line in the file; 0 when the problem is with the file as a whole. */
  line: number;
  column: string;
  message: string;
  fix: string;
}

/** A problem with a file as a whole (line 0, no column). */
export function fileProblem(file: string, message: string, fix: string): Problem {
  return { file, line: 0, column: '', message, fix };
}

/** `path:line: column: what is wrong — how to fix it` */
export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}` : p.file;
  const column = p.column ? ` ${p.column}:` : '';
  return `${where}:${column} ${p.message} — ${p.fix}`;
}

/** Sorts by file, then line, so an officer can work down the list. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column.localeCompare(b.column),
  );
}
