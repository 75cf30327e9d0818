import type { Metric } from '../data/types';
import { ascofCode, resolveAscof, type CodeMap, type Numbering } from './ascofCode';
import { measureKey, SKIP, type MeasureMap } from './measureMap';

export type Identified =
  | { kind: 'metric'; metric: Metric; via: string }
  | { kind: 'skip'; via: string }
  | { kind: 'unknown'; message: string; fix: string };

export interface Catalogue {
  metrics: ReadonlyMap<string, Metric>;
  codes: CodeMap;
  map: MeasureMap | undefined;
  mapFile: string | undefined;
  /** The numbering the sheet's ASCOF codes are read in: that of its latest period. */
  numbering: Numbering;
}

const NUMBERING_WORDS: Record<Numbering, string> = {
  old: 'before 2023-24',
  new: 'from 2023-24',
};

/**
 * Which measure a row of the sheet is: a measure id, a name in the --map file (its Measure cell, or
 * its description for rows the sheet calls just "Local"), or an ASCOF code in either numbering.
 */
export function identifyRow(name: string, description: string, c: Catalogue): Identified {
  const direct = c.metrics.get(name);
  if (direct) return { kind: 'metric', metric: direct, via: 'measure id' };
  for (const key of [name, description]) {
    const id = key === '' ? undefined : c.map?.get(measureKey(key));
    if (id === SKIP) return { kind: 'skip', via: `"${key}" in ${c.mapFile ?? '--map'}` };
    const metric = id === undefined ? undefined : c.metrics.get(id);
    if (metric) return { kind: 'metric', metric, via: `"${key}" in ${c.mapFile ?? '--map'}` };
  }
  const code = ascofCode(name);
  const resolved = code === undefined ? undefined : resolveAscof(code, c.numbering, c.codes);
  if (code !== undefined && resolved) {
    const metric = c.metrics.get(resolved.id);
    const words = `ASCOF ${code} ${NUMBERING_WORDS[resolved.numbering]}`;
    if (metric) return { kind: 'metric', metric, via: words };
    return {
      kind: 'unknown',
      message: `"${name}" is ${words}, the measure "${resolved.id}", which is not in metrics.csv`,
      fix:
        `add the measure to metrics.csv, or map the row to another measure (or ${SKIP}) with ` +
        '--map',
    };
  }
  if (code !== undefined)
    return {
      kind: 'unknown',
      message: `"${name}" is not an ASCOF code in either numbering`,
      fix: 'correct the code, or map the row to a measure with --map',
    };
  const named = description === '' ? `"${name}"` : `"${name}" ("${description}")`;
  const mapRow = `"${description || name}",<measure id or ${SKIP}>`;
  if (c.mapFile === undefined)
    return {
      kind: 'unknown',
      message: `${named} is neither a measure id in metrics.csv nor an ASCOF code`,
      fix: `give a --map file (columns measure,metric) with the row ${mapRow}`,
    };
  return {
    kind: 'unknown',
    message: `${named} is neither a measure id, an ASCOF code nor a name in ${c.mapFile}`,
    fix: `add the row ${mapRow} to ${c.mapFile}`,
  };
}
