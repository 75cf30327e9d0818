import { describe, expect, it } from 'vitest';
import { targetStatus } from './trajectory';

// A figure that cannot judge progress against the plan's line is never called on or off track.
describe('targetStatus: figures that cannot judge progress', () => {
  const plan = {
    baseline: { date: '2025-01-31', value: 135 },
    target: { date: '2026-11-30', value: 90 },
    operator: 'at-most' as const,
  };
  it('never judges the baseline figure itself (it would be "on the line" by definition)', () => {
    const latest = { date: '2025-01-31', value: 135 };
    expect(targetStatus({ ...plan, latest, today: '2025-02-15', current: true })).toEqual({
      status: 'not-measured-since',
      since: '2025-01-31',
      atBaseline: true,
    });
  });
  it('says not measured since an old figure rather than on or off track', () => {
    const latest = { date: '2025-06-30', value: 120 };
    expect(targetStatus({ ...plan, latest, today: '2026-06-30', current: false })).toEqual({
      status: 'not-measured-since',
      since: '2025-06-30',
      atBaseline: false,
    });
  });
  it('lets a figure for the target date settle it, even when it is old', () => {
    const hit = { date: '2026-11-30', value: 88 };
    const miss = { date: '2026-11-30', value: 95 };
    expect(targetStatus({ ...plan, latest: hit, today: '2028-01-01', current: false }).status).toBe(
      'met',
    );
    expect(
      targetStatus({ ...plan, latest: miss, today: '2028-01-01', current: false }).status,
    ).toBe('missed');
  });
});
