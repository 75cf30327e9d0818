import type { Metric, Source } from '../data/types';
import {
  capitalise,
  formatAge,
  formatDelta,
  formatPeriod,
  formatValue,
  formatWhen,
  ordinal,
} from '../format';
import type { Change } from '../stats/change';
import type { Freshness } from '../stats/freshness';
import type { Figure } from '../stats/figures';
import type { MeasureSummary } from '../stats/measureSummary';
import type { Move } from '../stats/sinceMeeting';
import { describeStatus, targetWords } from './describePlan';

/** "down 14 days since January 2024, which is better" */
export function describeChange(change: Change, metric: Metric): string {
  const word = change.delta > 0 ? 'up' : change.delta < 0 ? 'down' : 'unchanged';
  const amount =
    change.delta === 0 ? '' : ` ${formatDelta(Math.abs(change.delta), metric).slice(1)}`;
  const judgement = change.acrossBreak
    ? ', across the series break, so not judged'
    : change.direction === 'better'
      ? ', which is better'
      : change.direction === 'worse'
        ? ', which is worse'
        : '';
  return `${word}${amount} since ${formatPeriod(change.from.period)}${judgement}`;
}

/**
 * The comparison with the benchmark in words councillors read correctly: "better than" or "worse
 * than" only when the difference is significant (the benchmark lies outside the interval), "similar
 * to" when it lies inside, and "higher than … (not tested)" when there is no interval to test with.
 */
export function compareWords(s: MeasureSummary): string | undefined {
  const { figure, comparison, name } = s.benchmark;
  const mine = s.latest?.value;
  if (figure?.value === undefined || mine === undefined) return undefined;
  const value = formatValue(figure.value, s.metric);
  const theirs = `${name} (${value})`;
  const side =
    mine > figure.value ? 'higher than' : mine < figure.value ? 'lower than' : 'the same as';
  if (comparison.method === 'difference' || comparison.method === 'none')
    return side === 'the same as'
      ? `the same as ${theirs}`
      : `${side} ${name} (${value}; not tested)`;
  switch (comparison.verdict) {
    case 'better':
      return `better than ${theirs}`;
    case 'worse':
      return `worse than ${theirs}`;
    case 'similar':
      return `similar to ${theirs}`;
    case 'not-compared':
      // A measure with no better direction: say which side, and whether the interval says it is
      // real.
      return side === 'the same as'
        ? `similar to ${theirs}`
        : `${side} ${name} (${value}; significant)`;
  }
}

const QUARTILE_WORDS = ['', 'best', 'second', 'third', 'worst'] as const;

/**
 * The rank among the comparator group, with ties and missing councils said:
 * "joint 1st of 3 with figures among CIPFA nearest neighbours (13 have none)" ·
 * "4th of 16 among CIPFA nearest neighbours, in the best quartile".
 */
export function rankWords(s: MeasureSummary, groupName: string): string | undefined {
  const r = s.rank;
  if (!r) return undefined;
  const place = `${r.tied ? 'joint ' : ''}${ordinal(r.rank)} of ${r.of}`;
  const withFigures = r.without > 0 ? ' with figures' : '';
  const quartile =
    s.metric.polarity === 'none'
      ? ', counting from the highest'
      : r.of >= 4
        ? `, in the ${QUARTILE_WORDS[r.quartile]} quartile`
        : '';
  const missing = r.without > 0 ? ` (${r.without} ${r.without === 1 ? 'has' : 'have'} none)` : '';
  const among = groupName ? ` among ${groupName}` : '';
  return `${place}${withFigures}${among}${missing}${quartile}`;
}

/**
 * "latest figure is 22 months old" when a newer one is overdue ("22 months old" when `short`,
 * beside the figure itself); "no longer published" for an ended series; nothing while it is recent
 * enough.
 */
export function ageWords(f: Freshness, short = false): string | undefined {
  if (f.kind === 'overdue') return `${short ? '' : 'latest figure is '}${formatAge(f.months)} old`;
  if (f.kind === 'ended') return 'no longer published';
  return undefined;
}

/**
 * A title that states the finding: "Median wait for a Care Act assessment: 135 days in January
 * 2025".
 */
export function findingTitle(s: MeasureSummary): string {
  if (!s.latest) return `${s.metric.title}: no figure yet`;
  const value = s.latest.value === undefined ? 'suppressed' : formatValue(s.latest.value, s.metric);
  return `${s.metric.title}: ${value} ${formatWhen(s.latest.period)}`;
}

/** One sentence, generated from the data, that says what a chart shows and how old it is. */
export function summarySentence(s: MeasureSummary, areaName: string, groupName: string): string {
  const { latest, metric } = s;
  if (!latest) return `There are no figures for ${areaName} yet.`;
  const age = ageWords(s.freshness);
  const ageNote = age ? ` (${age})` : '';
  if (latest.value === undefined)
    return (
      `The latest figure for ${areaName} (${formatPeriod(latest.period)}) is suppressed ` +
      `because the numbers are small${ageNote}.`
    );
  const parts = [
    `${capitalise(formatWhen(latest.period))} ${areaName} stood at ` +
      `${formatValue(latest.value, metric)}${ageNote}`,
  ];
  // An ended series is history: its last change and comparisons are not judged against today.
  const judged = s.freshness.kind !== 'ended';
  if (s.sincePrevious && judged) parts.push(describeChange(s.sincePrevious, metric));
  const england = compareWords(s);
  if (england && judged) parts.push(england);
  const rank = rankWords(s, groupName);
  if (rank && judged) parts.push(`ranked ${rank}`);
  const plan = s.plan;
  if (plan?.status)
    parts.push(
      `improvement plan target ${targetWords(plan.target, metric)}: ${describeStatus(plan.status)}`,
    );
  return `${parts.join('; ')}.`;
}

/**
 * A publication as the public reads it: publisher, title, date and section, never an officer's line
 * reference: "Care Quality Commission, Local authority assessment report (July 2025), ‘Assessing
 * needs’".
 */
export function publicationWords(source: Source | undefined, section = ''): string {
  const where = section ? `, ‘${section}’` : '';
  if (!source) return `an unnamed publication${where}`;
  return `${source.publisher}, ${source.title} (${source.published})${where}`;
}

/** "150 days in June 2026, up from 135 days in January 2025" · "12 in June 2026 (first figure)" */
export function moveWords(m: Move): string {
  const value = (f: Figure) =>
    f.value === undefined ? 'suppressed' : formatValue(f.value, m.metric);
  const now = `${value(m.after)} ${formatWhen(m.after.period)}`;
  if (!m.before) return `${now} (first figure)`;
  const delta = (m.after.value ?? 0) - (m.before.value ?? 0);
  const word = delta > 0 ? 'up from' : delta < 0 ? 'down from' : 'the same as';
  return `${now}, ${word} ${value(m.before)} ${formatWhen(m.before.period)}`;
}
