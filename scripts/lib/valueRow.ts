/** A row of a drop's values.csv, as the importer writes it. */
export interface ValueRow {
  metric: string;
  area: string;
  period: string;
  value: string;
  numerator?: string;
  denominator?: string;
  status?: string;
  note?: string;
  source: string;
  /** The part of the publication a reader can find the figure in (public). */
  section?: string;
  source_ref?: string;
}

export const VALUE_COLUMNS = [
  'metric',
  'area',
  'period',
  'value',
  'numerator',
  'denominator',
  'lower',
  'upper',
  'status',
  'note',
  'source',
  'source_ref',
  'section',
] as const;

/** Marks the source files use for "not available"; such cells are left out, never read as zero. */
export const NOT_AVAILABLE = new Set(['', '[x]', '[c]', '[z]', 'x', 'c', '..', '*']);
