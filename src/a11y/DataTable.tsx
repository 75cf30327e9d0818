import type { MeasureTable } from './measureTable';
import { ColumnHeads } from '../components/ColumnHeads';
import { ScrollTable } from '../components/ScrollTable';

/**
 * The chart's data as a table: the same figures in words and numbers, for anyone who cannot see the
 * chart.
 */
export function DataTable({ table, caption }: { table: MeasureTable; caption: string }) {
  const numeric = table.columns.map((_, j) =>
    table.rows.some((r) => typeof r[j]?.raw === 'number'),
  );
  return (
    <ScrollTable label={caption} className="table data-table">
      <ColumnHeads headings={table.columns.map((c, j) => ({ label: c, numeric: numeric[j] }))} />
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
    </ScrollTable>
  );
}
