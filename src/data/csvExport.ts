/**
 * Text a spreadsheet would run as a formula (=, +, -, @, tab, carriage return at the start) is
 * prefixed with an apostrophe, as OWASP advises, so an opened download cannot execute anything.
 */
export function safeCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document from a header and rows of plain values. */
export function toCsv(columns: string[], rows: (string | number | undefined)[][]): string {
  return [columns, ...rows].map((r) => r.map(safeCell).join(',')).join('\r\n') + '\r\n';
}
