import { describe, expect, it } from 'vitest';
import { periodOf, testMetric, testTarget } from './fixtures';
import { countOutcomes, outcomeStatus } from './outcomeStatus';
import { planTarget } from './planTarget';

const point = (label: string, value: number) => ({ period: periodOf(label), value });
const wait = testMetric({ id: 'm', frequency: 'point-in-time' });
const baseline = testTarget({ kind: 'baseline', date: '2025-01-31', value: 135 });
const target = testTarget({ value: 90, operator: 'at-most' });
const proxyTarget = testTarget({ value: 90, operator: 'at-most', proxy: 'The plan measures x' });
const plan = (
  series: ReturnType<typeof point>[],
  today = '2026-11-30',
  targets = [baseline, target],
) => {
  const p = planTarget(targets, wait, 'A', series, today);
  if (!p) throw new Error('no target');
  return p;
};

describe('outcomeStatus', () => {
  it('says no figure since the baseline when the only figure is the baseline', () => {
    expect(outcomeStatus([plan([point('2025-01', 135)])])).toEqual({
      kind: 'no-recent-figure',
      since: '2025-01-31',
      atBaseline: true,
      lastKnown: undefined,
    });
  });

  it('keeps the last known verdict and its date when the figures have gone stale', () => {
    // September 2025: the line expects 135 − 45 × 242/668 = 118.70; 125 is above it, off track
    // then.
    const stale = plan([point('2025-01', 135), point('2025-09', 125)]);
    expect(outcomeStatus([stale])).toEqual({
      kind: 'no-recent-figure',
      since: '2025-09-30',
      atBaseline: false,
      lastKnown: { status: 'off-track', date: '2025-09-30' },
    });
  });

  it('gives the worst verdict among the measures that can be judged, and how many could', () => {
    // On 30 June 2026 (515 days after 31 January 2025) the line expects 135 − 45 × 515/668 =
    // 100.31.
    const onTrack = plan([point('2026-06', 100)], '2026-07-15');
    const offTrack = plan([point('2026-06', 110)], '2026-07-15');
    const stale = plan([point('2025-01', 135)], '2026-07-15');
    expect(outcomeStatus([onTrack, stale])).toEqual({
      kind: 'verdict',
      status: 'on-track',
      judged: 1,
      of: 2,
    });
    expect(outcomeStatus([onTrack, offTrack, stale])).toEqual({
      kind: 'verdict',
      status: 'off-track',
      judged: 2,
      of: 3,
    });
  });

  it('never judges an outcome tracked only by a proxy', () => {
    const proxy = plan([point('2025-01', 135), point('2026-06', 80)], '2026-07-15', [
      baseline,
      proxyTarget,
    ]);
    expect(outcomeStatus([proxy])).toEqual({ kind: 'not-measured', proxies: 1 });
    expect(outcomeStatus([])).toEqual({ kind: 'not-measured', proxies: 0 });
  });
});

describe('countOutcomes', () => {
  it('counts outcomes, not measures', () => {
    expect(
      countOutcomes([
        { kind: 'verdict', status: 'off-track', judged: 1, of: 3 },
        { kind: 'no-recent-figure', since: '2025-01-31', atBaseline: true, lastKnown: undefined },
        { kind: 'no-recent-figure', since: undefined, atBaseline: true, lastKnown: undefined },
        { kind: 'not-measured', proxies: 2 },
      ]),
    ).toEqual({
      total: 4,
      met: 0,
      onTrack: 0,
      offTrack: 1,
      missed: 0,
      noRecentFigure: 2,
      notMeasured: 1,
    });
  });
});
