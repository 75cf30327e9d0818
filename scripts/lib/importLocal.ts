import { join } from 'node:path';
import { readCsvFile } from './csvFile';
import type { ValueRow } from './valueRow';

/** What a council's import.json says about its own transcribed figures. */
export interface LocalOptions {
  /** Local measures that a published statistic also gives: local id → published id. */
  equivalents: Record<string, string>;
  /** Seed document number → the words a reference uses for it, e.g. "001" → "agenda pack text". */
  documents: Record<string, string>;
  /** Local measures left out of the data folder, with their figures. */
  exclude: Set<string>;
  /** Where a source's figures were first published: the drop's place in publication order. */
  dropIndex: (source: string) => number;
  /** Source id → its name in public words, e.g. "the CQC's assessment report (July 2025)". */
  sourceNames: Record<string, string>;
  /** Published measure id → its unit, so a quoted figure is written with it. */
  units: Map<string, string>;
}

/** A public note and an officer reference to add to a published figure. */
export interface AddedNote {
  note: string;
  ref: string;
}

/** How a quoted figure is written after its number, by the measure's unit. */
const UNIT_AFTER: Record<string, string> = {
  percent: '%',
  'rate per 100,000': ' per 100,000',
  days: ' days',
  weeks: ' weeks',
  months: ' months',
};

/**
 * "seed 001 line 2175 (CQC report)" → "agenda pack text, line 2175 (CQC report)", with the quoted
 * words.
 */
export function reference(ref: string, quote = '', documents: Record<string, string> = {}): string {
  const named = ref.replace(
    /seed (\d{3}) /g,
    (_, n: string) => `${documents[n] ?? `document ${n}`}, `,
  );
  return quote ? `${named}: “${quote.trim()}”` : named;
}

const decimals = (v: string) => (v.includes('.') ? v.length - v.indexOf('.') - 1 : 0);

/**
 * Two written figures are the same if either, rounded to the other's decimals, is the other (46 and
 * 45.99).
 */
export function sameFigure(a: string, b: string): boolean {
  const round = (v: string, d: number) => Number(v).toFixed(d);
  return (
    round(a, decimals(b)) === round(b, decimals(b)) ||
    round(b, decimals(a)) === round(a, decimals(a))
  );
}

const keyOf = (metric: string, area: string, period: string) => `${metric}|${area}|${period}`;

/**
 * Places the council's own figures beside the published statistics. A figure for a measure that a
 * published statistic also gives goes under the published measure: if the council reported it in an
 * earlier drop than the statistic, it stays there as a figure and the published one revises it; if
 * it came out with the statistic or later, the statistic is the figure and the council's becomes a
 * public note on it ("Also reported for this period: …"), its place in the document going to
 * `source_ref`. A second council figure for the same measure, area and period, in the same drop or
 * a later one, is a note on the first. Any other figure stays under its own measure.
 */
export function placeLocalFigures(
  figures: Record<string, string>[],
  published: ValueRow[],
  options: Omit<LocalOptions, 'exclude'> & { localUnits: Map<string, string> },
): { values: ValueRow[]; notes: Map<string, AddedNote> } {
  const { equivalents, documents, dropIndex, sourceNames, units, localUnits } = options;
  const byKey = new Map(published.map((r) => [keyOf(r.metric, r.area, r.period), r]));
  const entries = new Map<string, { words: string[]; refs: string[]; differs: boolean }>();
  const values: ValueRow[] = [];
  const placed = new Map<string, ValueRow>();
  for (const f of figures) {
    const own = f.metric ?? '';
    // A figure may name the published measure itself, or a local one with a published equivalent.
    const metric = equivalents[own] ?? own;
    const area = f.area ?? '';
    const period = f.period ?? '';
    const source = f.source ?? '';
    const ref = reference(f.source_ref ?? '', f.quote ?? '', documents);
    const key = keyOf(metric, area, period);
    // An earlier row of the council's own for the same figure counts like a statistic.
    const statistic = byKey.get(key) ?? placed.get(key);
    if (statistic && dropIndex(source) >= dropIndex(statistic.source)) {
      const unit = UNIT_AFTER[units.get(metric) ?? localUnits.get(own) ?? ''] ?? '';
      const where = [sourceNames[source] ?? source, f.section].filter(Boolean).join(', ');
      const status = f.status && f.status !== 'final' ? `, ${f.status}` : '';
      const entry = entries.get(key) ?? { words: [], refs: [], differs: false };
      entry.words.push(`${f.value ?? ''}${unit} in ${where}${status}`);
      entry.refs.push(ref);
      entry.differs ||= !sameFigure(f.value ?? '', statistic.value);
      entries.set(key, entry);
      continue;
    }
    const row: ValueRow = {
      metric,
      area,
      period,
      value: f.value ?? '',
      numerator: f.numerator || undefined,
      denominator: f.denominator || undefined,
      status: f.status || 'final',
      note: f.note ?? '',
      source,
      section: f.section ?? '',
      source_ref: ref,
    };
    values.push(row);
    placed.set(key, row);
  }
  const notes = new Map<string, AddedNote>();
  for (const [key, { words, refs, differs }] of entries) {
    const why = differs
      ? ' The reports do not say why their figures differ from the one shown.'
      : '';
    const added = {
      note: `Also reported for this period: ${words.join('; ')}.${why}`,
      ref: `also quoted in ${refs.join('; and in ')}`,
    };
    const own = placed.get(key);
    if (!own) notes.set(key, added);
    else {
      own.note = [own.note, added.note].filter(Boolean).join(' ');
      own.source_ref = [own.source_ref, added.ref].filter(Boolean).join('; ');
    }
  }
  return { values, notes };
}

/**
 * The council's own figures transcribed from its reports, placed by `placeLocalFigures`, with their
 * measures.
 */
export function importLocal(dir: string, published: ValueRow[], options: LocalOptions) {
  const { exclude } = options;
  const figures = readCsvFile(join(dir, 'seed-figures.csv')).filter(
    (f) => !exclude.has(f.metric ?? ''),
  );
  const seedMetrics = readCsvFile(join(dir, 'seed-metrics.csv')).filter(
    (m) => !exclude.has(m.id ?? ''),
  );
  const localUnits = new Map(seedMetrics.map((m) => [m.id ?? '', m.unit ?? '']));
  const { values, notes } = placeLocalFigures(figures, published, { ...options, localUnits });
  const sourceOf = new Map(values.map((v) => [v.metric, v.source]));
  const metrics = seedMetrics.map((m): Record<string, string> => ({
    ...m,
    source: m.source || (sourceOf.get(m.id ?? '') ?? ''),
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
