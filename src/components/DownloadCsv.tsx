import { toCsv } from '../data/csvExport';
import type { MeasureTable } from '../a11y/measureTable';

/** Downloads exactly the table shown, as CSV that is safe to open in a spreadsheet. */
export function DownloadCsv({
  table,
  filename,
  label,
}: {
  table: MeasureTable;
  filename: string;
  label: string;
}) {
  const download = () => {
    const csv = toCsv(
      table.columns,
      table.rows.map((r) => r.map((c) => c.raw)),
    );
    const url = URL.createObjectURL(new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button type="button" className="button secondary" onClick={download}>
      {label}
    </button>
  );
}
