import { ascending, descending, greatest } from 'd3-array';
import { redefinedFrom } from '../data/period';
import type { Drop, Metric, Observation, Site } from '../data/types';
import { currentFigures, type Figure } from './figures';
import { judgeMove, type Direction } from './judge';

/**
 * The day "since" counts from: the latest meeting before the day judged, or else the previous drop.
 */
export interface Reference {
  kind: 'meeting' | 'drop';
  date: string;
  label: string;
}

/**
 * A measure whose latest figure for the authority is newer than the one in force at the reference.
 */
export interface Move {
  metric: Metric;
  /** The latest figure in force at the reference; undefined for a measure's first figure. */
  before: Figure | undefined;
  after: Figure;
  direction: Direction | 'first';
}

/** A figure in force at the reference that a later drop gave differently. */
export interface Revised {
  metric: Metric;
  before: Figure;
  after: Figure;
}

export interface SinceReference {
  reference: Reference | undefined;
  /** Drops published after the reference, up to the day judged. */
  drops: Drop[];
  /** Worst first (largest change relative to the earlier figure). */
  worse: Move[];
  /** Largest first. */
  better: Move[];
  same: Move[];
  /** New figures not judged: the measure has no better direction, or a series break is between. */
  unjudged: Move[];
  /** First figures for measures that had none at the reference. */
  first: Move[];
  revised: Revised[];
}

/** What is known since the reference before any figure is looked at: its drops, and no moves. */
export function nothingSince(reference: Reference | undefined, drops: Drop[]): SinceReference {
  return {
    reference,
    drops,
    worse: [],
    better: [],
    same: [],
    unjudged: [],
    first: [],
    revised: [],
  };
}

/**
 * The reference for "since the last meeting": the latest meeting in site.json before `today`; with
 * no earlier meeting, the publication of the drop before the latest; undefined when there is
 * neither.
 */
export function referenceFor(site: Site, drops: Drop[], today: string): Reference | undefined {
  const meeting = greatest(
    site.meetings.filter((m) => m.date < today),
    (a, b) => ascending(a.date, b.date),
  );
  if (meeting) return { kind: 'meeting', date: meeting.date, label: meeting.label };
  const previous = drops.filter((d) => d.published <= today).at(-2);
  return previous ? { kind: 'drop', date: previous.published, label: previous.title } : undefined;
}

const relative = (m: Move) =>
  m.before?.value !== undefined && m.after.value !== undefined && m.before.value !== 0
    ? Math.abs((m.after.value - m.before.value) / m.before.value)
    : 0;

const latestValued = (figures: Figure[]) =>
  greatest(
    figures.filter((f) => f.value !== undefined),
    (a, b) => ascending(a.period.end, b.period.end),
  );

/**
 * What changed for the authority between the reference and now: measures whose latest figure moved
 * (better, worse or the same by polarity), first figures, and revisions of figures in force then.
 * `drops` is in publication order; `observations` every figure of those drops (revisions included).
 * Series that have ended are left out: they have nothing new to say.
 */
export function sinceReference(input: {
  metrics: Metric[];
  observations: Observation[];
  drops: Drop[];
  authority: string;
  reference: Reference | undefined;
  today: string;
}): SinceReference {
  const { metrics, drops, authority, reference, today } = input;
  const mine = input.observations.filter((o) => o.area === authority);
  const shown = drops.filter((d) => d.published <= today);
  const then = shown.filter((d) => reference !== undefined && d.published <= reference.date);
  const later = shown.filter((d) => !then.includes(d));
  const byMetric = (figures: Figure[]) => {
    const map = new Map<string, Figure[]>();
    for (const f of figures) map.set(f.metric, [...(map.get(f.metric) ?? []), f]);
    return map;
  };
  const before = byMetric(
    currentFigures(
      mine,
      then.map((d) => d.id),
    ),
  );
  const now = byMetric(
    currentFigures(
      mine,
      shown.map((d) => d.id),
    ),
  );
  const result = nothingSince(reference, later);
  if (later.length === 0) return result;
  for (const metric of metrics) {
    if (metric.ended !== undefined) continue;
    const old = before.get(metric.id) ?? [];
    const current = now.get(metric.id) ?? [];
    const after = latestValued(current);
    const was = latestValued(old);
    if (after && !was) result.first.push({ metric, before: undefined, after, direction: 'first' });
    else if (after && was && after.period.end > was.period.end) {
      const delta = (after.value ?? 0) - (was.value ?? 0);
      const direction = judgeMove(
        was.period,
        after.period,
        delta,
        metric.polarity,
        redefinedFrom(metric),
      );
      const move = { metric, before: was, after, direction };
      if (direction === 'no-judgement') result.unjudged.push(move);
      else result[direction].push(move);
    }
    for (const f of current) {
      const o = old.find((x) => x.period.label === f.period.label);
      if (o && (o.value !== f.value || o.status !== f.status))
        result.revised.push({ metric, before: o, after: f });
    }
  }
  result.worse.sort((a, b) => descending(relative(a), relative(b)));
  result.better.sort((a, b) => descending(relative(a), relative(b)));
  return result;
}
