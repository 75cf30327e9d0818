import { ageWords, moveWords } from '../a11y/describe';
import { sinceHeadline, sinceTitle, staleHeadline } from '../a11y/describeBriefing';
import { describeOutcome, outcomeHeadline, planQuestion } from '../a11y/describePlan';
import type { BriefingView } from '../app/briefingView';
import { href, measureHref } from '../app/useRoute';
import type { Source } from '../data/types';
import { routePath } from '../routes';
import type { Move } from '../stats/sinceMeeting';
import { Link } from './Link';
import { QuestionCredit } from './QuestionCredit';
import { StatusTag } from './StatusTag';
import { outcomeTone } from './statusTone';
import { BriefList } from './BriefList';
import { BriefPanel } from './BriefPanel';

interface Props {
  view: BriefingView;
  drop: string | undefined;
  sources: Map<string, Source>;
}

/**
 * The councillor's three questions on the first screen: is the plan on track, what changed, what to
 * ask.
 */
export function Briefing({ view, drop, sources }: Props) {
  const link = (id: string) => measureHref(drop, id);
  const plan = href(routePath({ drop, view: { page: 'plan' } }));
  const whatsNew = href(routePath({ drop, view: { page: 'whats-new' } }));
  const { since } = view;
  const moves = (list: Move[], label: string) =>
    list.length > 0 && (
      <>
        <h3 className="brief-sub">{label}</h3>
        <BriefList items={list} link={link} words={moveWords} />
      </>
    );
  return (
    <div className="briefing">
      {view.outcomes.length > 0 && (
        <BriefPanel
          id="brief-plan"
          title={planQuestion(view.deadline, view.today)}
          className="brief-plan"
          headline={outcomeHeadline(view.counts)}
        >
          <ol className="outcome-list">
            {view.outcomes.map(({ outcome, status }) => (
              <li key={outcome.id}>
                <StatusTag tone={outcomeTone(status)} />{' '}
                <Link href={`${plan}#${outcome.id}`}>
                  {outcome.number}. {outcome.title}
                </Link>
                : <span className="outcome-status">{describeOutcome(status)}</span>
              </li>
            ))}
          </ol>
        </BriefPanel>
      )}
      <BriefPanel
        id="brief-since"
        title={sinceTitle(since.reference)}
        count={since.drops.length}
        headline={sinceHeadline(since)}
        empty="No figures have been published since then."
      >
        {moves(since.worse, 'Worse')}
        {moves(since.better, 'Better')}
        {moves(since.unjudged, 'Not judged')}
        {moves(since.first, 'First figures')}
        <p className="brief-more">
          <Link href={whatsNew}>Every new and revised figure</Link>
        </p>
      </BriefPanel>
      <BriefPanel
        id="brief-stale"
        title="Out of date"
        count={view.stale.length}
        headline={staleHeadline(view.stale.length, view.outcomes.length > 0)}
        empty="Every measure has a figure as recent as its frequency allows."
      >
        <BriefList
          items={view.stale}
          link={link}
          words={(s) => ageWords(s.freshness)}
          more={href(
            routePath({ drop, view: { page: 'matrix' } }),
            new URLSearchParams('age=overdue'),
          )}
        />
      </BriefPanel>
      <BriefPanel
        id="brief-questions"
        title="Questions to ask"
        count={view.questions.length}
        empty="No question in the question bank fits the picture above."
      >
        <ol className="brief-list">
          {view.questions.map((q) => (
            <li key={q.question.question}>
              {q.question.question}{' '}
              <span className="hint">
                (<Link href={link(q.metric.id)}>{q.metric.title}</Link>: {q.reason}.
                <QuestionCredit question={q.question} sources={sources} />)
              </span>
            </li>
          ))}
        </ol>
      </BriefPanel>
    </div>
  );
}
