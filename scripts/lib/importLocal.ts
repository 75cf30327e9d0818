import { join } from 'node:path';
import { readCsvFile } from './csvFile';
import type { ValueRow } from './importNational';

/**
 * Local figures that a published statistic also gives. Where both cover the same area and period,
 * the published statistic is the value and the local figure becomes a note on it.
 */
export const PUBLISHED_EQUIVALENT: Record<string, string> = {
  'users-satisfied-percent': 'ascof-user-satisfaction',
  'users-control-daily-life-percent': 'ascof-control-over-daily-life',
  'users-social-contact-percent': 'ascof-users-social-contact',
  'users-easy-information-percent': 'ascof-users-easy-information',
  'carers-easy-information-percent': 'ascof-carers-easy-information',
  'carers-social-contact-percent': 'ascof-carers-social-contact',
  'care-workforce-turnover-percent': 'oflog-workforce-turnover',
};

const DOCUMENT: Record<string, string> = { '000': 'case study text', '001': 'agenda pack text', '004': 'local account text' };

/** "seed 001 line 2175 (CQC report)" → "agenda pack text, line 2175 (CQC report)", with the quoted words. */
function reference(ref: string, quote: string): string {
  const named = ref.replace(/^seed (\d{3}) /, (_, n: string) => `${DOCUMENT[n] ?? `document ${n}`}, `);
  return quote ? `${named}: “${quote.trim()}”` : named;
}

/** The council's own figures transcribed from its reports, with their measures. */
export function importLocal(dir: string, published: ValueRow[]) {
  const figures = readCsvFile(join(dir, 'seed-figures.csv'));
  const publishedKeys = new Set(published.map((r) => `${r.metric}|${r.area}|${r.period}`));
  const notes = new Map<string, string>();
  const values: ValueRow[] = [];
  for (const f of figures) {
    const metric = f.metric ?? '';
    const area = f.area ?? '';
    const period = f.period ?? '';
    const equivalent = PUBLISHED_EQUIVALENT[metric];
    const ref = reference(f.source_ref ?? '', f.quote ?? '');
    if (equivalent && publishedKeys.has(`${equivalent}|${area}|${period}`)) {
      notes.set(`${equivalent}|${area}|${period}`, `The council's reports quote ${f.value}% (${ref}).`);
      continue;
    }
    values.push({ metric, area, period, value: f.value ?? '', status: f.status || 'final', note: f.note ?? '', source: f.source ?? '', source_ref: ref });
  }
  const sourceOf = new Map(values.map((v) => [v.metric, v.source]));
  const metrics = readCsvFile(join(dir, 'seed-metrics.csv')).map((m): Record<string, string> => ({ ...m, source: sourceOf.get(m.id ?? '') ?? '' }));
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
