import { extent } from 'd3-array';
import { dateToTime } from '../data/period';
import type { Point } from '../stats/change';
import { DecorativeSvg } from '../components/DecorativeSvg';

/**
 * A small line of the authority's figures, drawn as plain SVG so the overview needs no charting
 * library.
 * Missing periods break the line; the card's text says everything the line shows.
 */
export function Sparkline({
  points,
  gapAfterDays,
  width = 120,
  height = 32,
}: {
  points: Point[];
  gapAfterDays: number;
  width?: number;
  height?: number;
}) {
  const valued = points.filter((p): p is Point & { value: number } => p.value !== undefined);
  const [x0, x1] = extent(points, (p) => dateToTime(p.period.end));
  const [y0, y1] = extent(valued, (p) => p.value);
  if (
    x0 === undefined ||
    x1 === undefined ||
    y0 === undefined ||
    y1 === undefined ||
    valued.length < 2
  )
    return null;
  const x = (t: number) => (x1 === x0 ? width / 2 : 3 + ((t - x0) / (x1 - x0)) * (width - 6));
  const y = (v: number) =>
    y1 === y0 ? height / 2 : height - 3 - ((v - y0) / (y1 - y0)) * (height - 6);
  const segments: string[] = [];
  let current = '';
  let last: number | undefined;
  for (const p of points) {
    const t = dateToTime(p.period.end);
    if (p.value === undefined || (last !== undefined && t - last > gapAfterDays * 86_400_000)) {
      if (current) segments.push(current);
      current = '';
    }
    if (p.value !== undefined) {
      current += `${current ? 'L' : 'M'}${x(t).toFixed(1)},${y(p.value).toFixed(1)}`;
      last = t;
    } else last = undefined;
  }
  if (current) segments.push(current);
  const end = valued.at(-1);
  return (
    <DecorativeSvg className="sparkline" width={width} height={height}>
      {segments.map((d) => (
        <path key={d} d={d} fill="none" stroke="currentColor" strokeWidth="2" />
      ))}
      {end && (
        <circle cx={x(dateToTime(end.period.end))} cy={y(end.value)} r="3" fill="currentColor" />
      )}
    </DecorativeSvg>
  );
}
