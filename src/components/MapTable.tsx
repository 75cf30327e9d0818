import type { MapRow } from '../app/mapView';
import { ordinal } from '../format';

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
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Council</th>
            <th scope="col" className="numeric">
              Value
            </th>
            <th scope="col">Class</th>
            <th scope="col">In the comparison</th>
          </tr>
        </thead>
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
