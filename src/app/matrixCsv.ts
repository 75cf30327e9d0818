import { formatPeriod } from '../format';
import type { MatrixRow } from './matrixRow';

/** The matrix as a spreadsheet: one row per measure, numbers as numbers, judgements in words. */
export function matrixCsv(rows: MatrixRow[]): {
  columns: string[];
  rows: (string | number | undefined)[][];
} {
  return {
    columns: [
      'Theme',
      'Measure',
      'Codes',
      'Latest period',
      'Value',
      'Unit',
      'England',
      'Compared with England',
      'Neighbours lowest',
      'Neighbours lower quartile',
      'Neighbours median',
      'Neighbours upper quartile',
      'Neighbours highest',
      'Where among the neighbours',
      'Rank among the neighbours',
      'Trend over the last three figures',
      'Improvement-plan status',
      'Age',
    ],
    rows: rows.map((r) => {
      const { metric, latest, group, benchmark } = r.summary;
      return [
        metric.theme,
        metric.title,
        (metric.codes ?? []).join('; '),
        latest ? formatPeriod(latest.period) : undefined,
        latest?.value,
        metric.unit,
        benchmark.figure?.value,
        r.comparison?.words,
        group?.min,
        group?.lowerQuartile,
        group?.median,
        group?.upperQuartile,
        group?.max,
        r.spine?.words,
        r.rank,
        r.trend?.words,
        r.target?.words,
        r.age,
      ];
    }),
  };
}
