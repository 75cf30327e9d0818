/**
 * Chooses the measure page to benchmark in a data folder: the measure whose ranked table is longest
 * for the first comparator group and changes length when the second group is chosen, so a
 * comparator change shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES } from '../../src/data/dataset';
import { parsePeriod } from '../../src/data/period';
import { parseSite } from '../../src/data/site';
import { readCsvFile } from '../lib/csvFile';

export interface MeasureChoice {
  id: string;
  /**
   * Rows the ranked table should show with each group: the authority plus members with a figure.
   */
  rowsA: number;
  rowsB: number;
  groupA: string;
  groupB: string;
  /** Every figure in the folder's drops. */
  figures: number;
}

export function pickMeasure(dir: string): MeasureChoice {
  const { site } = parseSite(readFileSync(join(dir, DATA_FILES.site), 'utf8'), DATA_FILES.site);
  if (!site) throw new Error(`${dir}/site.json cannot be read`);
  const [a, b] = site.groups;
  if (!a || !b)
    throw new Error(`${dir}/site.json needs two comparator groups to time a comparator change`);
  const authority = site.authority.code;
  const drops = readCsvFile(join(dir, DATA_FILES.drops)).map((d) => d.id ?? '');
  // metric → period label → areas with a figure; later drops simply add to it (a revision keeps its
  // period).
  const valued = new Map<string, Map<string, Set<string>>>();
  let figures = 0;
  for (const drop of drops) {
    for (const r of readCsvFile(join(dir, DATA_FILES.values(drop)))) {
      figures++;
      if ((r.value ?? '') === '') continue;
      const byPeriod = valued.get(r.metric ?? '') ?? new Map<string, Set<string>>();
      valued.set(r.metric ?? '', byPeriod);
      const areas = byPeriod.get(r.period ?? '') ?? new Set<string>();
      byPeriod.set(r.period ?? '', areas);
      areas.add(r.area ?? '');
    }
  }
  const end = (label: string) => {
    const p = parsePeriod(label);
    return p.ok ? p.period.end : '';
  };
  let best: MeasureChoice | undefined;
  for (const [id, byPeriod] of valued) {
    const latest = [...byPeriod.entries()]
      .filter(([, areas]) => areas.has(authority))
      .sort(([x], [y]) => end(x).localeCompare(end(y)))
      .at(-1);
    if (!latest) continue;
    const [, areas] = latest;
    const rowsA = 1 + a.members.filter((m) => areas.has(m)).length;
    const rowsB = 1 + b.members.filter((m) => areas.has(m)).length;
    if (rowsA >= 3 && rowsB >= 2 && rowsA !== rowsB && (!best || rowsA > best.rowsA))
      best = { id, rowsA, rowsB, groupA: a.name, groupB: b.name, figures };
  }
  if (!best)
    throw new Error(
      `no measure in ${dir} has a ranked table that changes between "${a.name}" and "${b.name}"`,
    );
  return { ...best, figures };
}
