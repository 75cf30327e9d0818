import { publicationWords } from '../a11y/describe';
import { toCsv } from '../data/csvExport';
import type { Area, Drop, Metric, Source } from '../data/types';
import { formatDate, formatPeriod } from '../format';
import type { Figure } from '../stats/figures';
import { rankAll } from '../stats/rank';
import { countsPeople, wilsonInterval } from '../stats/significance';

type Value = string | number | undefined;

export interface RankedCsv {
  /** What the figures are: measure, unit, period, group, source, drop; one pair per line. */
  preamble: [string, Value][];
  columns: string[];
  rows: Value[][];
}

/**
 * The publisher's own interval, else a Wilson interval from the counts for a percentage of people
 * (not for a CQC score's points out of 36, nor a council's share of complaints: see countsPeople).
 */
function intervalOf(f: Figure, metric: Metric): { lower: number; upper: number } | undefined {
  if (f.lower !== undefined && f.upper !== undefined) return { lower: f.lower, upper: f.upper };
  if (!countsPeople(metric) || f.numerator === undefined || f.denominator === undefined)
    return undefined;
  return wilsonInterval(f.numerator, f.denominator);
}

/**
 * Every council's figure for a measure and period, ranked among all councils with a value (best
 * first; competition ranks, 1, 2, 2, 4), councils without one after them, each with its numerator,
 * denominator and interval where known and whether it is in the comparison. Regions and England are
 * left out of the ranking.
 */
export function rankedCsv(input: {
  metric: Metric;
  figures: Figure[];
  period: string;
  areas: Map<string, Area>;
  authority: string;
  members: string[];
  groupName: string;
  sources: Map<string, Source>;
  drops: Drop[];
}): RankedCsv {
  const { metric, areas, period } = input;
  const councils = input.figures.filter(
    (f) => f.period.label === period && areas.get(f.area)?.kind === 'council',
  );
  const ranks = new Map(rankAll(councils, metric.polarity).map((r) => [r.area, r.rank]));
  const ordered = [...councils].sort(
    (a, b) =>
      (ranks.get(a.area) ?? Infinity) - (ranks.get(b.area) ?? Infinity) ||
      (areas.get(a.area)?.name ?? a.area).localeCompare(areas.get(b.area)?.name ?? b.area),
  );
  const first = councils[0];
  const sourceIds = [...new Set(councils.map((f) => f.source))];
  const dropIds = new Set(councils.map((f) => f.drop));
  const drops = input.drops.filter((d) => dropIds.has(d.id));
  const role = (code: string) =>
    code === input.authority ? 'this council' : input.members.includes(code) ? 'comparator' : '';
  return {
    preamble: [
      ['Measure', metric.title],
      ['Unit', metric.unit],
      ['Period', first ? formatPeriod(first.period) : period],
      ['Ranked', metric.polarity === 'none' ? 'highest first' : 'best first'],
      ['Comparator group', input.groupName],
      [
        'Source',
        sourceIds.map((id) => publicationWords(input.sources.get(id))).join('; ') || undefined,
      ],
      ['Published', drops.map((d) => `${d.title} (${formatDate(d.published)})`).join('; ')],
    ],
    columns: [
      'Rank among councils',
      'Council',
      'ONS code',
      'In the comparison',
      'Value',
      'Numerator',
      'Denominator',
      'Lower limit (95%)',
      'Upper limit (95%)',
      'Status',
    ],
    rows: ordered.map((f) => {
      const interval = intervalOf(f, metric);
      // Two more decimals than the measure shows: enough to compare, without the float's noise.
      const round = (v: number | undefined) =>
        v === undefined ? undefined : Number(v.toFixed(metric.decimals + 2));
      return [
        ranks.get(f.area),
        areas.get(f.area)?.name ?? f.area,
        f.area,
        role(f.area),
        f.value,
        f.numerator,
        f.denominator,
        round(interval?.lower),
        round(interval?.upper),
        f.value === undefined ? 'no figure (suppressed)' : f.status,
      ];
    }),
  };
}

/** The download: the preamble's lines, a blank line, then the ranked table; formulas defused. */
export function rankedCsvText(r: RankedCsv): string {
  const [[key, value] = ['Measure', ''], ...rest] = r.preamble;
  return `${toCsv([key, String(value ?? '')], rest)}\r\n${toCsv(r.columns, r.rows)}`;
}
