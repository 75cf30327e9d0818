import { ascending } from 'd3-array';
import type { Metric, Question, QuestionWhen } from '../data/types';
import { formatAge, formatMonth } from '../format';
import type { MeasureSummary } from '../stats/measureSummary';
import type { SinceReference } from '../stats/sinceMeeting';
import { pickQuestions, pictureOf } from './pickQuestions';

/** A question for the meeting, the measure it is about, and why it was chosen. */
export interface BriefingQuestion {
  question: Question;
  metric: Metric;
  reason: string;
}

interface Candidate {
  summary: MeasureSummary;
  /** The picture the question must be about. */
  fact: QuestionWhen;
  reason: string;
}

/**
 * The questions for the next meeting, chosen by rules from the briefing's picture, most pressing
 * first: plan measures off track or missed; plan measures whose target date has passed with no
 * figure to judge them; measures that got worse since the last meeting (worst
 * first); plan measures with no recent figure (oldest first); figures revised since the meeting;
 * measures in the worst quartile of their neighbours. For each, the best question in the bank that
 * is about that picture; each question once; at most `limit`.
 */
export function briefingQuestions(input: {
  bank: Question[];
  summaries: MeasureSummary[];
  since: SinceReference;
  limit?: number;
}): BriefingQuestion[] {
  const { bank, summaries, since, limit = 5 } = input;
  const byId = new Map(summaries.map((s) => [s.metric.id, s]));
  const summaryOf = (m: Metric) => byId.get(m.id);
  const candidates: Candidate[] = [];
  const add = (summary: MeasureSummary | undefined, fact: QuestionWhen, reason: string) => {
    if (summary) candidates.push({ summary, fact, reason });
  };
  for (const s of summaries) {
    const status = s.plan?.status?.status;
    if (status === 'off-track') add(s, 'off-track', 'off track for its improvement-plan target');
    if (status === 'missed') add(s, 'off-track', 'its improvement-plan target was missed');
  }
  // In the plan's own order (targets.csv lists them outcome by outcome): its first measure leads.
  const due = summaries
    .filter((s) => pictureOf(s).has('plan-due'))
    .sort((a, b) => ascending(a.plan?.target.line ?? 0, b.plan?.target.line ?? 0));
  for (const s of due) {
    const date = s.plan ? formatMonth(s.plan.target.date) : '';
    add(s, 'plan-due', `its target date, ${date}, has passed with no figure to judge it`);
  }
  for (const m of since.worse)
    add(summaryOf(m.metric), 'worsening', 'worse since the last meeting');
  const stale = summaries
    .filter((s) => s.plan !== undefined && s.freshness.kind === 'overdue')
    .sort((a, b) => ascending(a.latest?.period.end ?? '', b.latest?.period.end ?? ''));
  for (const s of stale)
    if (s.freshness.kind === 'overdue')
      add(s, 'not-measured', `no new figure for ${formatAge(s.freshness.months)}`);
  for (const r of since.revised)
    add(summaryOf(r.metric), 'revised', 'revised since the last meeting');
  for (const s of summaries)
    if (s.freshness.kind === 'current' && s.rank && s.rank.of >= 4 && s.rank.quartile === 4)
      add(s, 'worse-than-group', 'in the worst quartile of its comparator group');

  const chosen: BriefingQuestion[] = [];
  const asked = new Set<string>();
  const seen = new Set<string>();
  for (const c of candidates) {
    if (chosen.length >= limit) break;
    // One question per measure: the most pressing reason wins.
    if (seen.has(c.summary.metric.id)) continue;
    const fits = pickQuestions(bank, c.summary, bank.length).find(
      (q) => q.when.includes(c.fact) && !asked.has(q.question),
    );
    if (!fits) continue;
    seen.add(c.summary.metric.id);
    asked.add(fits.question);
    chosen.push({ question: fits, metric: c.summary.metric, reason: c.reason });
  }
  return chosen;
}
