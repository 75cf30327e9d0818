import { ascending, greatest, group } from 'd3-array';
import type { DataSet } from '../data/dataset';
import { figureKey } from '../data/keys';
import type { Metric, Observation } from '../data/types';
import { dropDiff } from '../stats/dropDiff';
import { redefinedFrom } from '../data/period';
import { judgeMove } from '../stats/judge';
import { countOf } from '../format';

/** A figure as the report writes it: the value, or its status when there is none. */
function shown(o: Observation): string {
  if (o.value === undefined) return o.status;
  return `${o.value}${o.status === 'final' ? '' : ` (${o.status})`}`;
}

/**
 * "better", "worse" or "same" by the measure's polarity; "up" or "down" where it has none, or where
 * a change in how it is counted lies between the two figures.
 */
function direction(from: Observation, to: Observation, metric: Metric | undefined): string {
  const delta = (to.value ?? 0) - (from.value ?? 0);
  const polarity = metric?.polarity ?? 'none';
  const d = judgeMove(from.period, to.period, delta, polarity, metric && redefinedFrom(metric));
  if (d !== 'no-judgement') return d;
  const moved = delta > 0 ? 'up' : 'down';
  return polarity === 'none' ? moved : `${moved} (series break: not judged)`;
}

/**
 * The figure in force for the period before each new one (same measure and area), from the drops up
 * to and including this one: what the new figure is read against.
 */
function previousFigures(data: DataSet, upTo: string): (o: Observation) => Observation | undefined {
  const ids = data.drops.map((d) => d.id);
  const shown = new Set(ids.slice(0, ids.indexOf(upTo) + 1));
  const inForce = new Map<string, Observation>();
  for (const o of data.observations)
    if (shown.has(o.drop) && o.value !== undefined)
      inForce.set(figureKey(o.metric, o.area, o.period.label), o);
  const series = group([...inForce.values()], (o) => `${o.metric}|${o.area}`);
  return (o) =>
    greatest(
      (series.get(`${o.metric}|${o.area}`) ?? []).filter((p) => p.period.end < o.period.end),
      (a, b) => ascending(a.period.end, b.period.end),
    );
}

/** Plain-text report of what a drop (default: the latest) changes against the drops before it. */
export function describeDiff(data: DataSet, dropId?: string): string {
  const ids = data.drops.map((d) => d.id);
  const drop = dropId ?? ids.at(-1);
  if (drop === undefined || !ids.includes(drop))
    return `No drop "${dropId ?? ''}" to compare (drops: ${ids.join(', ')}).`;
  const everyDrop = new Set(
    data.metrics
      .filter((m) => m.frequency === 'quarterly' || m.frequency === 'monthly')
      .map((m) => m.id),
  );
  const d = dropDiff(data.observations, ids, drop, everyDrop);
  const areaName = new Map(data.areas.map((a) => [a.code, a.name]));
  const name = (code: string) => areaName.get(code) ?? code;
  const metrics = new Map(data.metrics.map((m) => [m.id, m]));
  // The authority first, then the benchmarks, then every other area by name.
  const first = [data.site.authority.code, ...data.site.benchmarks.map((b) => b.code)];
  const rank = (code: string) => (first.includes(code) ? first.indexOf(code) : first.length);
  const order = (a: Observation, b: Observation) =>
    rank(a.area) - rank(b.area) ||
    name(a.area).localeCompare(name(b.area)) ||
    ascending(a.period.end, b.period.end);
  const previous = previousFigures(data, drop);

  const lines = [`\nWhat ${drop} changes against the drops before it:`];
  lines.push(`\nNew figures: ${d.added.length}`);
  const catalogue = new Map(data.metrics.map((m, i) => [m.id, i]));
  const byMetric = [...group(d.added, (o) => o.metric)].sort(
    ([a], [b]) => (catalogue.get(a) ?? Infinity) - (catalogue.get(b) ?? Infinity),
  );
  for (const [metric, rows] of byMetric) {
    const m = metrics.get(metric);
    lines.push(`  ${metric}${m ? ` (${m.title})` : ''}:`);
    for (const o of [...rows].sort(order)) {
      const before = previous(o);
      const compared =
        before?.value === undefined || o.value === undefined
          ? before
            ? `; ${before.period.label} was ${shown(before)}`
            : '; no earlier figure'
          : `; ${before.period.label} was ${shown(before)}: ${direction(before, o, m)}`;
      lines.push(`    ${name(o.area)}, ${o.period.label}: ${shown(o)}${compared}`);
    }
  }
  lines.push(`\nRevised figures: ${d.revised.length}`);
  for (const r of d.revised) {
    const m = metrics.get(r.metric);
    const { before, after } = r;
    const moved =
      before.value !== undefined && after.value !== undefined && before.value !== after.value
        ? `: ${direction(before, after, m)}`
        : '';
    lines.push(
      `  ${r.metric}, ${name(r.area)}, ${r.period}: ${shown(before)} → ` +
        `${shown(after)}${moved} (was ${before.drop} line ${before.line}, now line ` +
        `${after.line})`,
    );
  }
  lines.push(
    `\nAreas missing from the newest period: ${countOf(d.missingAreas.length, 'measure')}`,
  );
  for (const m of d.missingAreas)
    lines.push(`  ${m.metric}, ${m.period}: no figure for ${m.areas.map(name).join(', ')}`);
  lines.push(
    '\nQuarterly or monthly measures the previous drop had and this one has not: ' +
      `${d.missingMetrics.length}`,
  );
  for (const m of d.missingMetrics) lines.push(`  ${m}`);
  return lines.join('\n');
}
