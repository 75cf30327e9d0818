/**
 * The areas a council's data folder holds, and its comparator groups with "cipfa" resolved to the
 * council's 15 CIPFA nearest neighbours. A national folder holds every area (so a page can add any
 * council); otherwise only the authority, its groups' members and its benchmarks.
 */
import { join } from 'node:path';
import { readCsvFile } from './csvFile';
import type { AreaRow, NationalAreas } from './nationalAreas';

interface SiteSettings<G> {
  authority: { code: string };
  groups: G[];
  benchmarks: { code: string }[];
}

type Resolved<G> = Omit<G, 'members'> & { members: string[] };

export function selectAreas<G extends { members: string[] | 'cipfa' }>(
  site: SiteSettings<G>,
  realData: string,
  national: NationalAreas | undefined,
): { groups: Resolved<G>[]; areaRows: AreaRow[] } {
  const authority = site.authority.code;
  const cipfa = readCsvFile(join(realData, 'cipfa_nearest_neighbours_all.csv')).filter(
    (r) => r.subject_code === authority,
  );
  const neighbours = (): string[] => {
    const list = national
      ? national.neighbours(authority)
      : cipfa.map((r) => r.neighbour_code ?? '');
    if (list?.length !== 15)
      throw new Error(
        `Expected 15 CIPFA nearest neighbours for ${authority}, found ${list?.length ?? 0}`,
      );
    return list;
  };
  const groups = site.groups.map((g): Resolved<G> => ({
    ...g,
    members: g.members === 'cipfa' ? neighbours() : g.members,
  }));
  const codes = new Set([
    authority,
    ...groups.flatMap((g) => g.members),
    ...site.benchmarks.map((b) => b.code),
  ]);
  if (national) {
    const known = new Map(national.areas.map((a) => [a.code, a]));
    const unknown = [...codes].filter((c) => !known.has(c));
    if (unknown.length > 0)
      throw new Error(`Not areas in the national files: ${unknown.join(', ')}`);
    // The council's own areas first, as in a folder of its own; then every other area.
    return {
      groups,
      areaRows: [...new Set([...codes, ...known.keys()])].flatMap((code) => {
        const a = known.get(code);
        return a ? [{ code: a.code, name: a.name, kind: a.kind }] : [];
      }),
    };
  }
  const allAreas = readCsvFile(join(realData, 'ascof_all_areas_2017-18_to_2023-24.csv'));
  const areaRows = [...codes].map((code): AreaRow => {
    const row = allAreas.find((r) => r['ONS Code'] === code);
    const level = row?.['Geographical Level'] ?? '';
    const name =
      row?.['Geographical Description'] ??
      cipfa.find((r) => r.neighbour_code === code)?.neighbour_name;
    if (!name) throw new Error(`No name for area ${code}`);
    return {
      code,
      name,
      kind: level === 'England' ? 'country' : level === 'Region' ? 'region' : 'council',
    };
  });
  return { groups, areaRows };
}
