import type { Question, Source } from '../data/types';

/**
 * Who a question is credited to: its source ("From …"), a source it was adapted from ("Adapted from
 * …"), or nobody, for questions written for this dashboard. A leading space separates it from the
 * text.
 */
export function QuestionCredit({
  question,
  sources,
}: {
  question: Question;
  sources: Map<string, Source>;
}) {
  if (question.credit === 'none') return null;
  const source = sources.get(question.source);
  // The title up to its first colon or bracket: "Questioning by members of overview and scrutiny".
  const title = source?.title.split(/[:(]/)[0]?.trim();
  const name = source ? `${source.publisher}, ‘${title ?? source.title}’` : question.source;
  return <> {question.credit === 'adapted' ? `Adapted from ${name}.` : `From ${name}.`}</>;
}
