import { describe, expect, it } from 'vitest';
import type { Question } from '../data/types';
import { testFigure, testMetric, testSite, testTarget } from '../stats/fixtures';
import { measureSummary } from '../stats/measureSummary';
import { nothingSince, type SinceReference } from '../stats/sinceMeeting';
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
  q('was it met?', ['plan-due']),
];
const noChange = nothingSince(undefined, []);

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

  it('asks whether the target was met once its date has gone by with no figure to judge', () => {
    // Nothing since the baseline (January 2025); the target is for 30 November 2026.
    const figures = [testFigure({ metric: 'wait', period: '2025-01', value: 135 })];
    const asked = (today: string) =>
      pickQuestions(bank, measureSummary(wait, figures, site, plan, today)).map((x) => x.question);
    expect(asked('2026-11-30')).not.toContain('was it met?');
    expect(asked('2026-12-01')).toContain('was it met?');
    // A figure for the target date settles it: 85 days meets "at most 90", nothing to ask.
    const met = [...figures, testFigure({ metric: 'wait', period: '2026-11', value: 85 })];
    const settled = measureSummary(wait, met, site, plan, '2026-12-01');
    expect(settled.plan?.status?.status).toBe('met');
    expect(pickQuestions(bank, settled).map((x) => x.question)).not.toContain('was it met?');
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

  it('after the deadline, asks first of a plan measure that cannot be judged', () => {
    const figures = [testFigure({ metric: 'wait', period: '2025-01', value: 135 })];
    const unjudged = measureSummary(wait, figures, site, plan, '2026-12-01');
    const chosen = briefingQuestions({ bank, summaries: [worse, unjudged], since });
    expect(chosen.map((c) => [c.metric.id, c.question.question, c.reason])).toEqual([
      [
        'wait',
        'was it met?',
        'its target date, November 2026, has passed with no figure to judge it',
      ],
      ['dp', 'why worse?', 'worse since the last meeting'],
    ]);
  });

  it("asks of the plan's measures in the plan's order (the order of targets.csv)", () => {
    // Both past their date unjudged: the wait's target is on line 2, the other's on line 9, so
    // the wait is asked about whatever order the measures come in.
    const other = testMetric({ id: 'carers', frequency: 'point-in-time' });
    const target = testTarget({ metric: 'carers', value: 30, operator: 'at-most', line: 9 });
    const summaries = [
      measureSummary(
        other,
        [testFigure({ metric: 'carers', period: '2025-01', value: 40 })],
        site,
        [target],
        '2026-12-01',
      ),
      measureSummary(
        wait,
        [testFigure({ metric: 'wait', period: '2025-01', value: 135 })],
        site,
        plan,
        '2026-12-01',
      ),
    ];
    const chosen = briefingQuestions({ bank, summaries, since: noChange });
    expect(chosen[0]?.metric.id).toBe('wait');
    expect(chosen[0]?.question.question).toBe('was it met?');
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
