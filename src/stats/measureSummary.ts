import { redefinedFrom } from '../data/period';
import type { Metric, Site, Target } from '../data/types';
import { changeOverYear, changeSincePrevious, type Change, type Point } from './change';
import type { Figure } from './figures';
import { freshness, type Freshness } from './freshness';
import { planTarget, type PlanTarget } from './planTarget';
import { rankAmong, summarise, type GroupSummary, type RankResult } from './rank';
import { compareWithBenchmark, type Comparison } from './significance';

export interface MeasureSummary {
  metric: Metric;
  /** The authority's figures, oldest first. */
  series: Figure[];
  latest: Figure | undefined;
  sincePrevious: Change | undefined;
  overYear: Change | undefined;
  benchmark: { code: string; name: string; figure: Figure | undefined; comparison: Comparison };
  /**
   * Among the comparator group; `without` counts the group's councils with no figure for that
   * period.
   */
  rank: (RankResult & { period: string; without: number }) | undefined;
  group: GroupSummary | undefined;
  plan: PlanTarget | undefined;
  /**
   * How old the latest figure is against what the measure's frequency allows, on the day judged.
   */
  freshness: Freshness;
}

/** The figures for one area, oldest first. */
export function seriesOf(figures: Figure[], area: string): Figure[] {
  return figures
    .filter((f) => f.area === area)
    .sort((a, b) => a.period.end.localeCompare(b.period.end));
}

export const toPoints = (figures: Figure[]): Point[] =>
  figures.map((f) => ({ period: f.period, value: f.value }));

/**
 * An area's latest figure in its series: the latest with a value, else the latest (suppressed) one.
 */
export function latestOf(series: Figure[]): Figure | undefined {
  return [...series].reverse().find((f) => f.value !== undefined) ?? series.at(-1);
}

/**
 * Everything a card or a measure page says about one measure: latest, change, England, rank,
 * target.
 */
export function measureSummary(
  metric: Metric,
  figures: Figure[],
  site: Site,
  targets: Target[],
  today: string,
  groupMembers?: string[],
): MeasureSummary {
  const area = site.authority.code;
  const series = seriesOf(figures, area);
  const latestValued = [...series].reverse().find((f) => f.value !== undefined);
  const latest = latestOf(series);
  const points = toPoints(series);
  const bench = site.benchmarks[0] ?? { code: 'E92000001', name: 'England' };
  const benchFigure = latest
    ? figures.find((f) => f.area === bench.code && f.period.label === latest.period.label)
    : undefined;
  const comparison = latest
    ? compareWithBenchmark(
        {
          value: latest.value,
          numerator: latest.numerator,
          denominator: latest.denominator,
          lower: latest.lower,
          upper: latest.upper,
        },
        benchFigure?.value,
        metric.polarity,
        metric,
      )
    : { verdict: 'not-compared' as const, method: 'none' as const };
  const members = new Set([area, ...(groupMembers ?? site.groups[0]?.members ?? [])]);
  const peers = latest
    ? figures.filter((f) => members.has(f.area) && f.period.label === latest.period.label)
    : [];
  const ranked = latest && peers.length > 1 ? rankAmong(peers, area, metric.polarity) : undefined;
  // Councils in the group (the authority aside) with no valued figure for the period ranked.
  const valuedPeers = new Set(peers.filter((f) => f.value !== undefined).map((f) => f.area));
  const without = [...members].filter((m) => m !== area && !valuedPeers.has(m)).length;
  return {
    metric,
    series,
    latest,
    sincePrevious: changeSincePrevious(points, metric.polarity, redefinedFrom(metric)),
    overYear: changeOverYear(points, metric.polarity, redefinedFrom(metric)),
    benchmark: { ...bench, figure: benchFigure, comparison },
    rank: ranked && latest ? { ...ranked, period: latest.period.label, without } : undefined,
    group:
      peers.length > 1
        ? summarise(peers.filter((f) => f.area !== area).map((f) => f.value))
        : undefined,
    plan: planTarget(targets, metric, area, points, today),
    freshness: freshness(metric, latestValued?.period.end, today),
  };
}
