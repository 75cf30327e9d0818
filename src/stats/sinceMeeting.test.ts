import { describe, expect, it } from 'vitest';
import { testDrop, testMetric, testObservation, testSite } from './fixtures';
import { referenceFor, sinceReference } from './sinceMeeting';

const drops = [
  testDrop('d1', '2025-11-13'),
  testDrop('d2', '2026-01-23'),
  testDrop('d3', '2026-11-23'),
];
const site = testSite({
  meetings: [
    { date: '2025-11-13', label: 'Commission' },
    { date: '2026-04-23', label: 'Commission' },
    { date: '2027-01-14', label: 'Commission' },
  ],
});

describe('referenceFor', () => {
  it('takes the latest meeting before the day judged', () => {
    expect(referenceFor(site, drops, '2026-11-30')).toEqual({
      kind: 'meeting',
      date: '2026-04-23',
      label: 'Commission',
    });
    // On the day of a meeting, that meeting is not yet "the last one".
    expect(referenceFor(site, drops, '2025-11-13')).toBeUndefined();
  });
  it('falls back to the drop before the latest when no meeting came earlier', () => {
    expect(referenceFor(testSite(), drops, '2026-11-30')).toEqual({
      kind: 'drop',
      date: '2026-01-23',
      label: 'Drop d2',
    });
    expect(referenceFor(testSite(), drops.slice(0, 1), '2026-11-30')).toBeUndefined();
  });
});

describe('sinceReference', () => {
  const wait = testMetric({ id: 'wait', polarity: 'lower', frequency: 'point-in-time' });
  const dp = testMetric({ id: 'dp', polarity: 'higher', unit: 'percent', frequency: 'annual' });
  const count = testMetric({ id: 'count', polarity: 'none', unit: 'count' });
  const ended = testMetric({ id: 'dtoc', ended: '2019-20', frequency: 'annual' });
  const reference = { kind: 'meeting', date: '2026-04-23', label: 'Commission' } as const;
  const o = testObservation;
  const observations = [
    // Wait: 135 in January 2025 (d1), then 150 in June 2026 (d3): worse by 15/135 = 11%.
    o({ metric: 'wait', period: '2025-01', value: 135, drop: 'd1' }),
    o({ metric: 'wait', period: '2026-06', value: 150, drop: 'd3' }),
    // Direct payments: 40 in 2023-24 (d1), 45 in 2024-25 (d2, before the meeting), 50 in 2025-26
    // (d3): better by 5/45 = 11%.
    o({ metric: 'dp', period: '2023-24', value: 40, drop: 'd1' }),
    o({ metric: 'dp', period: '2024-25', value: 45, drop: 'd2' }),
    o({ metric: 'dp', period: '2025-26', value: 50, drop: 'd3' }),
    // 2024-25 revised from 45 to 44 in d3.
    o({ metric: 'dp', period: '2024-25', value: 44, drop: 'd3' }),
    // A count with no better direction: a first figure in d3.
    o({ metric: 'count', period: '2026-06', value: 12, drop: 'd3' }),
    // An ended series republished in d3 says nothing new.
    o({ metric: 'dtoc', period: '2018-19', value: 9, drop: 'd1' }),
    o({ metric: 'dtoc', period: '2019-20', value: 8, drop: 'd3' }),
    // Another council's figure is not the authority's.
    o({ metric: 'wait', area: 'P', period: '2026-06', value: 10, drop: 'd3' }),
  ];
  const result = sinceReference({
    metrics: [wait, dp, count, ended],
    observations,
    drops,
    authority: 'A',
    reference,
    today: '2026-11-30',
  });

  it('lists the drops published since the reference', () => {
    expect(result.drops.map((d) => d.id)).toEqual(['d3']);
  });
  it('judges each newer figure against the one in force at the meeting, by polarity', () => {
    expect(result.worse.map((m) => [m.metric.id, m.before?.value, m.after.value])).toEqual([
      ['wait', 135, 150],
    ]);
    // 45 → 50, not 44 → 50: the comparison is with what the meeting saw.
    expect(result.better.map((m) => [m.metric.id, m.before?.value, m.after.value])).toEqual([
      ['dp', 45, 50],
    ]);
    expect(result.first.map((m) => m.metric.id)).toEqual(['count']);
    expect(result.same).toEqual([]);
    expect(result.unjudged).toEqual([]);
  });
  it('lists figures the meeting saw that were revised since', () => {
    expect(result.revised.map((r) => [r.metric.id, r.before.value, r.after.value])).toEqual([
      ['dp', 45, 44],
    ]);
  });
  it('has nothing to say when no drop came after the reference', () => {
    const none = sinceReference({
      metrics: [wait],
      observations,
      drops,
      authority: 'A',
      reference: { kind: 'meeting', date: '2026-11-24', label: 'Commission' },
      today: '2026-11-30',
    });
    expect([none.drops, none.worse, none.better, none.first, none.revised]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
  });
  it('puts the largest worsening first', () => {
    const two = sinceReference({
      metrics: [wait, testMetric({ id: 'wait2' })],
      observations: [
        ...observations,
        // 100 → 150: 50% worse, ahead of the wait's 11%.
        o({ metric: 'wait2', period: '2025-01', value: 100, drop: 'd1' }),
        o({ metric: 'wait2', period: '2026-06', value: 150, drop: 'd3' }),
      ],
      drops,
      authority: 'A',
      reference,
      today: '2026-11-30',
    });
    expect(two.worse.map((m) => m.metric.id)).toEqual(['wait2', 'wait']);
  });
  it('never judges a newer figure measured differently: a series break lies between', () => {
    // Direct payments changed definition from 2025-26: 45 → 50 is a move, not "better".
    const broken = sinceReference({
      metrics: [{ ...dp, breakPeriod: '2025-26' }],
      observations,
      drops,
      authority: 'A',
      reference,
      today: '2026-11-30',
    });
    expect(broken.better).toEqual([]);
    expect(broken.unjudged.map((m) => [m.metric.id, m.before?.value, m.after.value])).toEqual([
      ['dp', 45, 50],
    ]);
  });
  it('judges across a renumbering: the code changed, not the calculation', () => {
    const renumbered = sinceReference({
      metrics: [{ ...dp, breakPeriod: '2025-26', breakKind: 'renumbered' }],
      observations,
      drops,
      authority: 'A',
      reference,
      today: '2026-11-30',
    });
    expect(renumbered.better.map((m) => m.metric.id)).toEqual(['dp']);
    expect(renumbered.unjudged).toEqual([]);
  });
});
