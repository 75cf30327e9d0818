import type { ChartRow } from '../stats/chartSeries';
import { GROUP } from './chartColours';
import { marker, type MarkerShape } from './markers';
import type { Plotted } from './TimeSeriesChart';

/** A provisional or estimated figure of the authority's is drawn hollow. */
export const hollow = (r: ChartRow) =>
  r.authorityStatus !== undefined && r.authorityStatus !== 'final';

interface Props {
  plotted: Plotted;
}

/** Each series' markers over the lines: the group's median, the benchmarks, then the authority. */
export function SeriesPoints({ plotted }: Props) {
  const { rows, layout, authority, benchmarks } = plotted;
  const { x, y } = layout;
  const points = (
    key: (r: ChartRow) => number | null,
    shape: MarkerShape,
    colour: string,
    own = false,
  ) =>
    rows.map((r, i) => {
      const v = key(r);
      return v === null ? null : (
        <g key={i}>{marker(shape, x(r.time), y(v), colour, own && hollow(r))}</g>
      );
    });
  return (
    <>
      {rows.some((r) => r.median !== null) && points((r) => r.median, 'diamond', GROUP)}
      {benchmarks.map((b, i) => (
        <g key={b.name}>{points((r) => r.benchmarks[i] ?? null, b.shape, b.colour)}</g>
      ))}
      <g className="series-points-authority">
        {points((r) => r.authority, authority.shape, authority.colour, true)}
      </g>
    </>
  );
}
