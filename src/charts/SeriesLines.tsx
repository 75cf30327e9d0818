import type { ChartRow } from '../stats/chartSeries';
import { GROUP, TARGET } from './chartColours';
import { bandPaths, linePaths } from './chartLayout';
import type { Plotted } from './TimeSeriesChart';

interface Props {
  plotted: Plotted;
  goal: { value: number } | undefined;
}

/**
 * The chart's lines, back to front: the group's middle half and median, the benchmarks, the
 * authority, the plan's path and its target. A line breaks where a series has a gap.
 */
export function SeriesLines({ plotted, goal }: Props) {
  const { rows, layout, authority, benchmarks } = plotted;
  const { x, y, plot } = layout;
  const at = (key: (r: ChartRow) => number | null) =>
    rows.map((r) => ({ x: x(r.time), y: key(r) === null ? null : y(key(r) ?? 0) }));
  const hasGroup = rows.some((r) => r.median !== null);
  const trajectory = rows.filter((r) => r.trajectory !== null);
  return (
    <>
      {bandPaths(
        rows.map((r) => ({ x: x(r.time), band: r.band ? [y(r.band[0]), y(r.band[1])] : null })),
      ).map((d) => (
        <path key={d} d={d} fill="#b1b4b6" fillOpacity={0.45} stroke="none" />
      ))}
      {hasGroup &&
        linePaths(at((r) => r.median)).map((d) => (
          <path
            key={d}
            className="series-line"
            d={d}
            fill="none"
            stroke={GROUP}
            strokeWidth={2}
            strokeDasharray="8 4"
          />
        ))}
      {benchmarks.map((b, i) =>
        linePaths(at((r) => r.benchmarks[i] ?? null)).map((d) => (
          <path
            key={`${b.name}${d}`}
            className="series-line"
            d={d}
            fill="none"
            stroke={b.colour}
            strokeWidth={2}
            strokeDasharray={b.dash}
          />
        )),
      )}
      {linePaths(at((r) => r.authority)).map((d) => (
        <path
          key={d}
          className="series-line series-authority"
          d={d}
          fill="none"
          stroke={authority.colour}
          strokeWidth={3}
        />
      ))}
      {trajectory.length > 1 &&
        linePaths(trajectory.map((r) => ({ x: x(r.time), y: y(r.trajectory ?? 0) }))).map((d) => (
          <path key={d} d={d} fill="none" stroke={TARGET} strokeWidth={2} strokeDasharray="2 3" />
        ))}
      {goal && (
        <line
          x1={plot.left}
          x2={plot.right}
          y1={y(goal.value)}
          y2={y(goal.value)}
          stroke={TARGET}
          strokeDasharray="2 3"
        />
      )}
    </>
  );
}
