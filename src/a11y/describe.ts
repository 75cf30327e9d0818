import { formatDay, formatDelta, formatPeriod, formatValue, formatWhen, ordinal } from '../format';
import type { Change } from '../stats/change';
import type { MeasureSummary } from '../stats/measureSummary';
import type { TargetStatus } from '../stats/trajectory';
import type { Verdict } from '../stats/significance';
import type { Metric } from '../data/types';

/** "down 14 days since January 2024, which is better" */
export function describeChange(change: Change, metric: Metric): string {
  const word = change.delta > 0 ? 'up' : change.delta < 0 ? 'down' : 'unchanged';
  const amount =
    change.delta === 0 ? '' : ` ${formatDelta(Math.abs(change.delta), metric).replace(/^\+/, '')}`;
  const judgement =
    change.direction === 'better'
      ? ', which is better'
      : change.direction === 'worse'
        ? ', which is worse'
        : '';
  return `${word}${amount} since ${formatPeriod(change.from.period)}${judgement}`;
}

const VERDICT_WORDS: Record<Verdict, string> = {
  better: 'better than',
  similar: 'similar to',
  worse: 'worse than',
  'not-compared': 'not compared with',
};

export function verdictWords(verdict: Verdict): string {
  return VERDICT_WORDS[verdict];
}

/** "not measured since January 2025" */
export function describeStatus(status: TargetStatus): string {
  switch (status.status) {
    case 'met':
      return 'target met';
    case 'on-track':
      return 'on track for the target';
    case 'off-track':
      return 'off track for the target';
    case 'missed':
      return 'target date passed without meeting it';
    case 'not-measured-since':
      return `not measured since ${formatDay(status.since)}`;
    case 'no-data':
      return 'no figures yet to judge progress';
  }
}

/** A title that states the finding: "Median wait for a Care Act assessment: 135 days in January 2025". */
export function findingTitle(s: MeasureSummary): string {
  if (!s.latest) return `${s.metric.title}: no figure yet`;
  return `${s.metric.title}: ${s.latest.value === undefined ? 'suppressed' : formatValue(s.latest.value, s.metric)} ${formatWhen(s.latest.period)}`;
}

/** One sentence, generated from the data, that says what a chart shows. */
export function summarySentence(s: MeasureSummary, areaName: string, groupName: string): string {
  const { latest, metric } = s;
  if (!latest) return `There are no figures for ${areaName} yet.`;
  if (latest.value === undefined)
    return `The latest figure for ${areaName} (${formatPeriod(latest.period)}) is suppressed because the numbers are small.`;
  const when = formatWhen(latest.period);
  const parts = [
    `${when[0]?.toUpperCase() ?? ''}${when.slice(1)} ${areaName} stood at ${formatValue(latest.value, metric)}`,
  ];
  if (s.sincePrevious) parts.push(describeChange(s.sincePrevious, metric));
  const bench = s.benchmark;
  if (bench.figure?.value !== undefined) {
    const tested = bench.comparison.method === 'difference' ? ' (not tested for significance)' : '';
    parts.push(
      `${verdictWords(bench.comparison.verdict)} ${bench.name} (${formatValue(bench.figure.value, metric)})${tested}`,
    );
  }
  if (s.rank)
    parts.push(
      `ranked ${ordinal(s.rank.rank)} of ${s.rank.of} among ${groupName}${metric.polarity === 'none' ? ' from highest to lowest' : ''}`,
    );
  if (s.plan?.status) parts.push(describeStatus(s.plan.status));
  return `${parts.join('; ')}.`;
}
