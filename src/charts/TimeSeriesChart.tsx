import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DataEvent, Metric } from '../data/types';
import { dateToTime } from '../data/period';
import { formatMonthShort, formatNumber, formatPeriod, formatValue } from '../format';
import type { ChartRow } from '../stats/chartSeries';
import { marker, Swatch, type MarkerShape } from './markers';

export interface SeriesStyle {
  name: string;
  colour: string;
  dash: string | undefined;
  shape: MarkerShape;
}

export interface TimeSeriesChartProps {
  rows: ChartRow[];
  metric: Metric;
  width: number;
  height?: number;
  authority: SeriesStyle;
  benchmarks: SeriesStyle[];
  groupName: string;
  goal: { value: number; date: string; label: string } | undefined;
  events: DataEvent[];
  breakTime: number | undefined;
  /** The day judged: the axis runs to it and a line marks it, so a silence since the last figure shows. */
  todayTime: number | undefined;
  /** Start the value axis at zero, so a lone figure is not magnified by an axis fitted around it. */
  fromZero?: boolean;
  /** The id of the heading that names the chart. */
  labelledBy: string;
}

const GROUP = '#505a5f';
const TARGET = '#00703c';

/** A measure over time: the authority, benchmarks, the comparator group's median and middle half, the plan's path and target. */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const {
    rows,
    metric,
    width,
    height = 340,
    authority,
    benchmarks,
    groupName,
    goal,
    events,
    breakTime,
    todayTime,
    fromZero = false,
    labelledBy,
  } = props;
  const data = rows.map((r) => ({
    ...r,
    ...Object.fromEntries(r.benchmarks.map((b, i) => [`b${i}`, b])),
  }));
  const hasGroup = rows.some((r) => r.median !== null);
  const hasTrajectory = rows.some((r) => r.trajectory !== null);
  const ticks = rows.filter((r) => r.period).map((r) => r.time);
  const every = Math.max(1, Math.ceil(ticks.length / Math.max(2, Math.floor(width / 90))));
  const labelOf = (t: number) => {
    const row = rows.find((r) => r.time === t && r.period);
    return row?.period ? formatPeriod(row.period) : formatMonthShort(t);
  };
  const dot = (shape: MarkerShape, colour: string, hollowWhenNotFinal: boolean) =>
    function Dot(p: { cx?: number; cy?: number; index: number; value: unknown }) {
      if (p.cx === undefined || p.cy === undefined || p.value === null || p.value === undefined)
        return <g key={`d${p.index}`} />;
      const hollow =
        hollowWhenNotFinal &&
        rows[p.index]?.authorityStatus !== undefined &&
        rows[p.index]?.authorityStatus !== 'final';
      return <g key={`d${p.index}`}>{marker(shape, p.cx, p.cy, colour, hollow)}</g>;
    };
  const times = rows.map((r) => r.time);
  const xMin = Math.min(...times);
  const xMax = Math.max(...times, todayTime ?? -Infinity);
  return (
    <figure className="chart" aria-labelledby={labelledBy}>
      <div className="legend" aria-hidden="true">
        {[authority, ...benchmarks].map((s) => (
          <span key={s.name}>
            <Swatch colour={s.colour} dash={s.dash} shape={s.shape} /> {s.name}
          </span>
        ))}
        {hasGroup && (
          <span>
            <Swatch colour={GROUP} dash="8 4" shape="diamond" /> {groupName}: median (shaded: middle
            half)
          </span>
        )}
        {goal && (
          <span>
            <Swatch colour={TARGET} dash="2 3" shape={undefined} /> {goal.label}
          </span>
        )}
        {rows.some((r) => r.authorityStatus !== undefined && r.authorityStatus !== 'final') && (
          <span>Hollow points: provisional or estimated</span>
        )}
      </div>
      <ComposedChart
        width={width}
        height={height}
        data={data}
        margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
        accessibilityLayer
        title={`${metric.title} over time`}
        desc="Use the left and right arrow keys to read each period's figures."
      >
        <CartesianGrid stroke="#d6d6d6" vertical={false} />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={[xMin, xMax]}
          ticks={ticks.filter((_, i) => i % every === 0)}
          tickFormatter={labelOf}
          stroke="#0b0c0c"
          fontSize={13}
        />
        <YAxis
          stroke="#0b0c0c"
          fontSize={13}
          width={64}
          tickFormatter={(v: number) => formatNumber(v, metric.unit === 'ratio' ? 2 : 0)}
          domain={metric.unit === 'percent' || fromZero ? [0, 'auto'] : ['auto', 'auto']}
        />
        <Tooltip
          labelFormatter={(t) => labelOf(Number(t))}
          formatter={(v) =>
            typeof v === 'number'
              ? formatValue(v, metric)
              : Array.isArray(v)
                ? v.map((x) => formatValue(Number(x), metric)).join(' to ')
                : String(v)
          }
        />
        {hasGroup && (
          <Area
            dataKey="band"
            name={`${groupName}: middle half`}
            stroke="none"
            fill="#b1b4b6"
            fillOpacity={0.45}
            isAnimationActive={false}
            connectNulls={false}
          />
        )}
        {hasGroup && (
          <Line
            dataKey="median"
            name={`${groupName}: median`}
            stroke={GROUP}
            strokeWidth={2}
            strokeDasharray="8 4"
            dot={dot('diamond', GROUP, false)}
            isAnimationActive={false}
            connectNulls={false}
          />
        )}
        {benchmarks.map((b, i) => (
          <Line
            key={b.name}
            dataKey={`b${i}`}
            name={b.name}
            stroke={b.colour}
            strokeWidth={2}
            strokeDasharray={b.dash}
            dot={dot(b.shape, b.colour, false)}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
        <Line
          dataKey="authority"
          name={authority.name}
          stroke={authority.colour}
          strokeWidth={3}
          dot={dot(authority.shape, authority.colour, true)}
          isAnimationActive={false}
          connectNulls={false}
        />
        {hasTrajectory && (
          <Line
            dataKey="trajectory"
            name="Plan trajectory"
            stroke={TARGET}
            strokeWidth={2}
            strokeDasharray="2 3"
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
        )}
        {/* The legend names the target; a label on the line would collide with the axis when the target is its minimum. */}
        {goal && <ReferenceLine y={goal.value} stroke={TARGET} strokeDasharray="2 3" />}
        {todayTime !== undefined && (
          <ReferenceLine
            x={todayTime}
            stroke="#0b0c0c"
            strokeWidth={2}
            label={{
              value: 'Today',
              position: 'insideTopRight',
              fill: '#0b0c0c',
              fontSize: 12,
            }}
          />
        )}
        {breakTime !== undefined && (
          <ReferenceLine
            x={breakTime}
            stroke="#0b0c0c"
            strokeDasharray="1 3"
            label={{
              value: 'Series break',
              position: 'insideBottomRight',
              fill: '#0b0c0c',
              fontSize: 12,
            }}
          />
        )}
        {events.map((e, i) => {
          const start = dateToTime(e.start);
          const end = e.end ? dateToTime(e.end) : undefined;
          if (start > xMax || (end ?? start) < xMin) return null;
          return end !== undefined && end > start ? (
            <ReferenceArea
              key={i}
              x1={Math.max(start, xMin)}
              x2={Math.min(end, xMax)}
              fill="#f3f2f1"
              stroke="#505a5f"
              strokeDasharray="2 2"
              label={{ value: `E${i + 1}`, position: 'insideTop', fill: '#0b0c0c', fontSize: 12 }}
            />
          ) : (
            <ReferenceLine
              key={i}
              x={start}
              stroke="#505a5f"
              strokeDasharray="2 2"
              label={{ value: `E${i + 1}`, position: 'insideTop', fill: '#0b0c0c', fontSize: 12 }}
            />
          );
        })}
      </ComposedChart>
    </figure>
  );
}
