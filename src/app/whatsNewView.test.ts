import { describe, expect, it } from 'vitest';
import { testDrop, testMetric, testObservation, testSite, testTarget } from '../stats/fixtures';
import { whatsNewView } from './whatsNewView';

const site = testSite();
const wait = testMetric({ id: 'wait', polarity: 'lower' });
const dp = testMetric({ id: 'dp', polarity: 'higher', unit: 'percent', frequency: 'annual' });
const drops = [testDrop('d1', '2025-10-15'), testDrop('d2', '2026-11-23')];
const o = testObservation;
// The wait: baseline 135 (31 January 2025), at most 90 by 30 November 2026.
const targets = [
  testTarget({ metric: 'wait', kind: 'baseline', date: '2025-01-31', value: 135 }),
  testTarget({ metric: 'wait', value: 90, operator: 'at-most' }),
];

describe('whatsNewView', () => {
  const view = whatsNewView({
    site,
    metrics: [wait, dp],
    drops,
    observations: [
      o({ metric: 'wait', period: '2025-01', value: 135, drop: 'd1' }),
      // September 2025: 242 days in, the line expects 135 − 45 × 242/668 = 118.70; 110 is on track.
      o({ metric: 'wait', period: '2025-09', value: 110, drop: 'd1' }),
      o({ metric: 'dp', period: '2024-25', value: 45, drop: 'd1' }),
      // d2 brings 2025-26 (better: 45 → 48) and revises 2024-25 down to 44 (worse).
      o({ metric: 'dp', period: '2025-26', value: 48, drop: 'd2' }),
      o({ metric: 'dp', period: '2024-25', value: 44, drop: 'd2' }),
    ],
    targets,
    today: '2026-11-30',
  });

  it('gives each new figure its direction against the figure before', () => {
    expect(
      view?.added.map((a) => [a.metric.id, a.before?.value, a.own?.value, a.direction]),
    ).toEqual([['dp', 45, 48, 'better']]);
  });

  it('does not judge a new figure measured differently from the one before (series break)', () => {
    const broken = whatsNewView({
      site,
      metrics: [{ ...dp, breakPeriod: '2025-26' }],
      drops,
      observations: [
        o({ metric: 'dp', period: '2024-25', value: 45, drop: 'd1' }),
        o({ metric: 'dp', period: '2025-26', value: 48, drop: 'd2' }),
      ],
      targets: [],
      today: '2026-11-30',
    });
    expect(broken?.added.map((a) => [a.metric.id, a.delta, a.direction])).toEqual([
      ['dp', 3, 'no-judgement'],
    ]);
  });

  it('gives each revision its direction by polarity', () => {
    expect(
      view?.revised.map((r) => [r.metric.id, r.before.value, r.after.value, r.direction]),
    ).toEqual([['dp', 45, 44, 'worse']]);
  });

  it('says when only the passing of time changed a plan status', () => {
    // On track when d1 came out; by 30 November 2026 the September 2025 figure is 14 months old (6
    // allowed).
    expect(
      view?.statusChanges.map((c) => [c.metric.id, c.was.status, c.now.status, c.cause]),
    ).toEqual([['wait', 'on-track', 'not-measured-since', 'time']]);
  });
});
