import { loadFolder } from '../../src/data/loadFolder';
import { figureKey } from '../../src/data/keys';
import { isConfirmed, questionedFigures, type Finding } from '../../src/data/plausibility';
import { folderReader } from './readFolder';

/** The columns of an imported row this step reads and writes. */
interface Row {
  metric: string;
  area: string;
  period: string;
  source: string;
  note?: string;
}

/**
 * A published statistic is imported as its publisher gave it, so where the publish check questions
 * one (a jump of more than 3×, a council far from all others) the importer confirms it in its note:
 * "Confirmed: as published by NHS England." Figures transcribed from a council's own documents are
 * never confirmed here: they are returned for a person to check against the document.
 * `write` writes the rows again after notes change. Confirming a figure can make the next period
 * questioned in turn, so this repeats until nothing more changes.
 */
export async function confirmPublished<R extends Row>(
  dir: string,
  rows: R[],
  isTranscribed: (row: R) => boolean,
  write: () => void,
): Promise<Finding[]> {
  // The same measure, area and period may come from a council report and later a publication.
  const keyOf = (r: { metric: string; area: string; source: string }, period: string) =>
    `${figureKey(r.metric, r.area, period)}|${r.source}`;
  const byKey = new Map(rows.map((r) => [keyOf(r, r.period), r]));
  for (;;) {
    const { data } = await loadFolder(folderReader(dir, []));
    if (!data) return [];
    const publisher = new Map(data.sources.map((s) => [s.id, s.publisher]));
    const kinds = new Map(data.areas.map((a) => [a.code, a.kind]));
    const metrics = new Map(data.metrics.map((m) => [m.id, m]));
    const found = questionedFigures(data.observations, metrics, (code) => kinds.get(code));
    let changed = false;
    for (const { figure } of found) {
      const row = byKey.get(keyOf(figure, figure.period.label));
      if (!row || isTranscribed(row) || isConfirmed(row.note ?? '')) continue;
      const by = publisher.get(row.source) ?? row.source;
      row.note = [`Confirmed: as published by ${by}.`, row.note].filter(Boolean).join(' ');
      changed = true;
    }
    if (!changed) return found.filter(({ figure }) => !isConfirmed(figure.note));
    write();
  }
}
