import type { SheetResult } from './sheetToLong';

/** What an import read and left out; shared by import-wide's report and the Publish page. */
export type SheetReport = Omit<SheetResult, 'rows' | 'problems'>;

/**
 * What the importer read and what it left out, as lines for the officer to look over: each row's
 * measure, the columns of words, the rows the map leaves out, and the cells of words under a
 * period.
 */
export function reportLines(report: SheetReport, file: string): string[] {
  const lines: string[] = [];
  if (report.identified.length > 0) {
    lines.push('Rows read:');
    for (const r of report.identified)
      lines.push(`  ${file}:${r.line}: "${r.name}" → ${r.metric} (${r.via})`);
  }
  if (report.ignoredColumns.length > 0)
    lines.push(`Columns left out (words, not periods): ${report.ignoredColumns.join(', ')}`);
  if (report.skipped.length > 0) {
    lines.push('Rows left out (skip in the map):');
    for (const r of report.skipped) lines.push(`  ${file}:${r.line}: "${r.name}"`);
  }
  if (report.leftOut.length > 0) {
    lines.push('Cells left out (words, not figures):');
    for (const c of report.leftOut) lines.push(`  ${file}:${c.line}: ${c.column}: "${c.text}"`);
  }
  return lines;
}
