import type { Metric } from '../data/types';
import { formatPeriod, formatValue } from '../format';
import type { ChartRow } from '../stats/chartSeries';

interface Props {
  id: string;
  row: ChartRow | undefined;
  metric: Metric;
  authority: string;
  benchmarks: string[];
  groupName: string;
}

/**
 * The figures of the period the keyboard or pointer is on, read aloud as they change; before any is
 * chosen, how to choose one. Its height is fixed so the page never shifts.
 */
export function ChartReadout({ id, row, metric, authority, benchmarks, groupName }: Props) {
  const value = (v: number | null) => (v === null ? 'no figure' : formatValue(v, metric));
  const suppressed = row?.authority === null && row.authorityStatus === 'suppressed';
  const parts = row
    ? [
        `${authority}: ${suppressed ? 'suppressed' : value(row.authority)}`,
        ...benchmarks.map((name, i) => `${name}: ${value(row.benchmarks[i] ?? null)}`),
        ...(row.median !== null ? [`${groupName} median: ${value(row.median)}`] : []),
        ...(row.band ? [`middle half ${value(row.band[0])} to ${value(row.band[1])}`] : []),
      ]
    : [];
  return (
    <p className="chart-readout" id={id} aria-live="polite">
      {row?.period
        ? `${formatPeriod(row.period)}: ${parts.join('; ')}.`
        : 'Use the left and right arrow keys on the chart to read each period’s figures.'}
    </p>
  );
}
