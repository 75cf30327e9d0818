/**
 * The marks published and exported tables write in place of a figure: the one list the publish
 * check, the wide-sheet importer and the drop instructions use.
 */

/**
 * Marks for a withheld (suppressed) figure. The wide-sheet importer turns each into a row with an
 * empty value and status "suppressed"; in values.csv they are refused in favour of the status.
 */
export const SUPPRESSION_MARKS = [
  '*',
  '**',
  '[c]',
  '[x]',
  'c',
  'x',
  '..',
  ':',
  '-',
  '–',
  'supp',
  'suppressed',
] as const;

/**
 * Marks for "no figure" or "not applicable" rather than a withheld one. In a sheet they mean a
 * blank cell, not a suppressed figure; in values.csv they are refused like the marks above.
 */
export const NOT_AVAILABLE_MARKS = ['[z]', '[u]', '.', 'n/a', 'na', 'null', 'none'] as const;

const SUPPRESSED = new Set<string>(SUPPRESSION_MARKS);
const ANY_MARK = new Set<string>([...SUPPRESSION_MARKS, ...NOT_AVAILABLE_MARKS]);

/** True for a mark of a withheld figure (case ignored). */
export function isSuppressionMark(text: string): boolean {
  return SUPPRESSED.has(text.toLowerCase());
}

/** True for any mark that stands in place of a figure (case ignored). */
export function isMark(text: string): boolean {
  return ANY_MARK.has(text.toLowerCase());
}
