import type { Metric, Target } from '../data/types';
import { capitalise, countOf, formatDate, formatDay, formatMonth, formatValue } from '../format';
import type { OutcomeCounts, OutcomeStatus } from '../stats/outcomeStatus';
import { datePassed, type PlanStatus } from '../stats/planTarget';
import type { Verdict } from '../stats/trajectory';

const VERDICT_WORDS: Record<Verdict, string> = {
  met: 'target met',
  'on-track': 'on track',
  'off-track': 'off track',
  missed: 'target missed',
};

/** Whether the plan's deadline has gone by on `today`: its outcomes are then met or missed. */
const passed = (deadline: string | undefined, today: string): deadline is string =>
  deadline !== undefined && datePassed(deadline, today);

/** The question the briefing's plan panel answers: on track before the deadline, met after it. */
export function planQuestion(deadline: string | undefined, today: string): string {
  return passed(deadline, today)
    ? `Did the improvement plan meet its targets by ${formatMonth(deadline)}?`
    : 'Is the improvement plan on track?';
}

/** The plan page's heading: "Improvement plan: 9 outcomes to reach by November 2026". */
export function planHeading(total: number, deadline: string | undefined, today: string): string {
  const outcomes = countOf(total, 'outcome');
  if (deadline === undefined) return `Improvement plan: ${outcomes}`;
  const due = passed(deadline, today)
    ? total === 1
      ? 'that was due'
      : 'that were due'
    : 'to reach';
  return `Improvement plan: ${outcomes} ${due} by ${formatMonth(deadline)}`;
}

/** The plan page's opening sentence, for a plan of outcomes: how each is judged on `today`. */
export function planLead(name: string, deadline: string | undefined, today: string): string {
  const stands = `Where each outcome of ${name}’s improvement plan stands on ${formatDate(today)}`;
  return passed(deadline, today)
    ? `The plan’s deadline, ${formatMonth(deadline)}, has passed. ${stands}, judged on the ` +
        'published figures of the measures that track it: met or missed, or no recent figure to ' +
        'judge with.'
    : `${stands}, judged on the published figures of the measures that track it: met, on track ` +
        'or off track against a straight line from the baseline to the target, or no recent ' +
        'figure to judge with.';
}

/** "on track" · "target missed" */
export function verdictWords(verdict: Verdict): string {
  return VERDICT_WORDS[verdict];
}

/**
 * A measure's standing against its plan target: "on track" · "no figure since the baseline (January
 * 2025)".
 */
export function describeStatus(status: PlanStatus): string {
  switch (status.status) {
    case 'met':
    case 'on-track':
    case 'off-track':
    case 'missed':
      return verdictWords(status.status);
    case 'not-measured-since':
      return status.atBaseline
        ? `no figure since the baseline (${formatDay(status.since)})`
        : `no figure since ${formatDay(status.since)}`;
    case 'no-data':
      return 'no figure yet';
    case 'proxy': {
      const since = status.from ? ` since ${formatDay(status.from.date)}` : '';
      if (status.direction === 'better') return `stand-in measure: better${since}`;
      if (status.direction === 'worse') return `stand-in measure: worse${since}`;
      if (status.direction === 'same') return `stand-in measure: unchanged${since}`;
      return status.latest
        ? `stand-in measure: no figure since ${formatDay(status.latest.date)}`
        : 'stand-in measure: no figure yet';
    }
  }
}

/**
 * One outcome's status in words: "off track (1 of 3 measures can be judged)" ·
 * "no figure since the baseline (January 2025)" · "no figure since September 2025; off track when
 * last measured" · "not measured: no published figure measures this outcome".
 */
export function describeOutcome(status: OutcomeStatus): string {
  switch (status.kind) {
    case 'verdict': {
      const share =
        status.judged < status.of
          ? ` (${status.judged} of ${status.of} measures can be judged)`
          : '';
      return `${verdictWords(status.status)}${share}`;
    }
    case 'no-recent-figure': {
      if (status.since === undefined) return 'no figure yet';
      const since = status.atBaseline
        ? `no figure since the baseline (${formatMonth(status.since)})`
        : `no figure since ${formatMonth(status.since)}`;
      const known = status.lastKnown
        ? `; ${verdictWords(status.lastKnown.status)} when last measured ` +
          `(${formatMonth(status.lastKnown.date)})`
        : '';
      return `${since}${known}`;
    }
    case 'not-measured':
      return status.proxies > 0
        ? 'not measured: only stand-in measures are published'
        : 'not measured: no target is set on a published figure';
  }
}

const OPERATOR_WORDS = {
  'at-most': 'no more than',
  'less-than': 'less than',
  'at-least': 'at least',
  'more-than': 'more than',
  equal: 'exactly',
} as const;

/** "no more than 90 days by November 2026", or the plan's own words where it gives no number. */
export function targetWords(t: Target, metric: Pick<Metric, 'unit' | 'decimals'>): string {
  if (t.value === undefined)
    return `${t.note || 'a change from the baseline'} by ${formatMonth(t.date)}`;
  const words =
    t.value === 0 && t.operator === 'at-most'
      ? 'nil'
      : `${OPERATOR_WORDS[t.operator ?? 'equal']} ${formatValue(t.value, metric)}`;
  return `${words} by ${formatMonth(t.date)}`;
}

/**
 * The plan's headline, counting outcomes, that never reads as good news when nothing can be judged:
 * "None of the 9 outcomes can be judged on a recent figure: 6 have had no figure since …".
 */
export function outcomeHeadline(c: OutcomeCounts): string {
  const judged = c.met + c.onTrack + c.offTrack + c.missed;
  const parts = [
    c.missed > 0 ? `${c.missed} missed` : '',
    c.offTrack > 0 ? `${c.offTrack} off track` : '',
    c.onTrack > 0 ? `${c.onTrack} on track` : '',
    c.met > 0 ? `${c.met} met` : '',
  ].filter((p) => p !== '');
  const first =
    judged === 0
      ? `None of the ${c.total} outcomes can be judged on a recent figure`
      : `${judged} of the ${c.total} outcomes can be judged on recent figures: ${parts.join(', ')}`;
  const rest = [
    c.noRecentFigure > 0
      ? `${c.noRecentFigure} ${c.noRecentFigure === 1 ? 'has' : 'have'} had no recent figure`
      : '',
    c.notMeasured > 0
      ? `${c.notMeasured} ${c.notMeasured === 1 ? 'is' : 'are'} not measured by any ` +
        'published figure'
      : '',
  ].filter((p) => p !== '');
  return rest.length > 0 ? `${first}. ${capitalise(rest.join('; '))}.` : `${first}.`;
}
