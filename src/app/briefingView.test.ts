import { describe, expect, it } from 'vitest';
import type { Metric } from '../data/types';
import { testDrop, testFigure, testMetric, testSite, testTarget } from '../stats/fixtures';
import type { Figure } from '../stats/figures';
import { measureSummary } from '../stats/measureSummary';
import { authorityObservations, briefingView, type BriefingInput } from './briefingView';

// Two drops either side of the Commission's April meeting, read on 1 December 2026.
const today = '2026-12-01';
const drops = [testDrop('d1', '2026-03-01'), testDrop('d2', '2026-09-07')];
const meeting = { date: '2026-04-23', label: 'Scrutiny Commission' };
const monthly = (id: string, polarity: Metric['polarity'] = 'lower') =>
  testMetric({ id, frequency: 'monthly', polarity });
const annual = (id: string) => testMetric({ id, frequency: 'annual', polarity: 'higher' });
const metrics = [monthly('wait'), annual('dp'), annual('old'), monthly('new', 'higher')];
const figures: Figure[] = [
  // The wait fell from 135 days (January, before the meeting) to 120 (October): better.
  testFigure({ metric: 'wait', period: '2026-01', value: 135, drop: 'd1' }),
  testFigure({ metric: 'wait', period: '2026-10', value: 120, drop: 'd2' }),
  // Annual figures for years to March 2024 and 2023: 32 and 44 months old, over the 21 allowed.
  testFigure({ metric: 'dp', period: '2023-24', value: 45, drop: 'd1' }),
  testFigure({ metric: 'old', period: '2022-23', value: 10, drop: 'd1' }),
  // A measure first published in the drop after the meeting.
  testFigure({ metric: 'new', period: '2026-10', value: 7, drop: 'd2' }),
  // Another council's figure is not the authority's news.
  testFigure({ metric: 'wait', period: '2026-10', value: 500, drop: 'd2', area: 'P' }),
];

const input = (over: Partial<BriefingInput> = {}): BriefingInput => {
  const site = over.site ?? testSite({ meetings: [meeting] });
  return {
    site,
    drops,
    observations: authorityObservations(figures, 'A'),
    summaries: metrics.map((m) =>
      measureSummary(
        m,
        figures.filter((f) => f.metric === m.id),
        site,
        [],
        today,
      ),
    ),
    outcomes: [],
    targets: [],
    questions: [],
    today,
    ...over,
  };
};
const ids = (list: { metric: Metric }[]) => list.map((x) => x.metric.id);

describe('briefingView', () => {
  it('says what changed since the last meeting: the drop after it, better, first', () => {
    const { since } = briefingView(input());
    expect(since.reference).toEqual({ kind: 'meeting', ...meeting });
    expect(since.drops.map((d) => d.id)).toEqual(['d2']);
    expect(ids(since.better)).toEqual(['wait']);
    expect(since.better[0]?.before?.value).toBe(135);
    expect(since.better[0]?.after.value).toBe(120);
    expect(ids(since.worse)).toEqual([]);
    expect(ids(since.first)).toEqual(['new']);
  });

  it('lists the measures whose figure is older than their frequency allows, oldest first', () => {
    const { stale } = briefingView(input());
    expect(ids(stale)).toEqual(['old', 'dp']);
    expect(stale.map((s) => s.freshness)).toEqual([
      { kind: 'overdue', months: 44, allowed: 21 },
      { kind: 'overdue', months: 32, allowed: 21 },
    ]);
  });

  it("puts the plan's measures first, then the families', each oldest first", () => {
    // dp has a plan target; old is in no family: dp (32 months) comes before old (44 months).
    const dpPlan = [testTarget({ metric: 'dp', value: 50, operator: 'at-least' })];
    const site = testSite({ meetings: [meeting] });
    const summaries = metrics.map((m) =>
      measureSummary(
        m.id === 'old' ? { ...m, family: undefined } : m,
        figures.filter((f) => f.metric === m.id),
        site,
        dpPlan,
        today,
      ),
    );
    expect(ids(briefingView(input({ summaries })).stale)).toEqual(['dp', 'old']);
    // Without the plan both are in the same family: the older, old (44 months), first.
    expect(ids(briefingView(input()).stale)).toEqual(['old', 'dp']);
  });

  it('with no meeting on record, counts from the drop before the latest', () => {
    const { since } = briefingView(input({ site: testSite() }));
    expect(since.reference).toEqual({ kind: 'drop', date: '2026-03-01', label: 'Drop d1' });
    expect(ids(since.better)).toEqual(['wait']);
  });

  it("for a meeting's pack, counts from the meeting before that day", () => {
    // A pack for a meeting on 1 April 2026 has no earlier meeting and one drop: every figure in
    // force is new to it.
    const { since } = briefingView(input({ meetingDay: '2026-04-01' }));
    expect(since.reference).toBeUndefined();
    expect(since.drops.map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(ids(since.first)).toEqual(['wait', 'dp', 'old', 'new']);
  });

  it('has no plan outcomes or questions when the plan and the question bank are empty', () => {
    const view = briefingView(input());
    expect(view.outcomes).toEqual([]);
    expect(view.questions).toEqual([]);
    expect(view.today).toBe(today);
    expect(view.deadline).toBeUndefined();
  });
});

describe('authorityObservations', () => {
  it("keeps the authority's figures, each after the earlier versions it revised", () => {
    const earlier = testFigure({ metric: 'wait', period: '2026-01', value: 130, drop: 'd1' });
    const revised = testFigure({
      metric: 'wait',
      period: '2026-01',
      value: 135,
      drop: 'd2',
      revisions: [earlier],
    });
    const other = testFigure({ metric: 'wait', period: '2026-01', value: 9, area: 'P' });
    expect(authorityObservations([other, revised], 'A')).toEqual([earlier, revised]);
  });
});
