import type { Ref } from 'react';
import { chartCredit } from '../a11y/chartCredit';
import type { MeasureView } from '../app/measureView';
import { TimeSeriesChart } from '../charts/TimeSeriesChart';
import type { DataEvent, Drop, Source } from '../data/types';
import { formatDate } from '../format';
import type { Figure } from '../stats/figures';
import type { MeasureSummary } from '../stats/measureSummary';
import { ChartExport } from './ChartExport';
import { SingleFigure } from './SingleFigure';

interface Props {
  summary: MeasureSummary;
  view: MeasureView;
  title: string;
  /** The council's code, whose figures are drawn with the benchmarks' and any added. */
  authority: string;
  groupName: string;
  events: DataEvent[];
  /** Every figure for the measure, for the publications named on a saved chart. */
  figures: Figure[];
  sources: Map<string, Source>;
  drop: Drop | undefined;
  siteName: string;
  /** Today's date, for the day a saved chart was made. */
  today: string;
  boxRef: Ref<HTMLDivElement>;
  width: number;
}

/** A measure page's chart, its series break and events, and saving it as an image. */
export function MeasureChartPanel(props: Props) {
  const { summary, view, groupName, events, boxRef, width } = props;
  const { metric } = summary;
  const { rows } = view;
  const drawn = !view.single && rows.length > 0;
  const shown = new Set([
    props.authority,
    ...view.benchmarks.map((b) => b.code),
    ...view.added.map((a) => a.code),
  ]);
  const credit = () =>
    chartCredit({
      title: props.title,
      metric,
      lines: [
        view.authorityStyle.name,
        ...view.benchmarkStyles.map((s) => s.name),
        ...(rows.some((r) => r.median !== null) ? [`${groupName} (median)`] : []),
      ],
      rows,
      figures: props.figures.filter((f) => shown.has(f.area)),
      sources: props.sources,
      drop: props.drop,
      siteName: props.siteName,
      today: props.today,
      events,
    });
  return (
    <section aria-labelledby="chart-title" className="chart-panel">
      <h2 id="chart-title">Over time</h2>
      <div ref={boxRef} className="chart-box" id="chart-box">
        {view.single ? (
          <SingleFigure summary={summary} />
        ) : drawn ? (
          <TimeSeriesChart
            rows={rows}
            metric={metric}
            width={Math.max(280, width)}
            authority={view.authorityStyle}
            benchmarks={view.benchmarkStyles}
            groupName={groupName}
            goal={view.goal}
            events={events}
            breakMark={view.breakMark}
            todayTime={view.todayTime}
            fromZero={summary.series.filter((f) => f.value !== undefined).length < 2}
            labelledBy="chart-title"
          />
        ) : (
          <p>No figures to chart yet.</p>
        )}
      </div>
      {metric.breakPeriod && (
        <p className="hint">
          {metric.breakKind === 'renumbered'
            ? `Code change from ${metric.breakPeriod}`
            : `Series break before ${metric.breakPeriod}`}
          : {metric.breakNote}
        </p>
      )}
      {events.length > 0 && (
        <ol className="events">
          {events.map((e, i) => (
            <li key={i} value={i + 1}>
              <strong>E{i + 1}</strong> {e.label} ({formatDate(e.start)}
              {e.end && e.end !== e.start ? ` to ${formatDate(e.end)}` : ''})
            </li>
          ))}
        </ol>
      )}
      {drawn && <ChartExport chartId="chart-box" credit={credit} filename={`${metric.id}-chart`} />}
    </section>
  );
}
