import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../data/period';
import type { Target } from '../data/types';
import type { Point } from './change';
import { latestAnchor, planDeadline, planTarget } from './planTarget';

const point = (label: string, value: number | undefined): Point => {
  const p = parsePeriod(label);
  if (!p.ok) throw new Error(p.message);
  return { period: p.period, value };
};
const target = (t: Partial<Target>): Target => ({
  metric: 'm',
  area: 'A',
  date: '2026-11-30',
  value: undefined,
  kind: 'target',
  operator: undefined,
  outcome: '',
  source: 's',
  section: '',
  sourceRef: '',
  note: '',
  proxy: '',
  line: 2,
  ...t,
});

const M = {
  id: 'm',
  frequency: 'point-in-time',
  ended: undefined,
  breakPeriod: undefined,
  breakKind: undefined,
} as const;

describe('planTarget', () => {
  it('returns undefined when the measure has no target', () => {
    expect(
      planTarget([target({ kind: 'baseline', value: 1 })], M, 'A', [], '2026-01-01'),
    ).toBeUndefined();
  });

  it('judges a numeric target against the straight line from its baseline', () => {
    // Baseline 135 days on 31 Jan 2025, target at most 90 on 30 Nov 2026 (668 days later).
    // On 31 Dec 2025 (334 days in, half way) the line expects 135 - 45 × 334/668 = 112.5; 110 is
    // below it: on track.
    const targets = [
      target({ kind: 'baseline', date: '2025-01-31', value: 135 }),
      target({ value: 90, operator: 'at-most' }),
    ];
    const result = planTarget(
      targets,
      M,
      'A',
      [point('2025-01', 135), point('2025-12', 110)],
      '2026-01-15',
    );
    expect(result?.status).toEqual({
      status: 'on-track',
      latest: { date: '2025-12-31', value: 110 },
      expected: 112.5,
    });
  });

  it('counts a target written only as a direction as met once the figure passes baseline', () => {
    // "Increase from 18.52%": no number, so the baseline is the bar, and more-than is the test.
    const targets = [
      target({ kind: 'baseline', date: '2024-03-31', value: 18.52 }),
      target({ operator: 'more-than', note: 'target: increase' }),
    ];
    expect(planTarget(targets, M, 'A', [point('2025-26', 20)], '2026-05-01')?.status?.status).toBe(
      'met',
    );
    expect(planTarget(targets, M, 'A', [point('2025-26', 18)], '2026-05-01')?.status?.status).toBe(
      'off-track',
    );
  });

  it('says not measured since the last figure when stale; no status without a number', () => {
    const targets = [
      target({ kind: 'baseline', date: '2025-01-31', value: 135 }),
      target({ value: 90, operator: 'at-most' }),
    ];
    expect(planTarget(targets, M, 'A', [point('2025-01', 135)], '2026-11-23')?.status).toEqual({
      status: 'not-measured-since',
      since: '2025-01-31',
      atBaseline: true,
    });
    expect(
      planTarget([target({ note: 'target: fewer' })], M, 'A', [point('2025-01', 135)], '2026-11-23')
        ?.status,
    ).toBeUndefined();
  });
});

describe('planTarget: proxies and last known status', () => {
  const targets = [
    target({ kind: 'baseline', date: '2025-01-31', value: 135 }),
    target({ value: 90, operator: 'at-most' }),
  ];

  it('gives a proxy only its direction of travel since the baseline, never a verdict', () => {
    // 110 is below the 135 baseline and lower is better ("at most 90"): better, though 110 > 90.
    const proxy = [
      targets[0] ?? target({}),
      target({ value: 90, operator: 'at-most', proxy: 'x' }),
    ];
    const result = planTarget(
      proxy,
      M,
      'A',
      [point('2025-01', 135), point('2026-09', 110)],
      '2026-11-30',
    );
    expect(result?.status).toEqual({
      status: 'proxy',
      direction: 'better',
      from: { date: '2025-01-31', value: 135 },
      latest: { date: '2026-09-30', value: 110 },
    });
    // The same figures either side of a redefinition from April 2026: no direction; across a
    // renumbering, judged as before.
    const across = (breakKind: 'redefined' | 'renumbered') =>
      planTarget(
        proxy,
        { ...M, breakPeriod: '2026-04', breakKind },
        'A',
        [point('2025-01', 135), point('2026-09', 110)],
        '2026-11-30',
      )?.status;
    expect(across('redefined')).toMatchObject({ status: 'proxy', direction: undefined });
    expect(across('renumbered')).toMatchObject({ status: 'proxy', direction: 'better' });
    // Only the baseline figure: no direction yet.
    const only = planTarget(proxy, M, 'A', [point('2025-01', 135)], '2026-11-30');
    expect(only?.status).toEqual({
      status: 'proxy',
      direction: undefined,
      from: { date: '2025-01-31', value: 135 },
      latest: { date: '2025-01-31', value: 135 },
    });
  });

  it('keeps the verdict as it stood when the latest figure was measured', () => {
    // September 2025 (242 days after 31 Jan 2025, of 668 to 30 Nov 2026): expected 135 − 45 ×
    // 242/668 = 118.70.
    // 125 is above the line: off track then; by November 2026 the figure is 14 months old (6
    // allowed).
    const result = planTarget(
      targets,
      M,
      'A',
      [point('2025-01', 135), point('2025-09', 125)],
      '2026-11-30',
    );
    expect(result?.status).toEqual({
      status: 'not-measured-since',
      since: '2025-09-30',
      atBaseline: false,
    });
    expect(result?.lastKnown?.status).toBe('off-track');
    expect(result?.lastKnown?.latest).toEqual({ date: '2025-09-30', value: 125 });
  });
});

describe('latestAnchor', () => {
  it('skips suppressed points and returns undefined for an empty series', () => {
    expect(latestAnchor([])).toBeUndefined();
    expect(latestAnchor([point('2023-24', 5), point('2024-25', undefined)])).toEqual({
      date: '2024-03-31',
      value: 5,
    });
  });
});

describe('planDeadline', () => {
  it("is the latest of the area's target dates, baselines and other councils left out", () => {
    const targets = [
      target({ metric: 'wait', date: '2026-11-30' }),
      target({ metric: 'dp', date: '2026-03-31' }),
      target({ metric: 'dp', kind: 'baseline', date: '2027-01-31' }),
      target({ metric: 'dp', area: 'B', date: '2028-03-31' }),
    ];
    expect(planDeadline(targets, 'A')).toBe('2026-11-30');
    expect(planDeadline([], 'A')).toBeUndefined();
  });
});
