import { describe, expect, it } from 'vitest';
import { meetsTarget, targetStatus, trajectoryAt, type Anchor } from './trajectory';

// A year-long plan: 1 Apr 2024 to 1 Apr 2025 is 365 days. 1 Jul 2024 is day 91 (30 + 31 + 30);
// 1 Oct 2024 is day 183 (+ 31 + 31 + 30).
const start = '2024-04-01';
const end = '2025-04-01';
const down = { baseline: { date: start, value: 40 }, target: { date: end, value: 20 } };
const up = { baseline: { date: start, value: 60 }, target: { date: end, value: 80 } };

describe('trajectoryAt', () => {
  it('draws a straight line by days between baseline and target', () => {
    // 40 − 20 × 183 / 365 = 40 − 10.027397 = 29.972603; 60 + 20 × 183 / 365 = 70.027397.
    expect(trajectoryAt(down.baseline, down.target, '2024-10-01')).toBeCloseTo(29.972603, 5);
    expect(trajectoryAt(up.baseline, up.target, '2024-10-01')).toBeCloseTo(70.027397, 5);
    // Ten days, halfway: 40 + (20 − 40) × 5 / 10 = 30.
    expect(
      trajectoryAt(
        { date: '2025-01-01', value: 40 },
        { date: '2025-01-11', value: 20 },
        '2025-01-06',
      ),
    ).toBe(30);
  });
  it('gives the baseline and target values on their own dates', () => {
    expect(trajectoryAt(down.baseline, down.target, start)).toBe(40);
    expect(trajectoryAt(down.baseline, down.target, end)).toBe(20);
  });
  it('holds the baseline value before the baseline and the target value after the target', () => {
    expect(trajectoryAt(down.baseline, down.target, '2023-01-01')).toBe(40);
    expect(trajectoryAt(down.baseline, down.target, '2026-01-01')).toBe(20);
  });
  it('steps from baseline to target when both fall on the same day', () => {
    const same: [Anchor, Anchor] = [
      { date: start, value: 40 },
      { date: start, value: 20 },
    ];
    expect(trajectoryAt(...same, '2024-03-31')).toBe(40);
    expect(trajectoryAt(...same, start)).toBe(20);
  });
});

describe('meetsTarget', () => {
  it('reads each operator, including its boundary', () => {
    expect([meetsTarget(10, 10, 'at-most'), meetsTarget(10.1, 10, 'at-most')]).toEqual([
      true,
      false,
    ]);
    expect([meetsTarget(9.9, 10, 'less-than'), meetsTarget(10, 10, 'less-than')]).toEqual([
      true,
      false,
    ]);
    expect([meetsTarget(50, 50, 'at-least'), meetsTarget(49.9, 50, 'at-least')]).toEqual([
      true,
      false,
    ]);
    expect([meetsTarget(50.1, 50, 'more-than'), meetsTarget(50, 50, 'more-than')]).toEqual([
      true,
      false,
    ]);
    expect([meetsTarget(0.1 + 0.2, 0.3, 'equal'), meetsTarget(0.31, 0.3, 'equal')]).toEqual([
      true,
      false,
    ]);
  });
  it('reads "nil" as at most 0 and "all" as at least 100', () => {
    expect([meetsTarget(0, 0, 'at-most'), meetsTarget(1, 0, 'at-most')]).toEqual([true, false]);
    expect([meetsTarget(100, 100, 'at-least'), meetsTarget(99.5, 100, 'at-least')]).toEqual([
      true,
      false,
    ]);
  });
});

