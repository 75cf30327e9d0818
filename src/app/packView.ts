import { isIsoDate } from '../data/period';
import {
  FAMILIES,
  type Drop,
  type Family,
  type Outcome,
  type Site,
  type Target,
} from '../data/types';
import type { MeasureSummary } from '../stats/measureSummary';
import { FAMILY_NAMES } from './overviewView';

export interface PackFamily {
  family: Family;
  title: string;
  summaries: MeasureSummary[];
}

export interface PackView {
  /** The meeting the pack is for, with the Commission's name from site.json. */
  meeting: { date: string; label: string } | undefined;
  /** Words for an officer when the address names a meeting date that is not a real date. */
  meetingProblem: string | undefined;
  /** The Commission's five families, each with its measures' latest figures and neighbour ranks. */
  families: PackFamily[];
  /** Plan measures with at least two figures: a page each, with a chart. */
  full: MeasureSummary[];
  /** Plan measures with one figure or none: a compact block each, several to a page. */
  compact: MeasureSummary[];
}

/** Measures named in the address (`?measures=a,b`), else the plan's measures in outcome order. */
function chosen(
  params: URLSearchParams,
  byId: Map<string, MeasureSummary>,
  outcomes: Outcome[],
  targets: Target[],
  authority: string,
): MeasureSummary[] {
  const named = (params.get('measures') ?? '').split(',').filter((id) => byId.has(id));
  const planned = targets.filter((t) => t.kind === 'target' && t.area === authority);
  const order = [...outcomes]
    .sort((a, b) => a.number - b.number)
    .flatMap((o) => planned.filter((t) => t.outcome === o.id).map((t) => t.metric));
  const ids = named.length > 0 ? named : [...order, ...planned.map((t) => t.metric)];
  return [...new Set(ids)].flatMap((id) => {
    const s = byId.get(id);
    return s && s.series.length > 0 ? [s] : [];
  });
}

/**
 * The meeting pack after its cover and summary: the five families, then the plan measures — a page
 * with a chart for those with a history, a compact block for those with a single figure.
 */
export function packView(input: {
  params: URLSearchParams;
  site: Site;
  drops: Drop[];
  summaries: MeasureSummary[];
  outcomes: Outcome[];
  targets: Target[];
}): PackView {
  const { params, site, drops, summaries, outcomes, targets } = input;
  const byId = new Map(summaries.map((s) => [s.metric.id, s]));
  const asked = params.get('meeting');
  const latest = drops.at(-1);
  const date =
    asked ??
    site.meetings.map((m) => m.date).find((d) => latest !== undefined && d >= latest.published);
  const valid = date !== undefined && isIsoDate(date);
  const label =
    site.meetings.find((m) => m.date === date)?.label ??
    site.meetings.at(-1)?.label ??
    'Scrutiny meeting';
  const plan = chosen(params, byId, outcomes, targets, site.authority.code);
  const valued = (s: MeasureSummary) => s.series.filter((f) => f.value !== undefined).length;
  return {
    meeting: valid ? { date, label } : undefined,
    meetingProblem:
      date !== undefined && !valid
        ? `The meeting date "${date}" is not a real date: write it as yyyy-mm-dd, e.g. 2026-01-15.`
        : undefined,
    families: FAMILIES.map((family) => ({
      family,
      title: FAMILY_NAMES[family],
      summaries: summaries.filter(
        (s) => s.metric.family === family && s.series.length > 0 && s.freshness.kind !== 'ended',
      ),
    })).filter((f) => f.summaries.length > 0),
    full: plan.filter((s) => valued(s) >= 2),
    compact: plan.filter((s) => valued(s) < 2),
  };
}
