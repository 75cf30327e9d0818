/**
 * The national tables besides ASCOF and CQC: Oflog's measures and DHSC's 2024-25 and client-level
 * figures.
 */
import { join } from 'node:path';
import { readCsvFile } from './csvFile';
import { NOT_AVAILABLE, type ValueRow } from './valueRow';

/** Oflog measures: only the years ASCOF does not already give, and the two Oflog-only measures. */
const OFLOG: Record<string, string> = {
  ASC1: 'ascof-carer-quality-of-life',
  ASC2: 'ascof-quality-of-life-impact',
  ASC3: 'ascof-users-easy-information',
  ASC4: 'ascof-carers-easy-information',
  ASC5: 'ascof-short-term-service-outcome',
  ASC6: 'oflog-requests-resulting-in-service',
  ASC7: 'oflog-workforce-turnover',
};

export function importOflog(realData: string, areas: Set<string>, ascof: ValueRow[]): ValueRow[] {
  const known = new Set(ascof.map((r) => `${r.metric}|${r.area}|${r.period}`));
  const rows: ValueRow[] = [];
  for (const r of readCsvFile(join(realData, 'oflog_asc_measures_2015-16_to_2022-23.csv'))) {
    const area = r['Local authority code'] ?? '';
    const metric = OFLOG[r.Code ?? ''];
    const value = (r.Value ?? '').trim();
    const period = r['Financial year'] ?? '';
    if (
      !metric ||
      !areas.has(area) ||
      NOT_AVAILABLE.has(value) ||
      known.has(`${metric}|${area}|${period}`)
    )
      continue;
    rows.push({
      metric,
      area,
      period,
      value: String(Number(Number(value).toFixed(2))),
      source: 'oflog-asc',
      section: `Adult social care measure ${r.Code ?? ''}`,
      source_ref: `Oflog ${r.Code}, ${period}`,
    });
  }
  return rows;
}

/**
 * DHSC ASCOF 1A 2024-25 and client-level data to March 2026 (rates per 100,000 adults), from the
 * table of every council or (by default) the earlier copy of its rows for Leicester's comparators.
 */
export function importDhsc(
  realData: string,
  areas: Set<string>,
  file = 'dhsc_2024-25_ascof1a_and_cld_2025-26.csv',
): ValueRow[] {
  const rows: ValueRow[] = [];
  for (const r of readCsvFile(join(realData, file))) {
    const area = r.la_code ?? '';
    if (!areas.has(area)) continue;
    const a1 = (r.ascof_1a ?? r.ascof_1a_2024_25 ?? '').trim();
    rows.push(
      a1 === ''
        ? {
            metric: 'ascof-quality-of-life',
            area,
            period: '2024-25',
            value: '',
            status: 'suppressed',
            note: 'Suppressed in the published table.',
            source: 'dhsc-ascof-2024-25',
            section: 'Table 1a',
            source_ref: 'Table 1a, ASCOF 1A',
          }
        : {
            metric: 'ascof-quality-of-life',
            area,
            period: '2024-25',
            value: a1,
            source: 'dhsc-ascof-2024-25',
            section: 'Table 1a',
            source_ref: 'Table 1a, ASCOF 1A',
          },
    );
    const adults = r.adults_18plus ?? '';
    const rate = (count: string) =>
      String(Math.round((1_000_000 * Number(count)) / Number(adults)) / 10);
    rows.push({
      metric: 'cld-long-term-support-rate',
      area,
      period: '2026-03-31',
      value: rate(r.lts_count ?? ''),
      numerator: r.lts_count,
      denominator: adults,
      status: 'provisional',
      note: 'Official statistics in development.',
      source: 'dhsc-cld-2025-26',
      section: 'Long-term support tables',
      source_ref: 'Long-term support on 31 March 2026; adults 18+, ONS mid-2024',
    });
    const assessed = String(Math.round(Number(r.assess_count ?? '')));
    rows.push({
      metric: 'cld-assessment-rate',
      area,
      period: '2025-26',
      value: rate(assessed),
      numerator: assessed,
      denominator: adults,
      status: 'provisional',
      note: 'Official statistics in development.',
      source: 'dhsc-cld-2025-26',
      section: 'Assessments tables',
      source_ref: 'Assessments completed April 2025 to March 2026; adults 18+, ONS mid-2024',
    });
  }
  return rows;
}
