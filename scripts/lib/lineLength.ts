/**
 * The line-length rule of the house style: no line of code over 100 characters, except a line that
 * cannot be wrapped because it holds a string or URL with no space to break at.
 */
export const LINE_LIMIT = 100;

/** The code files the rule covers, by name: data and prose (CSV, Markdown, JSON) are not code. */
export const isCodeFile = (path: string): boolean =>
  /\.(ts|tsx|mts|js|mjs|cjs|css|html)$/.test(path) || path.startsWith('.ci/');

export interface LongLine {
  line: number;
  length: number;
  /** True when the line cannot wrap: counted, never refused. */
  excepted: boolean;
  message: string;
}

/** Characters as a reader counts them (code points, so `—` or `×` is one). */
const lengthOf = (text: string): number => [...text].length;

/**
 * A line cannot wrap when its indentation plus one space-free run of characters (a word) already
 * passes the limit, and that word is a string literal or URL: it holds a quote, a backtick or
 * `://`.
 * Anything else over the limit can be broken at a space, so it is refused.
 */
export function cannotWrap(text: string): boolean {
  const indent = lengthOf(text) - lengthOf(text.trimStart());
  return text
    .trim()
    .split(/\s+/)
    .some((word) => indent + lengthOf(word) > LINE_LIMIT && /['"`]|:\/\//.test(word));
}

const COMMENT = /^(\/\/|\/\*|\*|#|<!--)/;

/** Every line of `text` over the limit, each with the message the check prints. */
export function longLines(text: string): LongLine[] {
  const found: LongLine[] = [];
  text.split('\n').forEach((raw, index) => {
    const text = raw.replace(/\r$/, '');
    const length = lengthOf(text);
    if (length <= LINE_LIMIT) return;
    const excepted = cannotWrap(text);
    const fix = excepted
      ? 'a string or URL with no space to break at: counted, not refused'
      : COMMENT.test(text.trimStart())
        ? 'wrap the comment onto the next line'
        : 'split the string into shorter pieces (joined with + or [...].join) or break the ' +
          'code over lines';
    found.push({
      line: index + 1,
      length,
      excepted,
      message: `line is ${length} characters (limit ${LINE_LIMIT}) — ${fix}`,
    });
  });
  return found;
}
