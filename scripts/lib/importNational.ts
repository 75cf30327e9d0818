import { join } from 'node:path';
import { readCsvFile } from './csvFile';

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
const NOT_AVAILABLE = new Set(['', '[x]', '[c]', '[z]', 'x', 'c', '..', '*']);

/**
 * ASCOF 2017-18 to 2023-24 from the national trend file, codes joined across the 2023-24 renumbering
 * by `code-map.csv` (old codes before 2023-24, new codes from it), with 2020-21 numerators and
 * denominators added from the official open-data file where they agree with the published value.
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
        `code-map.csv has no entry for ${framework} ASCOF code ${code} (${year}): add one, or map it to "skip"`,
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
        row.source_ref = `ASCOF ${code}, ${year}; numerator and denominator from the 2020-21 open-data file`;
      }
    }
    rows.push(row);
  }
  return rows;
}

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

const QS = [
  ['qs1_assessing_needs', 'cqc-qs-assessing-needs'],
  ['qs2_supporting_healthier_lives', 'cqc-qs-healthier-lives'],
  ['qs3_equity', 'cqc-qs-equity'],
  ['qs4_care_provision_integration', 'cqc-qs-care-provision'],
  ['qs5_partnerships_communities', 'cqc-qs-partnerships'],
  ['qs6_safe_systems_transitions', 'cqc-qs-safe-systems'],
  ['qs7_safeguarding', 'cqc-qs-safeguarding'],
  ['qs8_governance', 'cqc-qs-governance'],
  ['qs9_learning_improvement', 'cqc-qs-learning'],
] as const;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "Leicester City Council" and "Leicester" name the same area. */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(
      /\b(london borough of|royal borough of|metropolitan borough of|council of the|city of|metropolitan borough council|borough council|city council|county council|council|the)\b/g,
      '',
    )
    .replace(/[^a-z]/g, '');
}

/** Short names CQC's file uses, with the name the national files give the council. */
const CQC_SHORT_NAMES: Record<string, string> = {
  Southend: 'Southend-on-Sea',
  Stoke: 'Stoke-on-Trent',
};

/** The area a CQC row names (an abbreviated name never matches a longer one by its start alone). */
function areaNamed(names: Map<string, string>, name: string): string | undefined {
  return names.get(normaliseName(CQC_SHORT_NAMES[name] ?? name));
}

/** CQC quality-statement scores and the overall score (sum of nine scores out of 36, as a per cent). */
export function importCqc(realData: string, names: Map<string, string>): ValueRow[] {
  const rows: ValueRow[] = [];
  const add = (
    r: Record<string, string>,
    period: string,
    source: string,
    note: string,
    ref: string,
  ) => {
    const area = areaNamed(names, r.authority_name ?? '');
    if (!area) return;
    const scores = QS.map(([column]) => Number(r[column]));
    if (scores.some((s) => !Number.isInteger(s) || s < 1 || s > 4)) return;
    const sum = scores.reduce((a, b) => a + b, 0);
    rows.push({
      metric: 'cqc-assessment-score',
      area,
      period,
      value: String(Math.round((1000 * sum) / 36) / 10),
      numerator: String(sum),
      denominator: '36',
      note,
      source,
      section: 'Quality statement scores',
      source_ref: ref,
    });
    QS.forEach(([column, metric]) =>
      rows.push({
        metric,
        area,
        period,
        value: r[column] ?? '',
        note,
        source,
        section: 'Quality statement scores',
        source_ref: ref,
      }),
    );
  };
  for (const r of readCsvFile(join(realData, 'cqc_la_assessments_to_2025-10.csv'))) {
    const [month, year] = (r.published ?? '').split(' ');
    const m = MONTHS.indexOf((month ?? '').toLowerCase()) + 1;
    if (m === 0 || !year) continue;
    add(
      r,
      `${year}-${String(m).padStart(2, '0')}`,
      'cqc-la-assessments',
      `Overall rating: ${r.overall_rating ?? ''}.`,
      r.report_url ?? '',
    );
  }
  for (const r of readCsvFile(join(realData, 'cqc_pilot_indicative_2023.csv'))) {
    if (r.assessment_type !== 'pilot (indicative)') continue; // the formal rows are already in the assessments file
    add(
      r,
      (r.published ?? '').slice(0, 7),
      'cqc-pilot-2023',
      `Pilot assessment: indicative rating ${r.overall_rating ?? ''}, not a formal assessment.`,
      r.source_url ?? '',
    );
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
