import type { DataEvent, Drop, Metric, Source } from '../data/types';
import { formatDate, formatPeriod } from '../format';
import type { ChartRow } from '../stats/chartSeries';
import type { Figure } from '../stats/figures';

/**
 * The words an exported chart carries with it, so the image still says what it is away from the
 * page.
 */
export interface ChartCredit {
  title: string;
  /** The measure, the lines drawn and the periods the figures cover. */
  subtitle: string;
  /**
   * What the chart's marks stand for that its legend does not say: its events ("E1 Cyber
   * incident").
   */
  notes: string[];
  /** The publications, as the public reads them (never an officer's line reference). */
  source: string;
  /** Which drop the figures are from and when the image was made. */
  date: string;
}

export interface CreditInput {
  title: string;
  metric: Metric;
  /** Every line drawn, by name: the authority, benchmarks, added councils, the group's median. */
  lines: string[];
  rows: ChartRow[];
  /** The figures drawn, for their publications. */
  figures: Figure[];
  sources: Map<string, Source>;
  drop: Drop | undefined;
  siteName: string;
  today: string;
  /** The events marked on the chart, in order (E1, E2…). */
  events?: DataEvent[];
}

/**
 * Title, what is drawn, source and date for a chart saved as an image: "Figures 2017-18 to
 * 2023-24", "Source: NHS England, Adult Social Care Outcomes Framework (December 2024)", "Figures
 * as published on 12 November 2025 (drop 2025-26-Q2); image made on 30 November 2026 from …".
 */
export function chartCredit(input: CreditInput): ChartCredit {
  const { metric, rows, figures, sources, drop } = input;
  const periods = rows.flatMap((r) => (r.period ? [r.period] : []));
  const first = periods[0];
  const last = periods.at(-1);
  const span =
    first && last
      ? first.label === last.label
        ? formatPeriod(first)
        : `${formatPeriod(first)} to ${formatPeriod(last)}`
      : 'no figures';
  const ids = [...new Set([metric.source, ...figures.map((f) => f.source)])];
  const publications = ids.map((id) => {
    const s = sources.get(id);
    return s ? `${s.publisher}, ${s.title} (${s.published})` : id;
  });
  const published = drop
    ? `Figures as published on ${formatDate(drop.published)} (drop ${drop.id})`
    : 'Figures as published';
  return {
    title: input.title,
    subtitle: `${metric.title}, ${span}: ${input.lines.join(', ')}`,
    notes: (input.events ?? []).map((e, i) => {
      const to = e.end && e.end !== e.start ? ` to ${formatDate(e.end)}` : '';
      return `E${i + 1}: ${e.label} (${formatDate(e.start)}${to})`;
    }),
    source: `Source: ${publications.join('; ')}`,
    date: `${published}; image made on ${formatDate(input.today)} from ${input.siteName}.`,
  };
}
