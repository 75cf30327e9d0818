import { describe, expect, it } from 'vitest';
import type { Question } from '../data/types';
import { testFigure, testMetric, testSite, testTarget } from '../stats/fixtures';
import { measureSummary } from '../stats/measureSummary';
import type { SinceReference } from '../stats/sinceMeeting';
import { briefingQuestions } from './briefingQuestions';
import { pickQuestions } from './pickQuestions';

const site = testSite();
const q = (question: string, when: Question['when']): Question => ({
  question,
  when,
  source: 's',
  credit: 'none',
  metric: undefined,
  family: undefined,
  line: 2,
});
const bank = [
  q('general', ['always']),
  q('why off track?', ['off-track']),
  q('why worse?', ['worsening']),
  q('why improved?', ['improving']),
  q('when is the next figure?', ['not-measured']),
  q('why revised?', ['revised']),
];
const noChange: SinceReference = {
  reference: undefined,
  drops: [],
  worse: [],
  better: [],
  same: [],
  unjudged: [],
  first: [],
  revised: [],
};

// A wait with a plan: baseline 135 (31 January 2025), at most 90 by 30 November 2026.
const plan = [
  testTarget({ metric: 'wait', kind: 'baseline', date: '2025-01-31', value: 135 }),
  testTarget({ metric: 'wait', value: 90, operator: 'at-most' }),
];
const wait = testMetric({ id: 'wait', frequency: 'point-in-time' });

describe('question choice', () => {
  it('never asks why an old figure improved beside asking when the next one comes', () => {
    // 140 → 120 (better) but the latest is from June 2025: 17 months old on 30 November 2026.
    const stale = measureSummary(
      wait,
      [
        testFigure({ metric: 'wait', period: '2025-01', value: 140 }),
        testFigure({ metric: 'wait', period: '2025-06', value: 120 }),
      ],
      site,
      [],
      '2026-11-30',
    );
    const asked = pickQuestions(bank, stale).map((x) => x.question);
    expect(asked).toContain('when is the next figure?');
    expect(asked).not.toContain('why improved?');
  });

  it('asks nothing of a series that has ended', () => {
    const ended = measureSummary(
      testMetric({ id: 'dtoc', ended: '2019-20', frequency: 'annual' }),
      [testFigure({ metric: 'dtoc', period: '2019-20', value: 9 })],
      site,
      [],
      '2026-11-30',
    );
    expect(pickQuestions(bank, ended)).toEqual([]);
  });
});

describe('briefingQuestions', () => {
  // On 15 July 2026 the plan's line expects 135 − 45 × 515/668 = 100.31 for June 2026; 110 is off
  // track.
  const offTrack = measureSummary(
    wait,
    [
      testFigure({ metric: 'wait', period: '2025-01', value: 135 }),
      testFigure({ metric: 'wait', period: '2026-06', value: 110 }),
    ],
    site,
    plan,
    '2026-07-15',
  );
  const dpBefore = testFigure({ metric: 'dp', period: '2024-25', value: 45 });
  const dpAfter = testFigure({ metric: 'dp', period: '2025-26', value: 40 });
  const dp = testMetric({ id: 'dp', polarity: 'higher', unit: 'percent', frequency: 'annual' });
  const worse = measureSummary(dp, [dpBefore, dpAfter], site, [], '2026-07-15');
  const since: SinceReference = {
    ...noChange,
    worse: [{ metric: dp, before: dpBefore, after: dpAfter, direction: 'worse' }],
  };

  it('puts a plan measure off track first, then what got worse, each with its reason', () => {
    const chosen = briefingQuestions({ bank, summaries: [worse, offTrack], since });
    expect(chosen.map((c) => [c.metric.id, c.question.question, c.reason])).toEqual([
      ['wait', 'why off track?', 'off track for its improvement-plan target'],
      ['dp', 'why worse?', 'worse since the last meeting'],
    ]);
  });

  it('asks each question once and stops at the limit', () => {
    expect(briefingQuestions({ bank, summaries: [worse, offTrack], since, limit: 1 })).toHaveLength(
      1,
    );
  });

  it('asks nothing when nothing in the picture calls for it', () => {
    expect(briefingQuestions({ bank, summaries: [], since: noChange })).toEqual([]);
  });
});
