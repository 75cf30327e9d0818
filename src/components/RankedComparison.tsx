import { ascending, descending, max } from 'd3-array';
import type { Area, Metric } from '../data/types';
import { formatPeriod, formatValue, ordinal } from '../format';
import type { Figure } from '../stats/figures';
import type { GroupSummary } from '../stats/rank';

interface Props {
  metric: Metric;
  figures: Figure[];
  authority: string;
  areas: Map<string, Area>;
  groupName: string;
  group: GroupSummary | undefined;
}

/** The latest period across the comparator group, best first, as a table whose bars are drawn in CSS. */
export function RankedComparison({ metric, figures, authority, areas, groupName, group }: Props) {
  const valued = figures.filter((f): f is Figure & { value: number } => f.value !== undefined);
  const period = valued[0]?.period;
  if (!period || valued.length < 2)
    return <p>There are not enough comparable figures for this period to rank councils.</p>;
  const order = metric.polarity === 'lower' ? ascending : descending;
  const sorted = [...valued].sort((a, b) => order(a.value, b.value));
  const top = max(valued, (f) => Math.abs(f.value)) ?? 1;
  const share = (v: number) => Math.max(0, (Math.abs(v) / (top || 1)) * 100).toFixed(1);
  const missing = figures.filter((f) => f.value === undefined);
  // Competition ranking: equal values share the better rank ("1, 2, 2, 4").
  const ranks = sorted.reduce<number[]>(
    (acc, f, i) => [
      ...acc,
      i > 0 && f.value === sorted[i - 1]?.value ? (acc[i - 1] ?? i + 1) : i + 1,
    ],
    [],
  );
  return (
    <div className="ranked">
      <table className="table ranked-table">
        <caption>
          {groupName} and {areas.get(authority)?.name ?? authority}, {formatPeriod(period)},{' '}
          {metric.polarity === 'none' ? 'highest first' : 'best first'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Council</th>
            <th scope="col" className="numeric">
              Value
            </th>
            <th scope="col" aria-hidden="true" className="bar-col" />
          </tr>
        </thead>
        <tbody>
          {sorted.map((f, i) => {
            const mine = f.area === authority;
            return (
              <tr key={f.area} className={mine ? 'highlight' : undefined}>
                <td>{ordinal(ranks[i] ?? i + 1)}</td>
                <th scope="row">
                  {areas.get(f.area)?.name ?? f.area}
                  {mine && <span className="visually-hidden"> (this council)</span>}
                </th>
                <td className="numeric">{formatValue(f.value, metric)}</td>
                <td aria-hidden="true" className="bar-col">
                  <svg className="bars" viewBox="0 0 100 10" preserveAspectRatio="none">
                    <rect
                      className={mine ? 'bar bar-mine' : 'bar'}
                      width={share(f.value)}
                      height="10"
                    />
                  </svg>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {group && (
        <p>
          {groupName} (not counting {areas.get(authority)?.name ?? authority}): median{' '}
          {formatValue(group.median, metric)}; middle half from{' '}
          {formatValue(group.lowerQuartile, metric)} to {formatValue(group.upperQuartile, metric)}.
        </p>
      )}
      {missing.length > 0 && (
        <p className="hint">
          No figure for {missing.map((f) => areas.get(f.area)?.name ?? f.area).join(', ')}{' '}
          (suppressed).
        </p>
      )}
    </div>
  );
}
