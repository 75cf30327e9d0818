import { ascending } from 'd3-array';
import type { Drop, Observation, Outcome, Question, Site, Target } from '../data/types';
import { briefingQuestions, type BriefingQuestion } from '../scrutiny/briefingQuestions';
import type { Figure } from '../stats/figures';
import type { MeasureSummary } from '../stats/measureSummary';
import { countOutcomes, type OutcomeCounts } from '../stats/outcomeStatus';
import { planDeadline } from '../stats/planTarget';
import { referenceFor, sinceReference, type SinceReference } from '../stats/sinceMeeting';
import { planOutcomes, type OutcomeLine } from './planOutcomes';

/**
 * The three questions a councillor brings, answered: is the plan on track, what changed, what to
 * ask.
 */
export interface BriefingView {
  today: string;
  /** The improvement plan's deadline (its latest target date); undefined with no targets. */
  deadline: string | undefined;
  outcomes: OutcomeLine[];
  counts: OutcomeCounts;
  since: SinceReference;
  /**
   * Measures whose latest figure is older than their frequency allows: the plan's, then the five
   * families', then the rest, each oldest first.
   */
  stale: MeasureSummary[];
  questions: BriefingQuestion[];
}

export interface BriefingInput {
  site: Site;
  /** The drops shown, in publication order. */
  drops: Drop[];
  /** Every figure of those drops for the authority (revised ones included). */
  observations: Observation[];
  /** A summary of every measure with figures. */
  summaries: MeasureSummary[];
  outcomes: Outcome[];
  targets: Target[];
  questions: Question[];
  today: string;
  /**
   * "Since the last meeting" counts from the last meeting before this day (default `today`): a pack
   * for a meeting uses its date.
   */
  meetingDay?: string;
}

/**
 * The briefing's `observations` from the figures in force: the authority's, each with the earlier
 * versions it revised.
 */
export function authorityObservations(figures: Figure[], authority: string): Observation[] {
  return figures.filter((f) => f.area === authority).flatMap((f) => [...f.revisions, f]);
}

/** The briefing at the top of the overview and the front of the meeting pack. */
export function briefingView(input: BriefingInput): BriefingView {
  const { site, drops, observations, summaries, today } = input;
  const byId = new Map(summaries.map((s) => [s.metric.id, s]));
  const outcomes = planOutcomes(input.outcomes, input.targets, byId, site.authority.code);
  const since = sinceReference({
    metrics: summaries.map((s) => s.metric),
    observations,
    drops,
    authority: site.authority.code,
    reference: referenceFor(site, drops, input.meetingDay ?? today),
    today,
  });
  // What the Commission follows comes first: the plan's measures, then its five families, then the
  // rest, each oldest first.
  const follows = (s: MeasureSummary) => (s.plan ? 0 : s.metric.family ? 1 : 2);
  const stale = summaries
    .filter((s) => s.freshness.kind === 'overdue')
    .sort(
      (a, b) =>
        ascending(follows(a), follows(b)) ||
        ascending(a.latest?.period.end ?? '', b.latest?.period.end ?? ''),
    );
  return {
    today,
    deadline: planDeadline(input.targets, site.authority.code),
    outcomes,
    counts: countOutcomes(outcomes.map((o) => o.status)),
    since,
    stale,
    questions: briefingQuestions({ bank: input.questions, summaries, since }),
  };
}
