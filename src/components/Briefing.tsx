import { ageWords, moveWords } from '../a11y/describe';
import { describeOutcome, outcomeHeadline } from '../a11y/describePlan';
import type { BriefingView } from '../app/briefingView';
import { href } from '../app/useRoute';
import type { Source } from '../data/types';
import { capitalise, countOf, formatDate } from '../format';
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
  const link = (id: string) => href(routePath({ drop, view: { page: 'measure', id } }));
  const plan = href(routePath({ drop, view: { page: 'plan' } }));
  const whatsNew = href(routePath({ drop, view: { page: 'whats-new' } }));
  const { since } = view;
  const moved =
    since.worse.length + since.better.length + since.same.length + since.unjudged.length;
  const reference = since.reference;
  const sinceTitle = reference
    ? `Since the ${reference.kind === 'meeting' ? 'last meeting' : 'previous drop'} ` +
      `(${formatDate(reference.date)})`
    : 'Since the last meeting';
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
          title="Is the improvement plan on track?"
          className="brief-plan"
        >
          <p className="brief-headline">{outcomeHeadline(view.counts)}</p>
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
        title={sinceTitle}
        count={since.drops.length}
        empty="No figures have been published since then."
      >
        <p className="brief-headline">
          {countOf(moved, 'measure')} with a newer figure: {since.worse.length} worse,{' '}
          {since.better.length} better, {since.same.length} unchanged
          {since.unjudged.length > 0
            ? `, ${since.unjudged.length} with no better direction`
            : ''}. {capitalise(countOf(since.first.length, 'measure'))} with a first figure;{' '}
          {countOf(since.revised.length, 'figure')} revised.
        </p>
        {moves(since.worse, 'Worse')}
        {moves(since.better, 'Better')}
        {moves(since.first, 'First figures')}
        <p className="brief-more">
          <Link href={whatsNew}>Every new and revised figure</Link>
        </p>
      </BriefPanel>
      <BriefPanel
        id="brief-stale"
        title="Out of date"
        count={view.stale.length}
        empty="Every measure has a figure as recent as its frequency allows."
      >
        <p className="brief-headline">
          {capitalise(countOf(view.stale.length, 'measure'))}{' '}
          {view.stale.length === 1 ? 'has' : 'have'} had no new figure for longer than
          {view.stale.length === 1 ? ' its' : ' their'} frequency allows. Oldest first:
        </p>
        <BriefList items={view.stale} link={link} words={(s) => ageWords(s.freshness)} />
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
