import { describe, expect, it } from 'vitest';
import { dateToTime } from '../data/period';
import { periodOf } from '../stats/fixtures';
import type { ChartRow } from '../stats/chartSeries';
import { bandPaths, chartLayout, fitLabel, linePaths } from './chartLayout';

const row = (label: string, authority: number | null): ChartRow => {
  const period = periodOf(label);
  return {
    time: dateToTime(period.end),
    period,
    authority,
    authorityStatus: 'final',
    benchmarks: [],
    median: null,
    band: null,
    trajectory: null,
  };
};

describe('chartLayout', () => {
  // Plot area: x from 56 to 640 − 16 = 624, y from 22 to 340 − 30 = 310.
  const rows = [row('2021-22', 40), row('2022-23', 50), row('2023-24', 45)];
  const layout = chartLayout({
    rows,
    width: 640,
    height: 340,
    goal: undefined,
    fromZero: false,
    until: undefined,
  });

  it('spans the periods across the plot and rounds the value axis to nice ticks', () => {
    expect(layout.x(rows[0]?.time ?? 0)).toBe(56);
    expect(layout.x(rows[2]?.time ?? 0)).toBe(624);
    // 40 to 50 with five ticks: nice(40, 50) = [40, 50], ticks 40, 42, …, 50.
    expect(layout.yTicks.map((t) => t.value)).toEqual([40, 42, 44, 46, 48, 50]);
    expect(layout.y(40)).toBe(310);
    expect(layout.y(50)).toBe(22);
    expect(layout.yDecimals).toBe(0);
  });

  it('starts at zero when asked and runs to today when today is later', () => {
    const until = dateToTime('2026-11-30');
    const wide = chartLayout({
      rows,
      width: 640,
      height: 340,
      goal: undefined,
      fromZero: true,
      until,
    });
    expect(wide.yTicks[0]?.value).toBe(0);
    expect(wide.x(until)).toBe(624);
    expect(wide.x(rows[2]?.time ?? 0)).toBeLessThan(624);
  });

  it('gives a lone figure room either side and a range around it', () => {
    const one = chartLayout({
      rows: [row('2025-01', 135)],
      width: 640,
      height: 340,
      goal: undefined,
      fromZero: false,
      until: undefined,
    });
    // Centred: half a year before and after.
    expect(one.x(row('2025-01', 135).time)).toBe(340);
    // 135 ± 13.5 rounded out: nice(121.5, 148.5) = [120, 150].
    expect([one.yTicks[0]?.value, one.yTicks.at(-1)?.value]).toEqual([120, 150]);
  });

  it('labels the newest period first when thinning labels', () => {
    const many = [
      '2014-15',
      '2015-16',
      '2016-17',
      '2017-18',
      '2018-19',
      '2019-20',
      '2020-21',
      '2021-22',
      '2022-23',
      '2023-24',
    ].map((l, i) => row(l, i));
    // 300 − 56 − 16 = 228 px of plot: room for 2 labels of 84 px, so every 5th from the newest.
    const narrow = chartLayout({
      rows: many,
      width: 300,
      height: 200,
      goal: undefined,
      fromZero: false,
      until: undefined,
    });
    expect(narrow.xTicks.map((t) => t.row.period?.label)).toEqual(['2018-19', '2023-24']);
  });
});

describe('linePaths and bandPaths', () => {
  it('breaks a line at a missing value and draws no line for a lone point', () => {
    expect(
      linePaths([
        { x: 0, y: 10 },
        { x: 1, y: 20 },
        { x: 2, y: null },
        { x: 3, y: 30 },
      ]),
    ).toEqual(['M0.0,10.0L1.0,20.0']);
  });
  it('closes a band along its top and back along its bottom', () => {
    expect(
      bandPaths([
        { x: 0, band: [5, 1] },
        { x: 2, band: [6, 2] },
      ]),
    ).toEqual(['M0.0,1.0L2.0,2.0L2.0,6.0L0.0,5.0Z']);
  });
});

describe('fitLabel', () => {
  it('keeps a label inside the chart, anchoring it to an edge it would cross', () => {
    // "2017-18" is about 7 × 7.5 = 52.5 px wide.
    expect(fitLabel('2017-18', 320, 'middle', 640)).toEqual({ x: 320, textAnchor: 'middle' });
    expect(fitLabel('2017-18', 10, 'middle', 640)).toEqual({ x: 0, textAnchor: 'start' });
    expect(fitLabel('2017-18', 630, 'middle', 640)).toEqual({ x: 640, textAnchor: 'end' });
    expect(fitLabel('Today', 20, 'end', 640)).toEqual({ x: 0, textAnchor: 'start' });
  });
});
