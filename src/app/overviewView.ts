import { FAMILIES, THEMES, type Family, type Theme } from '../data/types';
import type { MeasureSummary } from '../stats/measureSummary';
import { matchesSearch } from './searchMeasures';

export const FAMILY_NAMES: Record<Family, string> = {
  waiting: 'Waiting times',
  reviews: 'Reviews overdue',
  safeguarding: 'Safeguarding',
  'direct-payments': 'Direct payments and personal budgets',
  carers: 'Carers',
};

const THEME_INTRO: Record<Theme, string> = {
  'Working with people':
    'How the council works with people: assessing needs, healthier lives, equity.',
  'Providing support': 'Providing support: care provision, integration, partnerships.',
  'Ensuring safety': 'Ensuring safety: safe systems and transitions, safeguarding.',
  Leadership: 'Leadership: governance, learning and improvement.',
};

/**
 * Which measures the overview lists: the Commission's (its five families and the plan's), or all.
 */
export type OverviewMode = 'commission' | 'all';

export interface OverviewSection {
  id: string;
  title: string;
  intro: string;
  /** Every measure of the section, plan measures first, then those with recent figures. */
  summaries: MeasureSummary[];
  /** How many of them to list at first; the rest sit behind a "more" control. */
  shown: number;
}

/**
 * In the Commission's view, each family lists its plan measures and up to this many in all at
 * first.
 */
const FIRST = 5;

export interface OverviewView {
  mode: OverviewMode;
  sections: OverviewSection[];
  /** Series no longer published, listed apart and never judged against today. */
  ended: MeasureSummary[];
  counts: Record<OverviewMode, number>;
  /** What was searched for (trimmed), and how many measures match it; undefined with no search. */
  search: { query: string; matches: number } | undefined;
}

const slug = (text: string) => text.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-');
const followed = (s: MeasureSummary) => s.metric.family !== undefined || s.plan !== undefined;
/**
 * Improvement-plan measures first, then those with a recent figure; otherwise the catalogue's
 * order.
 */
const planFirst = (list: MeasureSummary[]) =>
  [...list].sort(
    (a, b) =>
      Number(b.plan !== undefined) - Number(a.plan !== undefined) ||
      Number(b.freshness.kind === 'current') - Number(a.freshness.kind === 'current'),
  );

/**
 * The overview's sections. By default the Commission's five families, then any other
 * improvement-plan measures; with `all`, every measure by CQC theme. Measures with no figures are
 * left out unless the plan sets a target on them; series that have ended go to their own list. A
 * search (`query`) looks through every measure, whichever are chosen, and lists matches by theme.
 */
export function overviewView(
  summaries: MeasureSummary[],
  mode: OverviewMode,
  query = '',
): OverviewView {
  // A plan measure is listed even before its first figure: "no figure yet" is itself worth seeing.
  const withData = summaries.filter((s) => s.series.length > 0 || s.plan !== undefined);
  const typed = query.trim();
  const chosen =
    typed !== ''
      ? withData.filter((s) => matchesSearch(s.metric, typed))
      : mode === 'all'
        ? withData
        : withData.filter(followed);
  const live = chosen.filter((s) => s.freshness.kind !== 'ended');
  const sections: OverviewSection[] =
    mode === 'all' || typed !== ''
      ? THEMES.map((theme) => ({
          id: `theme-${slug(theme)}`,
          title: theme,
          intro: THEME_INTRO[theme],
          summaries: planFirst(live.filter((s) => s.metric.theme === theme)),
          shown: Infinity,
        }))
      : [
          ...FAMILIES.map((family) => {
            const inFamily = planFirst(live.filter((s) => s.metric.family === family));
            const planned = inFamily.filter((s) => s.plan !== undefined).length;
            return {
              id: `family-${family}`,
              title: FAMILY_NAMES[family],
              intro: '',
              summaries: inFamily,
              shown: Math.max(FIRST, planned),
            };
          }),
          {
            id: 'plan-other',
            title: 'Other improvement-plan measures',
            intro: 'Measures the improvement plan tracks outside the five families.',
            summaries: live.filter((s) => s.metric.family === undefined),
            shown: Infinity,
          },
        ];
  return {
    mode,
    sections: sections.filter((s) => s.summaries.length > 0),
    ended: chosen.filter((s) => s.freshness.kind === 'ended'),
    counts: { commission: withData.filter(followed).length, all: withData.length },
    search: typed === '' ? undefined : { query: typed, matches: chosen.length },
  };
}
