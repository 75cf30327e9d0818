import type { MeasureTable } from './measureTable';

/**
 * The chart's data as a table: the same figures in words and numbers, for anyone who cannot see the
 * chart.
 */
export function DataTable({ table, caption }: { table: MeasureTable; caption: string }) {
  const numeric = table.columns.map((_, j) =>
    table.rows.some((r) => typeof r[j]?.raw === 'number'),
  );
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="table data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c, j) => (
              <th key={c} scope="col" className={numeric[j] ? 'numeric' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell.text}
                  </th>
                ) : (
                  <td key={j} className={numeric[j] ? 'numeric' : undefined}>
                    {cell.text}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
