import { join } from 'node:path';
import { readCsvFile } from './csvFile';
import type { ValueRow } from './importNational';

/** What a council's import.json says about its own transcribed figures. */
export interface LocalOptions {
  /**
   * Local measures that a published statistic also gives. Where both cover the same area and period,
   * the published statistic is the value and the local figure becomes a note on it.
   */
  equivalents: Record<string, string>;
  /** Seed document number → the words a reference uses for it, e.g. "001" → "agenda pack text". */
  documents: Record<string, string>;
  /** Local measures left out of the data folder, with their figures. */
  exclude: Set<string>;
}

/** How a quoted figure is written after its number, by the local measure's unit. */
const UNIT_AFTER: Record<string, string> = {
  percent: '%',
  'rate per 100,000': ' per 100,000',
  days: ' days',
};

/** "seed 001 line 2175 (CQC report)" → "agenda pack text, line 2175 (CQC report)", with the quoted words. */
export function reference(ref: string, quote = '', documents: Record<string, string> = {}): string {
  const named = ref.replace(
    /seed (\d{3}) /g,
    (_, n: string) => `${documents[n] ?? `document ${n}`}, `,
  );
  return quote ? `${named}: “${quote.trim()}”` : named;
}

/** The council's own figures transcribed from its reports, with their measures. */
export function importLocal(
  dir: string,
  published: ValueRow[],
  { equivalents, documents, exclude }: LocalOptions,
) {
  const figures = readCsvFile(join(dir, 'seed-figures.csv')).filter(
    (f) => !exclude.has(f.metric ?? ''),
  );
  const seedMetrics = readCsvFile(join(dir, 'seed-metrics.csv')).filter(
    (m) => !exclude.has(m.id ?? ''),
  );
  const unitOf = new Map(seedMetrics.map((m) => [m.id ?? '', m.unit ?? '']));
  const publishedKeys = new Set(published.map((r) => `${r.metric}|${r.area}|${r.period}`));
  const notes = new Map<string, string>();
  const values: ValueRow[] = [];
  for (const f of figures) {
    const metric = f.metric ?? '';
    const area = f.area ?? '';
    const period = f.period ?? '';
    const equivalent = equivalents[metric];
    const ref = reference(f.source_ref ?? '', f.quote ?? '', documents);
    const key = `${equivalent}|${area}|${period}`;
    if (equivalent && publishedKeys.has(key)) {
      // A forecast or provisional figure says so, so that it is not read as a disagreement with the outturn.
      const status =
        f.status && f.status !== 'final'
          ? ` The council marked it ${f.status}${f.note ? `: ${reference(f.note, '', documents)}` : ''}.`
          : '';
      const note = `The council's reports quote ${f.value}${UNIT_AFTER[unitOf.get(metric) ?? ''] ?? ''} (${ref}).${status}`;
      notes.set(key, [notes.get(key), note].filter(Boolean).join(' '));
      continue;
    }
    values.push({
      metric,
      area,
      period,
      value: f.value ?? '',
      status: f.status || 'final',
      note: reference(f.note ?? '', '', documents),
      source: f.source ?? '',
      source_ref: ref,
    });
  }
  const sourceOf = new Map(values.map((v) => [v.metric, v.source]));
  const metrics = seedMetrics.map((m): Record<string, string> => ({
    ...m,
    source: sourceOf.get(m.id ?? '') ?? '',
  }));
  return { values, metrics, notes };
}

/** Events dated only to a month run from its first day to its last. */
export function eventDate(text: string, end: boolean): string {
  if (!/^\d{4}-\d{2}$/.test(text)) return text;
  const [y, m] = text.split('-').map(Number);
  if (y === undefined || m === undefined) return text;
  const day = end ? new Date(Date.UTC(y, m, 0)).getUTCDate() : 1;
  return `${text}-${String(day).padStart(2, '0')}`;
}
