import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../data/period';
import type { Metric, Question, Site } from '../data/types';
import type { Figure } from '../stats/figures';
import { measureSummary } from '../stats/measureSummary';
import { pickQuestions, pictureOf } from './pickQuestions';

const metric: Metric = {
  id: 'wait',
  title: 'Median wait',
  description: '',
  unit: 'days',
  polarity: 'lower',
  frequency: 'annual',
  theme: 'Working with people',
  qualityStatement: 'Assessing needs',
  family: 'waiting',
  definition: '',
  source: 's',
  caveats: '',
  decimals: 0,
  breakPeriod: undefined,
  breakKind: undefined,
  breakNote: '',
  ended: undefined,
  codes: [],
  line: 2,
};
const site: Site = {
  title: 't',
  authority: { code: 'A', name: 'A' },
  synthetic: true,
  groups: [{ id: 'g', name: 'G', version: '', source: 's', members: ['P', 'Q', 'R'] }],
  benchmarks: [{ code: 'E', name: 'England' }],
  meetings: [],
};

function fig(
  area: string,
  period: string,
  value: number,
  revisions: Figure['revisions'] = [],
): Figure {
  const p = parsePeriod(period);
  if (!p.ok) throw new Error(p.message);
  return {
    metric: 'wait',
    area,
    period: p.period,
    value,
    numerator: undefined,
    denominator: undefined,
    lower: undefined,
    upper: undefined,
    status: 'final',
    note: '',
    source: 's',
    section: '',
    sourceRef: '',
    drop: 'd2',
    line: 2,
    revisions,
  };
}

const q = (question: string, when: Question['when'], extra: Partial<Question> = {}): Question => ({
  question,
  when,
  source: 's',
  credit: 'from',
  metric: undefined,
  family: undefined,
  line: 2,
  ...extra,
});

describe('pickQuestions', () => {
  // Leicester-like picture: 120 days in 2024-25, up from 100 (worse); England 90 (worse);
  // neighbours 80, 90, 100 (median 90, so worse than the group too).
  const figures = [
    fig('A', '2023-24', 100),
    fig('A', '2024-25', 120),
    fig('E', '2024-25', 90),
    fig('P', '2024-25', 80),
    fig('Q', '2024-25', 90),
    fig('R', '2024-25', 100),
  ];
  const summary = measureSummary(metric, figures, site, [], '2025-06-01');

  it('reads the picture: worse than England and the group, and worsening', () => {
    expect([...pictureOf(summary)].sort()).toEqual([
      'always',
      'worse-than-benchmark',
      'worse-than-group',
      'worsening',
    ]);
  });

  it("puts this measure's questions first, then more conditions, the family, then general", () => {
    const bank = [
      q('general', ['always']),
      q('family', ['always'], { family: 'waiting' }),
      q('one condition', ['worsening']),
      q('two conditions', ['worse-than-benchmark', 'worse-than-group']),
      q('this measure', ['always'], { metric: 'wait' }),
      q('other measure', ['always'], { metric: 'other' }),
      q('other family', ['always'], { family: 'carers' }),
      q('does not fit', ['improving']),
    ];
    expect(pickQuestions(bank, summary).map((x) => x.question)).toEqual([
      'this measure',
      'two conditions',
      'one condition',
      'family',
      'general',
    ]);
    expect(pickQuestions(bank, summary, 2)).toHaveLength(2);
  });

  it('asks why a figure changed when it was revised', () => {
    const revised = measureSummary(
      metric,
      [fig('A', '2024-25', 120, [{ ...fig('A', '2024-25', 110), drop: 'd1' }])],
      site,
      [],
      '2025-06-01',
    );
    expect(pictureOf(revised).has('revised')).toBe(true);
    expect(pickQuestions([q('why revised?', ['revised'])], revised).map((x) => x.question)).toEqual(
      ['why revised?'],
    );
  });

  it('asks only general questions of a measure with no figures', () => {
    const empty = measureSummary(metric, [], site, [], '2025-06-01');
    expect(
      pickQuestions([q('general', ['always']), q('one condition', ['worsening'])], empty).map(
        (x) => x.question,
      ),
    ).toEqual(['general']);
  });
});
