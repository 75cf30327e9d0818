import type { SheetResult } from '../../src/wide/sheetToLong';

/**
 * Prints what the importer read and what it left out, so the officer can look it over: the columns
 * of words, the rows the map leaves out, the cells of words under a period, and each row's measure.
 */
export function printReport(report: Omit<SheetResult, 'rows' | 'problems'>, file: string): void {
  if (report.identified.length > 0) {
    console.log('Rows read:');
    for (const r of report.identified)
      console.log(`  ${file}:${r.line}: "${r.name}" → ${r.metric} (${r.via})`);
  }
  if (report.ignoredColumns.length > 0)
    console.log(`Columns left out (words, not periods): ${report.ignoredColumns.join(', ')}`);
  if (report.skipped.length > 0) {
    console.log('Rows left out (skip in the map):');
    for (const r of report.skipped) console.log(`  ${file}:${r.line}: "${r.name}"`);
  }
  if (report.leftOut.length > 0) {
    console.log('Cells left out (words, not figures):');
    for (const c of report.leftOut) console.log(`  ${file}:${c.line}: ${c.column}: "${c.text}"`);
  }
}
