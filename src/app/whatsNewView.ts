import { ascending, greatest, group } from 'd3-array';
import { describeStatus } from '../a11y/describePlan';
import { redefinedFrom } from '../data/period';
import type { Drop, Metric, Observation, Site, Target } from '../data/types';
import { dropDiff } from '../stats/dropDiff';
import { currentFigures, type Figure } from '../stats/figures';
import { judgeChange, judgeMove, type Direction } from '../stats/judge';
import { measureSummary } from '../stats/measureSummary';
import type { PlanStatus } from '../stats/planTarget';

/** New figures a drop brought for one measure, and how the authority's latest moved. */
export interface AddedLine {
  metric: Metric;
  periods: Observation['period'][];
  areas: number;
  /** The authority's newest figure in the drop, if it has one. */
  own: Observation | undefined;
  /** The authority's latest figure before the drop. */
  before: Figure | undefined;
  /** Better, worse or the same by polarity; 'first' for a first figure. */
  direction: Direction | 'first' | undefined;
  /** The new figure less the one before, when both exist. */
  delta: number | undefined;
}

export interface RevisedLine {
  metric: Metric;
  area: string;
  period: string;
  before: Observation;
  after: Observation;
  direction: Direction | undefined;
  delta: number | undefined;
}

export interface StatusChange {
  metric: Metric;
  was: PlanStatus;
  now: PlanStatus;
  /** 'time' when the figures did not change it: an old figure simply aged. */
  cause: 'figures' | 'time';
}

export interface WhatsNewView {
  current: Drop;
  previous: Drop | undefined;
  added: AddedLine[];
  revised: RevisedLine[];
  statusChanges: StatusChange[];
  gaps: { metric: Metric; period: string; areas: string[] }[];
}

const latestOf = (figures: Figure[], metric: string, area: string) =>
  greatest(
    figures.filter((f) => f.metric === metric && f.area === area && f.value !== undefined),
    (a, b) => ascending(a.period.end, b.period.end),
  );

/**
 * What the latest drop shown changed: each new figure with its direction against the figure before,
 * each revision with its direction, and plan statuses that moved — saying when only the passage of
 * time moved them, which is not news.
 */
export function whatsNewView(input: {
  site: Site;
  metrics: Metric[];
  drops: Drop[];
  observations: Observation[];
  targets: Target[];
  today: string;
}): WhatsNewView | undefined {
  const { site, metrics, drops, observations, targets, today } = input;
  const current = drops.at(-1);
  if (!current) return undefined;
  const previous = drops.at(-2);
  const ids = drops.map((d) => d.id);
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const everyDrop = new Set(
    metrics
      .filter((m) => m.frequency === 'quarterly' || m.frequency === 'monthly')
      .map((m) => m.id),
  );
  const diff = dropDiff(observations, ids, current.id, everyDrop);
  const authority = site.authority.code;
  const planned = [...new Set(targets.filter((t) => t.kind === 'target').map((t) => t.metric))];
  // The figures in force before and after the drop, for the authority's own latest figures and the
  // plan measures' statuses: only those are folded (the whole country's figures are many).
  const needed = new Set(planned);
  const folded = observations.filter((o) => o.area === authority || needed.has(o.metric));
  const before = currentFigures(folded, ids.slice(0, -1));
  const now = currentFigures(folded, ids);

  const added = [...group(diff.added, (o) => o.metric)].flatMap(([id, rows]): AddedLine[] => {
    const metric = byId.get(id);
    if (!metric) return [];
    const own = greatest(
      rows.filter((o) => o.area === authority),
      (a, b) => ascending(a.period.end, b.period.end),
    );
    const was = latestOf(before, id, authority);
    const delta =
      own?.value !== undefined && was?.value !== undefined && own.period.end > was.period.end
        ? own.value - was.value
        : undefined;
    const direction =
      own?.value === undefined
        ? undefined
        : !was
          ? 'first'
          : delta === undefined
            ? undefined
            : judgeMove(was.period, own.period, delta, metric.polarity, redefinedFrom(metric));
    const periods = [...new Map(rows.map((o) => [o.period.label, o.period])).values()];
    const areas = new Set(rows.map((o) => o.area)).size;
    return [{ metric, periods, areas, own, before: was, direction, delta }];
  });

  const revised = diff.revised.flatMap((r): RevisedLine[] => {
    const metric = byId.get(r.metric);
    if (!metric) return [];
    const { before: b, after: a } = r;
    const delta = a.value !== undefined && b.value !== undefined ? a.value - b.value : undefined;
    const direction = delta === undefined ? undefined : judgeChange(delta, metric.polarity);
    return [{ metric, area: r.area, period: r.period, before: b, after: a, direction, delta }];
  });

  const statusAt = (figures: Figure[], metric: Metric, day: string) =>
    measureSummary(
      metric,
      figures.filter((f) => f.metric === metric.id),
      site,
      targets,
      day,
    ).plan?.status;
  const statusChanges = planned.flatMap((id): StatusChange[] => {
    const metric = byId.get(id);
    if (!metric) return [];
    const was = statusAt(before, metric, previous?.published ?? current.published);
    const nowStatus = statusAt(now, metric, today);
    if (!was || !nowStatus || describeStatus(was) === describeStatus(nowStatus)) return [];
    const aged = statusAt(before, metric, today);
    const cause = aged && describeStatus(aged) === describeStatus(nowStatus) ? 'time' : 'figures';
    return [{ metric, was, now: nowStatus, cause }];
  });

  const gaps = diff.missingAreas.flatMap((g) => {
    const metric = byId.get(g.metric);
    return metric ? [{ metric, period: g.period, areas: g.areas }] : [];
  });
  return { current, previous, added, revised, statusChanges, gaps };
}
