/**
 * England's councils with adult social care duties, its regions and England itself, read from the
 * national files in ../shared/real-data: the 153 councils of the client-level table (each with its
 * region), their names in the ASCOF trend file's latest year, and their CIPFA nearest neighbours.
 * Councils recoded on an unchanged boundary (scripts/import/national/code-changes.csv) are known by
 * their current code, so their earlier years and their neighbour lists join up.
 */
import { join } from 'node:path';
import { readCsvFile } from './csvFile';

/** A row of areas.csv (a type, not an interface, so it can be written as a CSV record). */
export type AreaRow = {
  code: string;
  name: string;
  kind: 'council' | 'region' | 'country';
  /** For a council that no longer exists: the last year it has figures for. */
  until?: string;
};

export interface Council {
  code: string;
  name: string;
  region: AreaRow;
}

export interface NationalAreas {
  /** The 153 councils with adult social care duties, by name. */
  councils: Council[];
  /**
   * Every area a national figure may be for: those councils, former councils that a CIPFA list
   * still names, regions, England.
   */
  areas: AreaRow[];
  /** An earlier ONS code → the current code of the same council on the same boundary. */
  codeChanges: Record<string, string>;
  /**
   * A council's 15 CIPFA nearest neighbours under current codes, or undefined where none is
   * published.
   */
  neighbours: (code: string) => string[] | undefined;
}

export const ENGLAND: AreaRow = { code: 'E92000001', name: 'England', kind: 'country' };
const TREND = 'ascof_all_areas_2017-18_to_2023-24.csv';
/**
 * The client-level table: one row for every council with adult social care duties, with its region.
 */
export const ALL_COUNCILS_FILE = 'cld_2025-26_ascof1a_2024-25_all_councils.csv';
const CIPFA = 'cipfa_nearest_neighbours_all.csv';
const ONS_CODE = /^E\d{8}$/;

/** "Yorkshire and the Humber" and "Yorkshire and The Humber" name the same region. */
const regionKey = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

export function readNationalAreas(realData: string, codeChangesFile: string): NationalAreas {
  const codeChanges: Record<string, string> = {};
  for (const r of readCsvFile(codeChangesFile)) codeChanges[r.from ?? ''] = r.to ?? '';
  const current = (code: string) => codeChanges[code] ?? code;

  // Each area's name in its latest year (councils and regions were renamed over the years).
  const latest = new Map<string, { name: string; year: string; level: string }>();
  for (const r of readCsvFile(join(realData, TREND))) {
    const code = r['ONS Code'] ?? '';
    const year = r.Year ?? '';
    const seen = latest.get(code);
    if (!ONS_CODE.test(code) || (seen && seen.year >= year)) continue;
    const level = r['Geographical Level'] ?? '';
    latest.set(code, { name: r['Geographical Description'] ?? code, year, level });
  }
  const regions = new Map<string, AreaRow>();
  for (const [code, { name, level }] of latest)
    if (level === 'Region') regions.set(code, { code, name, kind: 'region' });
  const regionByName = new Map([...regions.values()].map((r) => [regionKey(r.name), r]));

  const councils: Council[] = readCsvFile(join(realData, ALL_COUNCILS_FILE)).map((r) => {
    const code = r.la_code ?? '';
    const region = regionByName.get(regionKey(r.region ?? ''));
    if (!region)
      throw new Error(`${ALL_COUNCILS_FILE}: ${code} has an unknown region "${r.region}"`);
    return { code, name: latest.get(code)?.name ?? r.la_name ?? code, region };
  });
  councils.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const isCouncil = new Set(councils.map((c) => c.code));

  const lists = new Map<string, string[]>();
  for (const r of readCsvFile(join(realData, CIPFA))) {
    const subject = current(r.subject_code ?? '');
    const neighbour = current(r.neighbour_code ?? '');
    if (!isCouncil.has(subject) || neighbour === subject) continue;
    lists.set(subject, [...(lists.get(subject) ?? []), neighbour]);
  }
  const former = [...new Set([...lists.values()].flat())].filter((code) => !isCouncil.has(code));
  const areas: AreaRow[] = [
    ...councils.map((c): AreaRow => ({ code: c.code, name: c.name, kind: 'council' })),
    ...former.map((code): AreaRow => ({
      code,
      name: latest.get(code)?.name ?? code,
      kind: 'council',
      until: latest.get(code)?.year,
    })),
    ...[...regions.values()].sort((a, b) => a.code.localeCompare(b.code)),
    ENGLAND,
  ];
  return { councils, areas, codeChanges, neighbours: (code) => lists.get(code) };
}
