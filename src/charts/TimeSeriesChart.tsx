import { useState, type KeyboardEvent, type MouseEvent, type SVGProps } from 'react';
import type { DataEvent, Metric } from '../data/types';
import { dateToTime } from '../data/period';
import { formatNumber, formatPeriod } from '../format';
import type { ChartRow } from '../stats/chartSeries';
import { GROUP, INK, TARGET } from './chartColours';
import { chartLayout, fitLabel, type Layout } from './chartLayout';
import { ChartReadout } from './ChartReadout';
import { Swatch, type MarkerShape } from './markers';
import { SeriesLines } from './SeriesLines';
import { hollow, SeriesPoints } from './SeriesPoints';

export interface SeriesStyle {
  name: string;
  colour: string;
  dash: string | undefined;
  shape: MarkerShape;
}

/** What the lines and the markers are drawn from: each period's figures, on the chart's scales. */
export interface Plotted {
  rows: ChartRow[];
  layout: Layout;
  authority: SeriesStyle;
  benchmarks: SeriesStyle[];
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
  /** The series break (or code change) on the time axis, and its label. */
  breakMark: { time: number; label: string } | undefined;
  /**
   * The day judged: the axis runs to it and a line marks it, so a silence since the last figure
   * shows.
   */
  todayTime: number | undefined;
  /**
   * Start the value axis at zero, so a lone figure is not magnified by an axis fitted around it.
   */
  fromZero?: boolean;
  /** The id of the heading that names the chart. */
  labelledBy: string;
}

/**
 * A measure over time as plain SVG, the same on the server and in the browser: the authority,
 * benchmarks, the comparator group's median and middle half, the plan's path and target, events,
 * a series break and today. Arrow keys (or the pointer) read each period's figures aloud.
 */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { rows, metric, width, height = 340, authority, benchmarks, groupName, goal } = props;
  const { events, breakMark, todayTime, fromZero = false, labelledBy } = props;
  const [active, setActive] = useState<number | undefined>(undefined);
  const layout = chartLayout({
    rows,
    width,
    height,
    goal: goal?.value,
    fromZero: fromZero || metric.unit === 'percent',
    until: todayTime,
  });
  const { x, plot } = layout;
  const plotted: Plotted = { rows, layout, authority, benchmarks };
  const periods = rows.flatMap((r, i) => (r.period ? [i] : []));
  const hasGroup = rows.some((r) => r.median !== null);
  const move = (step: number) => {
    const now = active === undefined ? -1 : periods.indexOf(active);
    const next = periods[Math.min(periods.length - 1, Math.max(0, now + step))];
    setActive(next);
  };
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const steps: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      Home: -Infinity,
      End: Infinity,
    };
    const step = steps[e.key];
    if (step === undefined) return;
    e.preventDefault();
    move(step === Infinity ? periods.length : step === -Infinity ? -periods.length : step);
  };
  const onPointer = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - box.left) / box.width) * width;
    let best: number | undefined;
    for (const i of periods)
      if (
        best === undefined ||
        Math.abs(x(rows[i]?.time ?? 0) - px) < Math.abs(x(rows[best]?.time ?? 0) - px)
      )
        best = i;
    setActive(best);
  };
  /** A line across the plot from top to bottom at x = `at`: an event, the series break, today. */
  const across = (at: number, style: SVGProps<SVGLineElement>) => (
    <line x1={at} x2={at} y1={plot.top} y2={plot.bottom} {...style} />
  );
  const label = (text: string, at: number, anchor: 'middle' | 'end') =>
    fitLabel(text, at, anchor, width);
  const activeRow = active === undefined ? undefined : rows[active];
  return (
    <figure className="chart">
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
        {rows.some(hollow) && <span>Hollow points: provisional or estimated</span>}
      </div>
      <svg
        className="ts-chart"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        tabIndex={0}
        role="group"
        aria-labelledby={labelledBy}
        aria-describedby={`${labelledBy}-keys`}
        onKeyDown={onKey}
        onFocus={() => setActive((a) => a ?? periods[0])}
        onMouseMove={onPointer}
        onMouseLeave={() => setActive(undefined)}
      >
        <title>{`${metric.title} over time`}</title>
        {layout.yTicks.map((t) => (
          <g key={t.value}>
            <line x1={plot.left} x2={plot.right} y1={t.position} y2={t.position} stroke="#d6d6d6" />
            <text x={plot.left - 6} y={t.position + 4} textAnchor="end" fontSize={13} fill={INK}>
              {formatNumber(t.value, layout.yDecimals)}
            </text>
          </g>
        ))}
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={INK} />
        {layout.xTicks.map(({ row, position }) => {
          const text = row.period ? formatPeriod(row.period) : '';
          return (
            <text
              key={row.time}
              y={plot.bottom + 18}
              fontSize={13}
              fill={INK}
              {...label(text, position, 'middle')}
            >
              {text}
            </text>
          );
        })}
        {events.map((e, i) => {
          const start = x(Math.max(dateToTime(e.start), rows[0]?.time ?? -Infinity));
          const end = e.end ? x(dateToTime(e.end)) : start;
          if (start > plot.right || end < plot.left) return null;
          const left = Math.max(plot.left, start);
          const right = Math.min(plot.right, end);
          return (
            <g key={i} className="chart-event">
              {right > left + 1 ? (
                <rect
                  x={left}
                  y={plot.top}
                  width={right - left}
                  height={plot.bottom - plot.top}
                  fill="#f3f2f1"
                  stroke={GROUP}
                  strokeDasharray="2 2"
                />
              ) : (
                across(left, { stroke: GROUP, strokeDasharray: '2 2' })
              )}
              <text
                y={plot.top - 6}
                fontSize={12}
                fill={INK}
                {...label(`E${i + 1}`, left, 'middle')}
              >{`E${i + 1}`}</text>
            </g>
          );
        })}
        <SeriesLines plotted={plotted} goal={goal} />
        {breakMark && (
          <g>
            {across(x(breakMark.time), { stroke: INK, strokeDasharray: '1 3' })}
            <text
              y={plot.bottom - 6}
              fontSize={12}
              fill={INK}
              {...label(breakMark.label, x(breakMark.time) - 4, 'end')}
            >
              {breakMark.label}
            </text>
          </g>
        )}
        {todayTime !== undefined && (
          <g>
            {across(x(todayTime), { stroke: INK, strokeWidth: 2 })}
            <text
              y={plot.top - 6}
              fontSize={12}
              fill={INK}
              {...label('Today', x(todayTime), 'end')}
            >
              Today
            </text>
          </g>
        )}
        <SeriesPoints plotted={plotted} />
        {activeRow &&
          across(x(activeRow.time), {
            className: 'chart-cursor',
            stroke: INK,
            strokeDasharray: '4 2',
          })}
      </svg>
      <ChartReadout
        id={`${labelledBy}-keys`}
        row={activeRow}
        metric={metric}
        authority={authority.name}
        benchmarks={benchmarks.map((b) => b.name)}
        groupName={groupName}
      />
    </figure>
  );
}
