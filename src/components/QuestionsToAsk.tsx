import type { Question, Source } from '../data/types';
import { QuestionCredit } from './QuestionCredit';

/** Questions for members that fit the current picture, each credited as its source allows. */
export function QuestionsToAsk({
  questions,
  sources,
  headingLevel = 2,
}: {
  questions: Question[];
  sources: Map<string, Source>;
  headingLevel?: 2 | 3 | 4;
}) {
  if (questions.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="questions" aria-label="Questions to ask">
      <Heading>Questions to ask</Heading>
      <ul>
        {questions.map((q) => (
          <li key={`${q.line}`}>
            {q.question}
            {q.credit !== 'none' && (
              <span className="hint">
                <QuestionCredit question={q} sources={sources} />
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
