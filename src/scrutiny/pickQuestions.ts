import type { Question, QuestionWhen } from '../data/types';
import type { MeasureSummary } from '../stats/measureSummary';

/**
 * What is true of a measure's current picture, in the words questions are filed under. An old
 * figure's rise or fall is not news, so a measure with no recent figure is "not measured" and
 * neither improving nor worsening; a series that has ended fits no question at all.
 */
export function pictureOf(s: MeasureSummary): Set<QuestionWhen> {
  const facts = new Set<QuestionWhen>(['always']);
  if (s.freshness.kind === 'ended') return new Set();
  const recent = s.freshness.kind === 'current';
  const status = s.plan?.status?.status;
  if (status === 'off-track' || status === 'missed') facts.add('off-track');
  if (!recent || status === 'not-measured-since' || status === 'no-data') facts.add('not-measured');
  if (status === 'met') facts.add('target-met');
  // Past the target's date with no verdict (no figure for it, or only a stand-in measure).
  if (s.plan?.due && status !== 'met' && status !== 'missed') facts.add('plan-due');
  if (s.benchmark.comparison.verdict === 'worse') facts.add('worse-than-benchmark');
  const latest = s.latest?.value;
  if (s.group && latest !== undefined && s.metric.polarity !== 'none') {
    const worse =
      s.metric.polarity === 'higher' ? latest < s.group.median : latest > s.group.median;
    if (worse) facts.add('worse-than-group');
  }
  if (recent && s.sincePrevious?.direction === 'worse') facts.add('worsening');
  if (recent && s.sincePrevious?.direction === 'better') facts.add('improving');
  if (s.series.some((f) => f.revisions.length > 0)) facts.add('revised');
  if (s.series.some((f) => f.status === 'suppressed')) facts.add('suppressed');
  if (s.latest && (s.latest.status === 'provisional' || s.latest.status === 'estimated'))
    facts.add('provisional');
  return facts;
}

/**
 * The questions that fit a measure now, most specific first: questions written for this measure,
 * then those whose conditions all hold (the more conditions, the earlier), then its family's, then
 * the general questioning guide. At most `limit`.
 */
export function pickQuestions(questions: Question[], s: MeasureSummary, limit = 5): Question[] {
  const facts = pictureOf(s);
  const fits = questions.filter(
    (q) =>
      (q.metric === undefined || q.metric === s.metric.id) &&
      (q.family === undefined || q.family === s.metric.family) &&
      q.when.every((w) => facts.has(w)),
  );
  const score = (q: Question) =>
    (q.metric ? 1000 : 0) + q.when.filter((w) => w !== 'always').length * 100 + (q.family ? 10 : 0);
  return fits
    .map((q, i) => ({ q, i }))
    .sort((a, b) => score(b.q) - score(a.q) || a.i - b.i)
    .slice(0, limit)
    .map(({ q }) => q);
}
