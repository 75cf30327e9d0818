import { quantile, median } from 'd3-array';
import { dateToTime } from '../data/period';
import type { Period, Status } from '../data/types';
import type { Figure } from './figures';
import type { Anchor } from './trajectory';

/** One x position on a measure's chart. `null` breaks a line: a gap is never drawn across. */
export interface ChartRow {
  time: number;
  period: Period | undefined;
  authority: number | null;
  authorityStatus: Status | undefined;
  benchmarks: (number | null)[];
  median: number | null;
  band: [number, number] | null;
  trajectory: number | null;
}

export interface ChartInput {
  figures: Figure[];
  authority: string;
  benchmarks: string[];
  members: string[];
  gapAfterDays: number;
  /** The first day of a redefinition (see redefinedFrom): the line breaks before it. */
  breakStart: string | undefined;
  trajectory: [Anchor, Anchor] | undefined;
}

const DAY = 86_400_000;

function blank(time: number): ChartRow {
  return {
    time,
    period: undefined,
    authority: null,
    authorityStatus: undefined,
    benchmarks: [],
    median: null,
    band: null,
    trajectory: null,
  };
}

/**
 * Rows for the chart: every period any series has, the comparator group's median and interquartile
 * band for the chosen members, blank rows where figures are missing or the definition changed, and
 * the plan's straight-line trajectory.
 */
export function chartRows(input: ChartInput): ChartRow[] {
  const { figures, authority, benchmarks, members, gapAfterDays, breakStart, trajectory } = input;
  const memberSet = new Set(members);
  const periods = new Map<string, Period>();
  for (const f of figures)
    if (f.area === authority || benchmarks.includes(f.area) || memberSet.has(f.area))
      periods.set(f.period.label, f.period);
  const sorted = [...periods.values()].sort((a, b) => a.end.localeCompare(b.end));
  const rows: ChartRow[] = [];
  let previous: number | undefined;
  let previousStart: string | undefined;
  for (const period of sorted) {
    const time = dateToTime(period.end);
    // The first period after the redefinition, whichever it is: a survey year may be missing.
    const broken =
      breakStart !== undefined &&
      previousStart !== undefined &&
      previousStart < breakStart &&
      period.start >= breakStart;
    previousStart = period.start;
    if (previous !== undefined && (time - previous > gapAfterDays * DAY || broken))
      rows.push(blank((previous + time) / 2));
    const at = figures.filter((f) => f.period.label === period.label);
    const value = (area: string) => at.find((f) => f.area === area)?.value ?? null;
    const peers = at
      .filter((f) => memberSet.has(f.area) && f.value !== undefined)
      .map((f) => f.value ?? 0);
    const own = at.find((f) => f.area === authority);
    const q1 = quantile(peers, 0.25);
    const q3 = quantile(peers, 0.75);
    rows.push({
      time,
      period,
      authority: own?.value ?? null,
      authorityStatus: own?.status,
      benchmarks: benchmarks.map(value),
      median: peers.length >= 3 ? (median(peers) ?? null) : null,
      band: peers.length >= 3 && q1 !== undefined && q3 !== undefined ? [q1, q3] : null,
      trajectory: null,
    });
    previous = time;
  }
  if (trajectory) {
    for (const a of trajectory) {
      const time = dateToTime(a.date);
      const row = rows.find((r) => r.time === time);
      if (row) row.trajectory = a.value;
      else rows.push({ ...blank(time), trajectory: a.value });
    }
    rows.sort((a, b) => a.time - b.time);
  }
  return rows;
}
