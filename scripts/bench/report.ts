/** Number formats and the Markdown table the benchmark prints and writes to .bench/results.md. */
import { max, median, min } from 'd3-array';

/** KB here are 1,024 bytes. */
const fixed = (n: number, digits: number): string =>
  n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
export const kb = (bytes: number): string => `${fixed(bytes / 1024, 1)} KB`;
export const mb = (bytes: number): string => `${fixed(bytes / 1024 / 1024, 2)} MB`;
export const size = (bytes: number): string => (bytes >= 1024 * 1024 ? mb(bytes) : kb(bytes));
export const ms = (n: number | undefined): string =>
  n === undefined ? '—' : `${Math.round(n).toLocaleString('en-GB')} ms`;
export const count = (n: number): string => n.toLocaleString('en-GB');

export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function spread(values: number[]): Spread | undefined {
  const m = median(values);
  const lo = min(values);
  const hi = max(values);
  return m === undefined || lo === undefined || hi === undefined
    ? undefined
    : { median: m, min: lo, max: hi, n: values.length };
}

/** "412 ms (380–450, n = 7)". */
export const spreadText = (s: Spread | undefined): string =>
  s ? `${ms(s.median)} (${Math.round(s.min)}–${Math.round(s.max)}, n = ${s.n})` : 'failed';

export type Verdict = 'within' | 'OVER' | 'no figure';
export const verdict = (value: number | undefined, budget: number): Verdict =>
  value === undefined ? 'no figure' : value <= budget ? 'within' : 'OVER';

export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(head),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}
