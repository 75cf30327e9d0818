import { describe, expect, it } from 'vitest';
import { periodOf, testFigure, testMetric, testSite, testTarget } from '../stats/fixtures';
import { measureSummary } from '../stats/measureSummary';
import { ageWords, compareWords, describeChange, rankWords, summarySentence } from './describe';
import {
  describeOutcome,
  outcomeHeadline,
  planHeading,
  planLead,
  planQuestion,
  targetWords,
} from './describePlan';

const site = testSite({
  groups: [
    { id: 'g', name: 'Neighbours', version: '', source: 's', members: ['P', 'Q', 'R', 'S'] },
  ],
});
const pct = testMetric({
  id: 'dp',
  unit: 'percent',
  polarity: 'higher',
  decimals: 1,
  frequency: 'annual',
  codes: ['ASCOF 1C(2A)'],
});
const fig = (area: string, value: number, extra: Partial<Parameters<typeof testFigure>[0]> = {}) =>
  testFigure({ metric: 'dp', area, period: '2025-26', value, ...extra });

describe('compareWords', () => {
  it('says higher or lower, not better or worse, when there is no interval to test with', () => {
    const s = measureSummary(pct, [fig('A', 46), fig('E', 25.5)], site, [], '2026-06-01');
    expect(compareWords(s)).toBe('higher than England (25.5%; not tested)');
  });
  it('says better only when the benchmark is outside the Wilson interval, similar inside', () => {
    // 460 of 1,000 = 46%: Wilson 95% interval about 42.9% to 49.1%. England 25.5% is outside; 45%
    // inside.
    const counted = { numerator: 460, denominator: 1000 };
    const better = measureSummary(
      pct,
      [fig('A', 46, counted), fig('E', 25.5)],
      site,
      [],
      '2026-06-01',
    );
    expect(compareWords(better)).toBe('better than England (25.5%)');
    const similar = measureSummary(
      pct,
      [fig('A', 46, counted), fig('E', 45)],
      site,
      [],
      '2026-06-01',
    );
    expect(compareWords(similar)).toBe('similar to England (45.0%)');
  });
});

describe('rankWords', () => {
  it('states a tie and the neighbours with no figure', () => {
    // A and P tie on 40 and R has 30; Q and S have no figure: joint 1st of 3, 2 have none.
    const s = measureSummary(
      pct,
      [
        fig('A', 40),
        fig('P', 40),
        fig('R', 30),
        fig('Q', 0, { value: undefined, status: 'suppressed' }),
      ],
      site,
      [],
      '2026-06-01',
    );
    expect(rankWords(s, 'Neighbours')).toBe(
      'joint 1st of 3 with figures among Neighbours (2 have none)',
    );
  });
  it('names the quartile, never a quarter, with four or more ranked', () => {
    // 40 > 30 > 20 > 10 > 5: A (20) is 3rd of 5, quartile floor(2 × 4 / 5) + 1 = 2.
    const s = measureSummary(
      pct,
      [fig('A', 20), fig('P', 40), fig('Q', 30), fig('R', 10), fig('S', 5)],
      site,
      [],
      '2026-06-01',
    );
    expect(rankWords(s, 'Neighbours')).toBe('3rd of 5 among Neighbours, in the second quartile');
  });
});

describe('summarySentence', () => {
  it('says how old a figure is, and the plan target and status', () => {
    const wait = testMetric({ id: 'wait', frequency: 'point-in-time' });
    const s = measureSummary(
      wait,
      [testFigure({ metric: 'wait', period: '2025-01', value: 135 })],
      site,
      [
        testTarget({ metric: 'wait', kind: 'baseline', date: '2025-01-31', value: 135 }),
        testTarget({ metric: 'wait', value: 90, operator: 'at-most' }),
      ],
      '2026-11-30',
    );
    expect(summarySentence(s, 'Leicester', 'Neighbours')).toBe(
      'In January 2025 Leicester stood at 135 days (latest figure is 22 months old); ' +
        'improvement plan target no more than 90 days by November 2026: no figure since the ' +
        'baseline (January 2025).',
    );
  });
  it('never judges a series that has ended against today', () => {
    const dtoc = testMetric({
      id: 'dtoc',
      frequency: 'annual',
      ended: '2019-20',
      polarity: 'lower',
    });
    const s = measureSummary(
      dtoc,
      [
        testFigure({ metric: 'dtoc', period: '2018-19', value: 8 }),
        testFigure({ metric: 'dtoc', period: '2019-20', value: 9 }),
        testFigure({ metric: 'dtoc', area: 'E', period: '2019-20', value: 5 }),
      ],
      site,
      [],
      '2026-11-30',
    );
    expect(ageWords(s.freshness)).toBe('no longer published');
    expect(summarySentence(s, 'Leicester', 'Neighbours')).toBe(
      'In 2019-20 Leicester stood at 9 days (no longer published).',
    );
  });
});

