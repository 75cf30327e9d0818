import type { Area, Metric } from '../data/types';
import { formatPeriod, formatValue, ordinal } from '../format';
import { rankedView } from '../app/rankedView';
import type { Figure } from '../stats/figures';
import type { GroupSummary } from '../stats/rank';
import { ColumnHeads } from './ColumnHeads';

interface Props {
  metric: Metric;
  figures: Figure[];
  authority: string;
  areas: Map<string, Area>;
  groupName: string;
  group: GroupSummary | undefined;
}

/**
 * The latest period across the comparator group, best first, as a table with a bar for each value.
 */
export function RankedComparison({ metric, figures, authority, areas, groupName, group }: Props) {
  const view = rankedView(metric, figures, authority, areas);
  if (view.kind === 'too-few')
    return <p>There are not enough comparable figures for this period to rank councils.</p>;
  const { authorityName, missing } = view;
  return (
    <div className="ranked">
      <table className="table ranked-table">
        <caption>
          {groupName} and {authorityName}, {formatPeriod(view.period)}, {view.order}
        </caption>
        <ColumnHeads headings={['Rank', 'Council', { label: 'Value', numeric: true }]}>
          <th scope="col" aria-hidden="true" className="bar-col" />
        </ColumnHeads>
        <tbody>
          {view.rows.map((r) => (
            <tr key={r.area} className={r.mine ? 'highlight' : undefined}>
              <td>{ordinal(r.rank)}</td>
              <th scope="row">
                {r.name}
                {r.mine && <span className="visually-hidden"> (this council)</span>}
              </th>
              <td className="numeric">{formatValue(r.value, metric)}</td>
              <td aria-hidden="true" className="bar-col">
                <svg className="bars" viewBox="0 0 100 10" preserveAspectRatio="none">
                  <rect className={r.mine ? 'bar bar-mine' : 'bar'} width={r.bar} height="10" />
                </svg>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {group && (
        <p>
          {groupName} (not counting {authorityName}): median {formatValue(group.median, metric)};
          middle half from {formatValue(group.lowerQuartile, metric)} to{' '}
          {formatValue(group.upperQuartile, metric)}.
        </p>
      )}
      {missing.length > 0 && (
        <p className="hint">No figure for {missing.join(', ')} (suppressed).</p>
      )}
    </div>
  );
}
