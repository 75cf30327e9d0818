import { group } from 'd3-array';
import { THEMES, type Outcome, type Question, type Target, type Theme } from '../data/types';
import { pickQuestions } from '../scrutiny/pickQuestions';
import type { MeasureSummary } from '../stats/measureSummary';
import { countOutcomes, type OutcomeCounts, type OutcomeStatus } from '../stats/outcomeStatus';
import { planDeadline } from '../stats/planTarget';
import { trajectoryAt } from '../stats/trajectory';
import { planOutcomes } from './planOutcomes';

/**
 * One target row: the measure, its baseline, latest figure and where a straight line expects it
 * today.
 */
export interface PlanRow {
  summary: MeasureSummary;
  target: Target;
  /** Undefined for a stand-in measure, a target with no number, or no baseline. */
  expected: number | undefined;
}

export interface PlanSection {
  id: string;
  /** The outcome, or undefined for a council with targets but no published plan of outcomes. */
  outcome: Outcome | undefined;
  title: string;
  status: OutcomeStatus | undefined;
  rows: PlanRow[];
  alsoTracked: MeasureSummary[];
  questions: Question[];
}

export interface PlanView {
  /**
   * Whether the council publishes a plan of outcomes (else its targets are grouped by CQC theme).
   */
  planned: boolean;
  themes: { theme: Theme; sections: PlanSection[] }[];
  counts: OutcomeCounts;
  /** The latest target date: "outcomes to reach by November 2026". */
  lastDate: string | undefined;
}

const rowOf = (summary: MeasureSummary, target: Target, today: string): PlanRow => {
  const plan = summary.plan;
  const base = plan?.baseline;
  const numeric =
    plan?.status?.status !== 'proxy' && target.value !== undefined && base?.value !== undefined;
  const expected =
    numeric && base?.value !== undefined && target.value !== undefined
      ? trajectoryAt(
          { date: base.date, value: base.value },
          { date: target.date, value: target.value },
          today,
        )
      : undefined;
  return { summary, target, expected };
};

/** Up to four questions for an outcome, from its measures' pictures, each once. */
function questionsFor(bank: Question[], summaries: MeasureSummary[]): Question[] {
  const all = summaries.flatMap((s) => pickQuestions(bank, s, 2));
  return [...new Map(all.map((q) => [q.question, q])).values()].slice(0, 4);
}

/**
 * The improvement plan page: each outcome under its CQC theme with one status, its targets and the
 * questions they raise. A council without outcomes sees its latest target per measure by theme.
 */
export function planView(input: {
  outcomes: Outcome[];
  targets: Target[];
  summaries: Map<string, MeasureSummary>;
  questions: Question[];
  authority: string;
  today: string;
}): PlanView {
  const { outcomes, targets, summaries, questions, authority, today } = input;
  const mine = targets.filter((t) => t.kind === 'target' && t.area === authority);
  const lastDate = planDeadline(targets, authority);
  if (outcomes.length > 0) {
    const lines = planOutcomes(outcomes, targets, summaries, authority);
    const sections = lines.map((line): PlanSection => ({
      id: line.outcome.id,
      outcome: line.outcome,
      title: `Outcome ${line.outcome.number}: ${line.outcome.title}`,
      status: line.status,
      rows: line.measures.map((m) => rowOf(m.summary, m.target, today)),
      alsoTracked: line.alsoTracked,
      questions: questionsFor(questions, [
        ...line.measures.map((m) => m.summary),
        ...line.alsoTracked,
      ]),
    }));
    const byTheme = group(sections, (s) => s.outcome?.theme);
    return {
      planned: true,
      themes: THEMES.flatMap((theme) => {
        const list = byTheme.get(theme);
        return list ? [{ theme, sections: list }] : [];
      }),
      counts: countOutcomes(lines.map((l) => l.status)),
      lastDate,
    };
  }
  // No outcomes: the latest target for each measure, grouped by the measure's CQC theme.
  const latest = [...group(mine, (t) => t.metric).values()].flatMap((ts) =>
    ts.sort((a, b) => a.date.localeCompare(b.date)).slice(-1),
  );
  const rows = latest.flatMap((t) => {
    const s = summaries.get(t.metric);
    return s ? [rowOf(s, t, today)] : [];
  });
  return {
    planned: false,
    themes: THEMES.flatMap((theme, i) => {
      const inTheme = rows.filter((r) => r.summary.metric.theme === theme);
      if (inTheme.length === 0) return [];
      const section: PlanSection = {
        id: `theme-${i + 1}`,
        outcome: undefined,
        title: `Targets: ${theme.toLowerCase()}`,
        status: undefined,
        rows: inTheme,
        alsoTracked: [],
        questions: questionsFor(
          questions,
          inTheme.map((r) => r.summary),
        ),
      };
      return [{ theme, sections: [section] }];
    }),
    counts: countOutcomes([]),
    lastDate,
  };
}
