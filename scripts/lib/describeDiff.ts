import { group } from 'd3-array';
import type { DataSet } from '../../src/data/dataset';
import { dropDiff } from '../../src/stats/dropDiff';

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
  const name = (code: string) => data.areas.find((a) => a.code === code)?.name ?? code;
  const lines = [`\nWhat ${drop} changes against the drops before it:`];
  lines.push(`\nNew figures: ${d.added.length}`);
  for (const [metric, rows] of group(d.added, (o) => o.metric)) {
    const periods = [...new Set(rows.map((o) => o.period.label))].sort();
    lines.push(
      `  ${metric}: ${periods.join(', ')} (${new Set(rows.map((o) => o.area)).size} areas)`,
    );
  }
  lines.push(`\nRevised figures: ${d.revised.length}`);
  for (const r of d.revised) {
    const show = (o: typeof r.before) =>
      o.value === undefined
        ? o.status
        : `${o.value}${o.status === 'final' ? '' : ` (${o.status})`}`;
    lines.push(
      `  ${r.metric}, ${name(r.area)}, ${r.period}: ${show(r.before)} → ${show(r.after)} (was ${r.before.drop} line ${r.before.line}, now line ${r.after.line})`,
    );
  }
  lines.push(`\nAreas missing from the newest period: ${d.missingAreas.length} measures`);
  for (const m of d.missingAreas)
    lines.push(`  ${m.metric}, ${m.period}: no figure for ${m.areas.map(name).join(', ')}`);
  lines.push(
    `\nQuarterly or monthly measures the previous drop had and this one has not: ${d.missingMetrics.length}`,
  );
  for (const m of d.missingMetrics) lines.push(`  ${m}`);
  return lines.join('\n');
}