describe('targetStatus', () => {
  const today = '2024-11-15';
  it('reports no data without a figure or a baseline', () => {
    expect(
      targetStatus({
        baseline: undefined,
        target: down.target,
        operator: 'at-most',
        latest: undefined,
        today,
        current: true,
      }),
    ).toEqual({ status: 'no-data' });
  });
  it('reports not measured since the baseline when there is no figure after it', () => {
    expect(
      targetStatus({ ...down, operator: 'at-most', latest: undefined, today, current: true }),
    ).toEqual({
      status: 'not-measured-since',
      since: start,
      atBaseline: true,
    });
  });
  it('reports met when the latest figure meets the target, even after the target date', () => {
    const latest = { date: '2024-10-01', value: 19 };
    expect(targetStatus({ ...down, operator: 'at-most', latest, today, current: true })).toEqual({
      status: 'met',
      latest,
    });
    expect(
      targetStatus({ ...down, operator: 'at-most', latest, today: '2026-01-01', current: true }),
    ).toEqual({
      status: 'met',
      latest,
    });
  });
  it('puts a falling figure on track at or below the line when lower is better, off above', () => {
    // Expected on 1 Oct 2024: 29.972603. 28 is below (on track); 32 above (off track).
    const onTrack = targetStatus({
      ...down,
      operator: 'at-most',
      latest: { date: '2024-10-01', value: 28 },
      today,
      current: true,
    });
    expect(onTrack.status).toBe('on-track');
    expect(onTrack.status === 'on-track' && onTrack.expected).toBeCloseTo(29.972603, 5);
    expect(
      targetStatus({
        ...down,
        operator: 'less-than',
        latest: { date: '2024-10-01', value: 32 },
        today,
        current: true,
      }).status,
    ).toBe('off-track');
  });
  it('puts a rising figure on track at or above the line when higher is better, off below', () => {
    // Expected on 1 Oct 2024: 70.027397. 71 above (on track); 69 below (off track).
    expect(
      targetStatus({
        ...up,
        operator: 'at-least',
        latest: { date: '2024-10-01', value: 71 },
        today,
        current: true,
      }).status,
    ).toBe('on-track');
    expect(
      targetStatus({
        ...up,
        operator: 'more-than',
        latest: { date: '2024-10-01', value: 69 },
        today,
        current: true,
      }).status,
    ).toBe('off-track');
    // 80 is not more than 80: not met, but above the line (70.03), so on track.
    expect(
      targetStatus({
        ...up,
        operator: 'more-than',
        latest: { date: '2024-10-01', value: 80 },
        today,
        current: true,
      }).status,
    ).toBe('on-track');
  });
  it('counts a figure exactly on the line as on track', () => {
    // Halfway through ten days from 40 to 20: expected 30.
    const plan = {
      baseline: { date: '2025-01-01', value: 40 },
      target: { date: '2025-01-11', value: 20 },
    };
    const latest = { date: '2025-01-06', value: 30 };
    expect(
      targetStatus({ ...plan, operator: 'at-most', latest, today: '2025-01-07', current: true }),
    ).toEqual({
      status: 'on-track',
      latest,
      expected: 30,
    });
  });
  it('takes the direction of an equal target from baseline toward target', () => {
    // Rising 10 → 20: expected 10 + 10 × 183 / 365 = 15.013699. Falling 30 → 20: expected 30 −
    // 15.013699 + 10 = 24.986301.
    const rising = { baseline: { date: start, value: 10 }, target: { date: end, value: 20 } };
    const falling = { baseline: { date: start, value: 30 }, target: { date: end, value: 20 } };
    expect(
      targetStatus({
        ...rising,
        operator: 'equal',
        latest: { date: '2024-10-01', value: 16 },
        today,
        current: true,
      }).status,
    ).toBe('on-track');
    expect(
      targetStatus({
        ...rising,
        operator: 'equal',
        latest: { date: '2024-10-01', value: 14 },
        today,
        current: true,
      }).status,
    ).toBe('off-track');
    expect(
      targetStatus({
        ...falling,
        operator: 'equal',
        latest: { date: '2024-10-01', value: 24 },
        today,
        current: true,
      }).status,
    ).toBe('on-track');
    expect(
      targetStatus({
        ...falling,
        operator: 'equal',
        latest: { date: '2024-10-01', value: 26 },
        today,
        current: true,
      }).status,
    ).toBe('off-track');
  });
  it('reports missed once the target date has passed unmet', () => {
    const latest = { date: '2025-03-31', value: 22 };
    expect(
      targetStatus({ ...down, operator: 'at-most', latest, today: '2025-05-01', current: true }),
    ).toEqual({
      status: 'missed',
      latest,
    });
    // "less than 20" is not met by exactly 20.
    const twenty = { date: '2025-03-31', value: 20 };
    expect(
      targetStatus({
        ...down,
        operator: 'less-than',
        latest: twenty,
        today: '2025-04-02',
        current: true,
      }),
    ).toEqual({ status: 'missed', latest: twenty });
  });
  it('calls an unmet figure off track against the target itself when there is no baseline', () => {
    const latest = { date: '2024-10-01', value: 25 };
    expect(
      targetStatus({
        baseline: undefined,
        target: down.target,
        operator: 'at-most',
        latest,
        today,
        current: true,
      }),
    ).toEqual({ status: 'off-track', latest, expected: 20 });
  });
  it('does not call an old figure met or missed against a target set for later', () => {
    // Target: at most 20 by 1 Apr 2025. A figure of 15 from 1 Jul 2024, no longer current on 1 Mar
    // 2025.
    const old = { date: '2024-07-01', value: 15 };
    expect(
      targetStatus({
        ...down,
        operator: 'at-most',
        latest: old,
        today: '2025-03-01',
        current: false,
      }),
    ).toEqual({ status: 'not-measured-since', since: '2024-07-01', atBaseline: false });
  });
});
