import { join } from 'node:path';
import { monthOfName } from '../../src/data/period';
import { normaliseName } from './councilName';
import { readCsvFile } from './csvFile';
import type { ValueRow } from './valueRow';

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

/** Short names CQC's file uses, with the name the national files give the council. */
const CQC_SHORT_NAMES: Record<string, string> = {
  Southend: 'Southend-on-Sea',
  Stoke: 'Stoke-on-Trent',
};

/** The area a CQC row names (an abbreviated name never matches a longer one by its start alone). */
function areaNamed(names: Map<string, string>, name: string): string | undefined {
  return names.get(normaliseName(CQC_SHORT_NAMES[name] ?? name));
}

/**
 * CQC quality-statement scores and the overall score (sum of nine scores out of 36, as a per cent).
 */
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
    const m = monthOfName(month ?? '');
    if (m === undefined || !year) continue;
    add(
      r,
      `${year}-${String(m).padStart(2, '0')}`,
      'cqc-la-assessments',
      `Overall rating: ${r.overall_rating ?? ''}.`,
      r.report_url ?? '',
    );
  }
  for (const r of readCsvFile(join(realData, 'cqc_pilot_indicative_2023.csv'))) {
    // the formal rows are already in the assessments file
    if (r.assessment_type !== 'pilot (indicative)') continue;
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
