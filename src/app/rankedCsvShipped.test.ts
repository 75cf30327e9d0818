import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAreas, parseMetrics, parseValues } from '../data/tables';
import { currentFigures } from '../stats/figures';
import { rankedCsv } from './rankedCsv';

// The shipped Leicester folder, read with the site's own parsers.
const DATA = join(import.meta.dirname, '../../data');
const read = (file: string) => readFileSync(join(DATA, file), 'utf8');
const metrics = parseMetrics(read('metrics.csv'), 'metrics.csv').rows;
const areas = new Map(parseAreas(read('areas.csv'), 'areas.csv').rows.map((a) => [a.code, a]));
const drop = '2025-26-Q2';
const figures = currentFigures(
  parseValues(read(`drops/${drop}/values.csv`), 'values.csv', drop).rows,
  [drop],
);

/** The ranked rows of a shipped measure for a period, keyed by ONS code. */
function rowsOf(metricId: string, period: string) {
  const metric = metrics.find((m) => m.id === metricId);
  if (!metric) throw new Error(`no ${metricId} in the shipped metrics.csv`);
  const csv = rankedCsv({
    metric,
    figures: figures.filter((f) => f.metric === metricId),
    period,
    areas,
    authority: 'E06000016',
    members: [],
    groupName: 'Neighbours',
    sources: new Map(),
    drops: [],
  });
  const column = (name: string) => csv.columns.indexOf(name);
  return new Map(
    csv.rows.map((r) => [
      r[column('ONS code')],
      {
        numerator: r[column('Numerator')],
        denominator: r[column('Denominator')],
        lower: r[column('Lower limit (95%)')],
        upper: r[column('Upper limit (95%)')],
      },
    ]),
  );
}

describe('rankedCsv on shipped figures: the interval only for a percentage of people', () => {
  it('gives a CQC score, though it has counts, no Wilson limits (points, not people)', () => {
    // Hartlepool: 25 of 36 points, 69.4%.
    expect(rowsOf('cqc-assessment-score', '2025-05').get('E06000001')).toEqual({
      numerator: 25,
      denominator: 36,
      lower: undefined,
      upper: undefined,
    });
  });
  it('still gives an ASCOF proportion of people with counts its Wilson limits', () => {
    // Leicester 2020-21: 1,687 of 3,679 people on community support took a direct payment (45.9%).
    // Wilson (z = 1.959964): 44.24990 to 47.46845, kept to the measure's 1 decimal + 2.
    expect(rowsOf('ascof-direct-payments-users', '2020-21').get('E06000016')).toEqual({
      numerator: 1687,
      denominator: 3679,
      lower: 44.25,
      upper: 47.468,
    });
  });
});
