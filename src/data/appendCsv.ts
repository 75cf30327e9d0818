import Papa from 'papaparse';

/**
 * A CSV file's text with records added below what is already there, in the order of its own header
 * and with its own line endings (Papa Parse reads a file by the line ending it finds first, so a
 * mixed file would not read back). A missing or empty file starts with `header`. Cells a record
 * lacks, or columns the file lacks, are left out; `firstLine` is the line the first record lands
 * on.
 */
export function appendCsv(
  existing: string | undefined,
  header: readonly string[],
  records: readonly Record<string, string>[],
): { text: string; columns: string[]; firstLine: number } {
  const base =
    existing !== undefined && existing.trim() !== '' ? existing : `${header.join(',')}\n`;
  const newline = base.includes('\r\n') ? '\r\n' : '\n';
  const head = base.endsWith('\n') ? base : `${base}${newline}`;
  const first = Papa.parse<string[]>(head.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: 'greedy',
    delimiter: ',',
  });
  const columns = (first.data[0] ?? []).map((c) => c.trim());
  const data = records.map((r) => columns.map((c) => r[c] ?? ''));
  const body = data.length === 0 ? '' : `${Papa.unparse(data, { newline })}${newline}`;
  return { text: `${head}${body}`, columns, firstLine: head.split('\n').length };
}
