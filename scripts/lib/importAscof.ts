import { join } from 'node:path';
import { readCsvFile } from './csvFile';
import { NOT_AVAILABLE, type ValueRow } from './valueRow';

/**
 * ASCOF 2017-18 to 2023-24 from the national trend file, codes joined across the 2023-24
 * renumbering by `code-map.csv` (old codes before 2023-24, new codes from it), with 2020-21
 * numerators and denominators added from the official open-data file where they agree with the
 * published value.
 * `recoded` maps an area's later ONS code to the one used here (a council reorganised on the same
 * boundary, e.g. a county that became a unitary), so its later years join its earlier ones.
 */
export function importAscof(
  realData: string,
  codeMap: Record<string, string>[],
  areas: Set<string>,
  recoded: Record<string, string> = {},
): ValueRow[] {
  const map = new Map(codeMap.map((r) => [`${r.framework}|${r.code}`, r.id ?? 'skip']));
  const openData = new Map<string, { numerator?: string; denominator?: string }>();
  for (const r of readCsvFile(join(realData, 'ascof_2020-21_official_open_data.csv'))) {
    if (r['Disaggregation Level'] !== 'Total' || !areas.has(r['ONS Code'] ?? '')) continue;
    const type = r['Measure Type'];
    if (type !== 'Numerator' && type !== 'Denominator') continue;
    const key = `${r['ONS Code']}|${r['ASCOF Measure Code']}`;
    const entry = openData.get(key) ?? {};
    if (type === 'Numerator') entry.numerator = r['Measure Value'];
    else entry.denominator = r['Measure Value'];
    openData.set(key, entry);
  }
  const rows: ValueRow[] = [];
  for (const r of readCsvFile(join(realData, 'ascof_all_areas_2017-18_to_2023-24.csv'))) {
    const published = r['ONS Code'] ?? '';
    const area = recoded[published] ?? published;
    const year = r.Year ?? '';
    const code = r['Measure Group'] ?? '';
    const value = (r.Measure_Value ?? '').trim();
    // 2023-24 rows leave disaggregation and measure type blank: they are totals and outcomes too.
    const total =
      ['Total', ''].includes(r['Disaggregation Level'] ?? '') &&
      ['Outcome', ''].includes(r['Measure Type'] ?? '');
    if (!areas.has(area) || !total || NOT_AVAILABLE.has(value)) continue;
    const framework = year >= '2023-24' ? 'new' : 'old';
    const metric = map.get(`${framework}|${code}`);
    if (!metric)
      throw new Error(
        `code-map.csv has no entry for ${framework} ASCOF code ${code} (${year}): add one, ` +
          'or map it to "skip"',
      );
    if (metric === 'skip') continue;
    const under = area === published ? '' : ` (published under ${published})`;
    const row: ValueRow = {
      metric,
      area,
      period: year,
      value,
      source: 'nhse-ascof',
      section: `ASCOF ${code}`,
      source_ref: `ASCOF ${code}, ${year}${under}`,
    };
    const nd = year === '2020-21' ? openData.get(`${area}|${code}`) : undefined;
    if (
      nd?.numerator &&
      nd.denominator &&
      !NOT_AVAILABLE.has(nd.numerator) &&
      !NOT_AVAILABLE.has(nd.denominator)
    ) {
      const scale = Number(value) > 1.5 ? 100 : 1;
      const expected = (scale * Number(nd.numerator)) / Number(nd.denominator);
      const decimals = value.includes('.') ? value.length - value.indexOf('.') - 1 : 0;
      if (Math.abs(expected - Number(value)) <= 0.5 * 10 ** -decimals + 1e-9) {
        row.numerator = nd.numerator;
        row.denominator = nd.denominator;
        row.source_ref =
          `ASCOF ${code}, ${year}; numerator and denominator from the 2020-21 ` + 'open-data file';
      }
    }
    rows.push(row);
  }
  return rows;
}
