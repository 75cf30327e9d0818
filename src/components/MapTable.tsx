import type { MapRow } from '../app/mapView';
import { ordinal } from '../format';
import { ColumnHeads } from './ColumnHeads';

interface Props {
  rows: MapRow[];
  caption: string;
  groupName: string;
}

/**
 * The map as a table: every council, best first, with its figure, class and part in the comparison.
 */
export function MapTable({ rows, caption, groupName }: Props) {
  return (
    <div className="table-wrap">
      <table className="table map-table">
        <caption>{caption}</caption>
        <ColumnHeads
          headings={[
            'Rank',
            'Council',
            { label: 'Value', numeric: true },
            'Class',
            'In the comparison',
          ]}
        />
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.code}
              data-code={r.code}
              className={r.role === 'authority' ? 'highlight' : undefined}
            >
              <td>{r.rank === undefined ? '' : ordinal(r.rank)}</td>
              <th scope="row">
                {r.name}
                {!r.onMap && <span className="hint"> (not on the 2024 boundary map)</span>}
              </th>
              <td className="numeric">{r.valueText}</td>
              <td>{r.classText}</td>
              <td>
                {r.role === 'authority' ? 'this council' : r.role === 'comparator' ? groupName : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
