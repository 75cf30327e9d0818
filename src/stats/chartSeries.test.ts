import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../data/period';
import type { Figure } from './figures';
import { chartRows } from './chartSeries';

function fig(area: string, period: string, value: number | undefined): Figure {
  const p = parsePeriod(period);
  if (!p.ok) throw new Error(p.message);
  return {
    metric: 'm',
    area,
    period: p.period,
    value,
    numerator: undefined,
    denominator: undefined,
    lower: undefined,
    upper: undefined,
    status: 'final',
    note: '',
    source: 's',
    section: '',
    sourceRef: '',
    drop: 'd',
    line: 2,
    revisions: [],
  };
}

const base = {
  authority: 'A',
  benchmarks: ['E'],
  members: ['P', 'Q', 'R'],
  gapAfterDays: 548,
  breakStart: undefined,
  trajectory: undefined,
};

describe('chartRows', () => {
  it('returns no rows for no figures', () => {
    expect(chartRows({ ...base, figures: [] })).toEqual([]);
  });

  it('gives one row for a single point', () => {
    const rows = chartRows({ ...base, figures: [fig('A', '2023-24', 10)] });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.authority).toBe(10);
    expect(rows[0]?.median).toBeNull();
  });

  it('puts a blank row in a missing year so no line is drawn across it', () => {
    // 2019-20 then 2021-22: 731 days apart, more than 548, so a blank row goes between them.
    const rows = chartRows({
      ...base,
      figures: [fig('A', '2019-20', 10), fig('A', '2021-22', 12)],
    });
    expect(rows.map((r) => r.authority)).toEqual([10, null, 12]);
    expect(rows[1]?.period).toBeUndefined();
  });

  it('computes the group median and interquartile band of the chosen members only', () => {
    // Members P, Q, R = 10, 20, 40: median 20; d3 quantile: q1 = 10 + 0.5 × 10 = 15, q3 =
    // 20 + 0.5 × 20 = 30.
    const figures = [
      fig('A', '2023-24', 25),
      fig('P', '2023-24', 10),
      fig('Q', '2023-24', 20),
      fig('R', '2023-24', 40),
      fig('Z', '2023-24', 99),
    ];
    const [row] = chartRows({ ...base, figures });
    expect(row?.median).toBe(20);
    expect(row?.band).toEqual([15, 30]);
  });

  it('breaks the line at a change of definition', () => {
    const rows = chartRows({
      ...base,
      breakStart: '2023-04-01',
      figures: [fig('A', '2022-23', 10), fig('A', '2023-24', 12)],
    });
    expect(rows.map((r) => r.authority)).toEqual([10, null, 12]);
  });

  it('breaks the line before the first figure after the change, when its period has none', () => {
    // Biennial: 2021-22 then 2023-24; the definition changed from 2022-23.
    const rows = chartRows({
      ...base,
      gapAfterDays: 800,
      breakStart: '2022-04-01',
      figures: [fig('A', '2021-22', 10), fig('A', '2023-24', 12)],
    });
    expect(rows.map((r) => r.authority)).toEqual([10, null, 12]);
  });

  it('adds the trajectory from baseline to target as its own rows', () => {
    const rows = chartRows({
      ...base,
      figures: [fig('A', '2025-01', 135)],
      trajectory: [
        { date: '2025-01-31', value: 135 },
        { date: '2026-11-30', value: 90 },
      ],
    });
    expect(rows.map((r) => [r.authority, r.trajectory])).toEqual([
      [135, 135],
      [null, 90],
    ]);
  });
});
