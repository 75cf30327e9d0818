import { numberProblem } from '../data/cells';
import { isSuppressionMark } from '../data/marks';
import type { Unit } from '../data/types';

/** What one cell under a period heading holds. */
export type SheetCell =
  | { kind: 'empty' }
  | { kind: 'figure'; value: string }
  | { kind: 'suppressed' }
  /** Words, not a figure ("N/A", "Survey results due May 2023"): left out and listed. */
  | { kind: 'words' }
  | { kind: 'problem'; message: string; fix: string };

/** Marks for "no figure" or "not yet": words, left out like any other words. */
const NO_FIGURE = new Set(['n/a', 'na', 'n.a.', 'tbc', 'tba', 'nk', 'n/k']);
const PLAIN = /^-?\d+(\.\d+)?$/;
const THOUSANDS = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^(-?\d+(\.\d+)?)\s*%$/;
const ROUNDED = /^(\d+(\.\d+)?)\s*([km])$/i;

/**
 * Reads a cell the way an officer wrote it: `52.1%` for a percentage, `1,350` with a thousands
 * separator, a suppression mark, or words. A figure that looks typed wrong is a problem; words are
 * never read as a figure.
 */
export function readSheetCell(text: string, unit: Unit, measure: string): SheetCell {
  const t = text.trim();
  if (t === '') return { kind: 'empty' };
  // A withheld figure (src/data/marks.ts) becomes a row with an empty value and status
  // "suppressed".
  if (isSuppressionMark(t)) return { kind: 'suppressed' };
  if (PLAIN.test(t)) return { kind: 'figure', value: t };
  if (THOUSANDS.test(t)) return { kind: 'figure', value: t.replaceAll(',', '') };
  const percent = PERCENT.exec(t);
  if (percent)
    return unit === 'percent'
      ? { kind: 'figure', value: percent[1] ?? '' }
      : {
          kind: 'problem',
          message: `"${t}" is a percentage but "${measure}" is measured as ${unit}`,
          fix: 'check the row is the right measure, or write the figure without the % sign',
        };
  const rounded = ROUNDED.exec(t);
  if (rounded) {
    const factor = (rounded[3] ?? '').toLowerCase() === 'k' ? 1000 : 1000000;
    const full = Number((Number(rounded[1]) * factor).toPrecision(12));
    return {
      kind: 'problem',
      message: `"${t}" is rounded to ${factor === 1000 ? 'thousands' : 'millions'}`,
      fix:
        `write the figure in full (${full} if that is all that was published), or leave the ` +
        'cell blank',
    };
  }
  if (NO_FIGURE.has(t.toLowerCase()) || /[a-z]{2,}/i.test(t)) return { kind: 'words' };
  if (/^-?\d+,\d{1,2}$/.test(t))
    return {
      kind: 'problem',
      message: `"${t}" has a decimal comma`,
      fix: `write it with a full stop: ${t.replace(',', '.')}`,
    };
  const p = numberProblem(t);
  return p ? { kind: 'problem', message: p.message, fix: p.fix } : { kind: 'figure', value: t };
}
