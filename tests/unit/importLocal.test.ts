import { describe, expect, it } from 'vitest';
import { placeLocalFigures } from '../../scripts/lib/importLocal';
import type { ValueRow } from '../../scripts/lib/importNational';

// Three drops in publication order: a committee report, a later one, then the published statistics.
const DROPS: Record<string, number> = { 'county-2019': 0, 'county-2022': 1, ascof: 2 };
const options = {
  equivalents: { 'admissions-65-plus-rate': 'ascof-admissions-65-plus' },
  documents: { '002': 'agenda pack text' },
  dropIndex: (source: string) => DROPS[source] ?? 0,
  sourceNames: { 'county-2019': "the committee's papers of 21 January 2019" },
  units: new Map([['ascof-admissions-65-plus', 'rate per 100,000']]),
  localUnits: new Map([['admissions-65-plus-rate', 'rate per 100,000']]),
};
const published = (source: string, value: string): ValueRow => ({
  metric: 'ascof-admissions-65-plus',
  area: 'E10000018',
  period: '2017-18',
  value,
  source,
  source_ref: 'ASCOF 2A2, 2017-18',
});
const reported = {
  metric: 'admissions-65-plus-rate',
  area: 'E10000018',
  period: '2017-18',
  value: '689.4',
  status: 'final',
  note: '965 admissions',
  source: 'county-2019',
  section: 'Appendix A',
  source_ref: 'seed 002 line 6462',
  quote: 'Permanent admissions 689.4',
};

describe('placeLocalFigures', () => {
  it('keeps a figure the council reported before the statistic was published in its own drop, under the published measure, so the statistic revises it', () => {
    const { values, notes } = placeLocalFigures([reported], [published('ascof', '547.9')], options);
    expect(values).toEqual([
      {
        metric: 'ascof-admissions-65-plus',
        area: 'E10000018',
        period: '2017-18',
        value: '689.4',
        numerator: undefined,
        denominator: undefined,
        status: 'final',
        note: '965 admissions',
        source: 'county-2019',
        section: 'Appendix A',
        source_ref: 'agenda pack text, line 6462: “Permanent admissions 689.4”',
      },
    ]);
    expect(notes.size).toBe(0);
  });

  it('makes a figure published with the statistic, or after it, a public note on the statistic and moves its place in the document to source_ref', () => {
    const { values, notes } = placeLocalFigures(
      [{ ...reported, status: 'provisional' }],
      [published('county-2019', '547.9')],
      options,
    );
    expect(values).toEqual([]);
    expect(notes.get('ascof-admissions-65-plus|E10000018|2017-18')).toEqual({
      note: "Also reported for this period: 689.4 per 100,000 in the committee's papers of 21 January 2019, Appendix A, provisional.",
      ref: 'also quoted in agenda pack text, line 6462: “Permanent admissions 689.4”',
    });
  });

  it('keeps a figure for a period the statistic does not cover, and a figure with no published measure, as figures', () => {
    const { values } = placeLocalFigures(
      [
        { ...reported, period: '2016-17' },
        { ...reported, metric: 'waiting-count', value: '246' },
      ],
      [published('ascof', '547.9')],
      options,
    );
    expect(values.map((v) => [v.metric, v.period, v.value])).toEqual([
      ['ascof-admissions-65-plus', '2016-17', '689.4'],
      ['waiting-count', '2017-18', '246'],
    ]);
  });
});
