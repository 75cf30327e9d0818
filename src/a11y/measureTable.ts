import type { Metric, Source } from '../data/types';
import { formatDelta, formatPeriod, formatValue } from '../format';
import type { ChartRow } from '../stats/chartSeries';
import type { Figure } from '../stats/figures';
import { isVerdict, targetStatus, trajectoryAt, type Anchor } from '../stats/trajectory';
import type { Operator } from '../data/types';
import { verdictWords } from './describePlan';
import { publicationWords } from './describe';

/** A table cell: the words shown on screen and the plain value written to a CSV download. */
export interface Cell {
  text: string;
  raw: string | number | undefined;
}

export interface MeasureTable {
  columns: string[];
  rows: Cell[][];
}

export interface TableInput {
  metric: Metric;
  rows: ChartRow[];
  authorityName: string;
  benchmarkNames: string[];
  /** undefined when no other council has figures for the measure: no median column then. */
  groupName: string | undefined;
  /** The authority's figures, for notes, status and revisions. */
  figures: Figure[];
  sources: Map<string, Source>;
  plan:
    { baseline: Anchor | undefined; goal: Anchor; operator: Operator; proxy: boolean } | undefined;
}

const num = (value: number | null | undefined, metric: Metric): Cell =>
  value === null || value === undefined
    ? { text: '–', raw: undefined }
    : { text: formatValue(value, metric), raw: value };

/**
 * Where a row stood against the plan when it was measured: "baseline" for the baseline itself,
 * nothing before it, and the verdict of the day after it (never a verdict for a stand-in measure).
 */
function planCell(plan: NonNullable<TableInput['plan']>, date: string, value: number | null): Cell {
  const none = { text: '–', raw: undefined };
  if (value === null || !plan.baseline || date < plan.baseline.date) return none;
  if (date === plan.baseline.date) return { text: 'baseline', raw: 'baseline' };
  if (plan.proxy) return none;
  const status = targetStatus({
    baseline: plan.baseline,
    target: plan.goal,
    operator: plan.operator,
    latest: { date, value },
    today: date,
    current: true,
  });
  return isVerdict(status)
    ? { text: verdictWords(status.status), raw: verdictWords(status.status) }
    : none;
}

/** The data behind a measure's chart, as the table under it and its CSV download both show it. */
export function measureTable(input: TableInput): MeasureTable {
  const { metric, rows, authorityName, benchmarkNames, groupName, figures, plan } = input;
  const columns = [
    'Period',
    authorityName,
    ...benchmarkNames,
    ...(groupName ? [`${groupName}: median`] : []),
  ];
  if (plan)
    columns.push('Plan trajectory', 'Difference from trajectory', 'Against the plan at the time');
  columns.push('Notes');
  const body: Cell[][] = [];
  for (const row of rows) {
    if (!row.period) continue;
    const period = row.period;
    const own = figures.find((f) => f.period.label === period.label);
    const cells: Cell[] = [{ text: formatPeriod(period), raw: period.label }];
    cells.push(
      own && own.value === undefined
        ? { text: 'suppressed', raw: 'suppressed' }
        : num(row.authority, metric),
    );
    row.benchmarks.forEach((b) => cells.push(num(b, metric)));
    if (groupName) cells.push(num(row.median, metric));
    if (plan) {
      const inPlan = plan.baseline && period.end >= plan.baseline.date;
      const expected =
        plan.baseline && inPlan ? trajectoryAt(plan.baseline, plan.goal, period.end) : undefined;
      cells.push(num(expected, metric));
      const diff =
        expected !== undefined && row.authority !== null ? row.authority - expected : undefined;
      cells.push(
        diff === undefined
          ? { text: '–', raw: undefined }
          : { text: formatDelta(diff, metric), raw: Number(diff.toFixed(metric.decimals + 1)) },
      );
      cells.push(planCell(plan, period.end, row.authority));
    }
    const notes: string[] = [];
    if (own && own.status !== 'final')
      notes.push(
        own.status === 'suppressed'
          ? 'Suppressed (small numbers).'
          : `${own.status[0]?.toUpperCase() ?? ''}${own.status.slice(1)}.`,
      );
    if (own?.note) notes.push(/[.!?)”"]$/.test(own.note) ? own.note : `${own.note}.`);
    for (const r of own?.revisions ?? [])
      notes.push(
        'Revised: first published as ' +
          `${r.value === undefined ? r.status : formatValue(r.value, metric)} in drop ` +
          `${r.drop}.`,
      );
    // Where a figure comes from another publication than the measure's own, say which, and where in
    // it.
    if (own && own.source !== metric.source)
      notes.push(`Published in ${publicationWords(input.sources.get(own.source), own.section)}.`);
    cells.push({ text: notes.join(' '), raw: notes.join(' ') });
    body.push(cells);
  }
  return { columns, rows: body };
}