describe('plan wording', () => {
  it('writes targets as the plan does', () => {
    const days = { unit: 'days', decimals: 0 } as const;
    expect(targetWords(testTarget({ value: 90, operator: 'at-most' }), days)).toBe(
      'no more than 90 days by November 2026',
    );
    expect(targetWords(testTarget({ value: 0, operator: 'at-most' }), days)).toBe(
      'nil by November 2026',
    );
    expect(targetWords(testTarget({ note: 'an increase from 18.52%' }), days)).toBe(
      'an increase from 18.52% by November 2026',
    );
  });
  it('gives an outcome with stale figures its last known verdict and date', () => {
    expect(
      describeOutcome({
        kind: 'no-recent-figure',
        since: '2025-09-30',
        atBaseline: false,
        lastKnown: { status: 'off-track', date: '2025-09-30' },
      }),
    ).toBe('no figure since September 2025; off track when last measured (September 2025)');
  });
  it('never headlines zeros as good news when nothing can be judged', () => {
    expect(
      outcomeHeadline({
        total: 9,
        met: 0,
        onTrack: 0,
        offTrack: 0,
        missed: 0,
        noRecentFigure: 7,
        notMeasured: 2,
      }),
    ).toBe(
      'None of the 9 outcomes can be judged on a recent figure. 7 have had no recent ' +
        'figure; 2 are not measured by any published figure.',
    );
    expect(
      outcomeHeadline({
        total: 9,
        met: 1,
        onTrack: 2,
        offTrack: 1,
        missed: 0,
        noRecentFigure: 5,
        notMeasured: 0,
      }),
    ).toBe(
      '4 of the 9 outcomes can be judged on recent figures: 1 off track, 2 on track, 1 ' +
        'met. 5 have had no recent figure.',
    );
  });
});

describe('describeChange', () => {
  const from = { period: periodOf('2022-23'), value: 88.6 };
  const to = { period: periodOf('2023-24'), value: 90 };
  it('says which way, by how much, since when, and the judgement', () => {
    const change = { from, to, delta: 1.4, direction: 'better', acrossBreak: false } as const;
    expect(describeChange(change, pct)).toBe(
      'up 1.4 percentage points since 2022-23, which is better',
    );
  });
  it('says a move across the series break is not judged', () => {
    const change = { from, to, delta: 1.4, direction: 'no-judgement', acrossBreak: true } as const;
    expect(describeChange(change, pct)).toBe(
      'up 1.4 percentage points since 2022-23, across the series break, so not judged',
    );
  });
});

describe('the plan before and after its deadline', () => {
  // Leicester's plan: targets by 30 November 2026.
  const deadline = '2026-11-30';
  it('asks whether it is on track up to the deadline, whether it met its targets after', () => {
    expect(planQuestion(deadline, '2026-11-30')).toBe('Is the improvement plan on track?');
    expect(planQuestion(deadline, '2026-12-01')).toBe(
      'Did the improvement plan meet its targets by November 2026?',
    );
    expect(planQuestion(undefined, '2026-12-01')).toBe('Is the improvement plan on track?');
  });
  it('heads the plan page with outcomes to reach, or that were due once the day has gone', () => {
    expect(planHeading(9, deadline, '2026-06-01')).toBe(
      'Improvement plan: 9 outcomes to reach by November 2026',
    );
    expect(planHeading(9, deadline, '2026-12-01')).toBe(
      'Improvement plan: 9 outcomes that were due by November 2026',
    );
    expect(planHeading(9, undefined, '2026-12-01')).toBe('Improvement plan: 9 outcomes');
    expect(planHeading(1, deadline, '2026-12-01')).toBe(
      'Improvement plan: 1 outcome that was due by November 2026',
    );
  });
  it('says the deadline has passed, and that outcomes are then met or missed', () => {
    expect(planLead('Leicester City Council', deadline, '2026-12-01')).toBe(
      'The plan’s deadline, November 2026, has passed. Where each outcome of Leicester City ' +
        'Council’s improvement plan stands on 1 December 2026, judged on the published figures ' +
        'of the measures that track it: met or missed, or no recent figure to judge with.',
    );
    expect(planLead('Leicester City Council', deadline, '2026-06-01')).toMatch(
      /stands on 1 June 2026, .*: met, on track or off track against a straight line/,
    );
  });
});
