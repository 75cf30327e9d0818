import type { Metric } from '../data/types';
import { formatDelta, formatPeriod, formatValue } from '../format';
import type { ChartRow } from '../stats/chartSeries';
import type { Figure } from '../stats/figures';
import { targetStatus, trajectoryAt, type Anchor } from '../stats/trajectory';
import type { Operator } from '../data/types';
import { describeStatus } from './describe';

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
  plan: { baseline: Anchor | undefined; goal: Anchor; operator: Operator } | undefined;
}

const num = (value: number | null | undefined, metric: Metric): Cell =>
  value === null || value === undefined
    ? { text: '–', raw: undefined }
    : { text: formatValue(value, metric), raw: value };

/** The data behind a measure's chart, as the table under it and its CSV download both show it. */
export function measureTable(input: TableInput): MeasureTable {
  const { metric, rows, authorityName, benchmarkNames, groupName, figures, plan } = input;
  const columns = [
    'Period',
    authorityName,
    ...benchmarkNames,
    ...(groupName ? [`${groupName}: median`] : []),
  ];
  if (plan) columns.push('Plan trajectory', 'Difference from trajectory', 'Status against plan');
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
      const status =
        inPlan && row.authority !== null
          ? targetStatus({
              baseline: plan.baseline,
              target: plan.goal,
              operator: plan.operator,
              latest: { date: period.end, value: row.authority },
              today: period.end,
            })
          : undefined;
      cells.push(
        status
          ? { text: describeStatus(status), raw: describeStatus(status) }
          : { text: '–', raw: undefined },
      );
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
        `Revised: first published as ${r.value === undefined ? r.status : formatValue(r.value, metric)} in drop ${r.drop}.`,
      );
    if (own?.sourceRef) notes.push(`Where published: ${own.sourceRef}.`);
    cells.push({ text: notes.join(' '), raw: notes.join(' ') });
    body.push(cells);
  }
  return { columns, rows: body };
}
