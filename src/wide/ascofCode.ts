import Papa from 'papaparse';

/** ASCOF was renumbered for 2023-24: codes before it are `old`, from it `new`. */
export type Numbering = 'old' | 'new';
/** Code (e.g. 1C2A) → catalogue measure id, for each numbering; `skip` rows are left out. */
export type CodeMap = Record<Numbering, ReadonlyMap<string, string>>;

/** The first financial year of the 2023-24 numbering. */
export const RENUMBERED_FROM = 2023;

/**
 * Reads `scripts/import/national/code-map.csv` (columns framework,code,id). Passed in as text, so
 * the browser can use the same map as the command line.
 */
export function parseCodeMap(text: string): CodeMap {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  const map = { old: new Map<string, string>(), new: new Map<string, string>() };
  for (const row of parsed.data) {
    const framework = row.framework?.trim();
    const id = row.id?.trim() ?? '';
    if ((framework === 'old' || framework === 'new') && id !== '' && id !== 'skip')
      map[framework].set((row.code ?? '').trim().toUpperCase(), id);
  }
  return map;
}

/**
 * The ASCOF code in a Measure cell, in any of the spellings reports use: `ASCOF 1C pt 1a`,
 * `ASCOF 1C(2a)`, `1C2A`, `3D2A`, `2B part 1`. Notes between asterisks (`*BCF*`) are ignored.
 * Undefined when the cell is not a code.
 */
export function ascofCode(cell: string): string | undefined {
  const text = cell
    .replace(/\*[^*]*\*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m =
    /^(?:ascof\s*)?([1-5])\s*([a-j])\s*(?:(?:pt\.?|part)\s*)?\(?\s*([1-3])?\s*([ab])?\s*\)?$/i.exec(
      text,
    );
  if (!m || (m[4] !== undefined && m[3] === undefined)) return undefined;
  return `${m[1]}${m[2]}${m[3] ?? ''}${m[4] ?? ''}`.toUpperCase();
}

/**
 * The measure id an ASCOF code stands for. The code is read in the numbering in force for the
 * sheet's latest period (a report for 2023-24 or later uses the new codes); a code that exists only
 * in the other numbering is read in that one, so an old code in a new report still resolves.
 */
export function resolveAscof(
  code: string,
  numbering: Numbering,
  map: CodeMap,
): { id: string; numbering: Numbering } | undefined {
  const other: Numbering = numbering === 'old' ? 'new' : 'old';
  const id = map[numbering].get(code);
  if (id !== undefined) return { id, numbering };
  const fallback = map[other].get(code);
  return fallback === undefined ? undefined : { id: fallback, numbering: other };
}
