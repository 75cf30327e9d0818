import { toCsv } from '../data/csvExport';
import { saveBlob } from './saveBlob';

/** A table as the download needs it: headings, and each cell's plain value. */
interface TableLike {
  columns: string[];
  rows: { raw: string | number | undefined }[][];
}

type Props = { filename: string; label: string } & (
  | { table: TableLike }
  /** A CSV document made when the button is pressed, already safe to open in a spreadsheet. */
  | { text: () => string }
);

/** Downloads exactly the table shown, as CSV that is safe to open in a spreadsheet. */
export function DownloadCsv(props: Props) {
  const { filename, label } = props;
  const download = () => {
    const csv =
      'text' in props
        ? props.text()
        : toCsv(
            props.table.columns,
            props.table.rows.map((r) => r.map((c) => c.raw)),
          );
    saveBlob(new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' }), filename);
  };
  return (
    <>
      <button type="button" className="button secondary" onClick={download}>
        {label}
      </button>
      <noscript>
        <p className="hint">
          Downloading needs JavaScript, which is off in this browser; the published data files are
          listed on the About page.
        </p>
      </noscript>
    </>
  );
}
