import { describe, expect, it } from 'vitest';
import { placeLocalFigures, sameFigure } from '../../scripts/lib/importLocal';
import type { ValueRow } from '../../scripts/lib/valueRow';

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
  it('keeps a figure reported before the statistic in its own drop, for it to revise', () => {
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

  it('makes a figure published with or after the statistic a note, its place source_ref', () => {
    const { values, notes } = placeLocalFigures(
      [{ ...reported, status: 'provisional' }],
      [published('county-2019', '547.9')],
      options,
    );
    expect(values).toEqual([]);
    expect(notes.get('ascof-admissions-65-plus|E10000018|2017-18')).toEqual({
      note:
        "Also reported for this period: 689.4 per 100,000 in the committee's papers of 21 " +
        'January 2019, Appendix A, provisional. The reports do not say why their figures ' +
        'differ from the one shown.',
      ref: 'also quoted in agenda pack text, line 6462: “Permanent admissions 689.4”',
    });
  });

  it('keeps figures for a period the statistic lacks, or with no published measure', () => {
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

describe('placeLocalFigures, two council figures for one period', () => {
  it('keeps the first as the figure and makes the second, published with it, a note on it', () => {
    const survey = {
      metric: 'carers-financial-difficulties-percent',
      area: 'E06000016',
      period: '2023-24',
      value: '61.82',
      status: 'final',
      note: '',
      source: 'county-2019',
      section: 'Assessing needs',
      source_ref: 'seed 002 line 2251',
      quote: '61.82% of carers',
    };
    const { values } = placeLocalFigures(
      [
        survey,
        {
          ...survey,
          value: '61',
          section: 'Unpaid carers',
          source_ref: 'seed 004 line 335',
          quote: '61% said',
        },
      ],
      [],
      { ...options, localUnits: new Map([['carers-financial-difficulties-percent', 'percent']]) },
    );
    expect(values.map((v) => [v.value, v.note, v.source_ref])).toEqual([
      [
        '61.82',
        "Also reported for this period: 61% in the committee's papers of 21 January 2019, " +
          'Unpaid carers. The reports do not say why their figures differ from the one shown.',
        'agenda pack text, line 2251: “61.82% of carers”; also quoted in document 004, ' +
          'line 335: “61% said”',
      ],
    ]);
  });
});

describe('sameFigure', () => {
  it('treats a figure and its rounding as the same, and anything else as different', () => {
    expect(sameFigure('45.99', '46.0')).toBe(true); // 45.99 to 1 decimal is 46.0
    expect(sameFigure('46', '45.99')).toBe(true); // 45.99 to 0 decimals is 46
    expect(sameFigure('73', '72.4')).toBe(false); // 72.4 rounds to 72
    expect(sameFigure('2.51', '3.5')).toBe(false);
  });
});
