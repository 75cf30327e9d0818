import { describe, expect, it } from 'vitest';
import type { Area } from '../data/types';
import { testFigure, testMetric, testSite } from '../stats/fixtures';
import { measureSummary } from '../stats/measureSummary';
import { measureView } from './measureView';

const metric = testMetric({
  unit: 'percent',
  decimals: 1,
  polarity: 'higher',
  frequency: 'annual',
});
const site = testSite();
const areas = new Map<string, Area>(
  [
    ['A', 'Leicester'],
    ['E', 'England'],
    ['K', 'Kent'],
    ['Z', 'Rutland'],
  ].map(([code = '', name = '']) => [code, { code, name, kind: 'council' }]),
);
const figures = ['2022-23', '2023-24'].flatMap((period, i) => [
  testFigure({ area: 'A', period, value: 40 + i }),
  testFigure({ area: 'E', period, value: 25 + i }),
  testFigure({ area: 'K', period, value: 30 + i }),
  testFigure({ area: 'P', period, value: 20 + i }),
]);

describe('measureView', () => {
  it('gives an added council its own line, style and table column after the benchmarks', () => {
    const summary = measureSummary(metric, figures, site, [], '2025-01-01', ['P', 'K']);
    const view = measureView(
      summary,
      figures,
      site,
      areas,
      ['P', 'K'],
      'Neighbours',
      new Map(),
      '2025-01-01',
      ['K', 'Z'],
    );
    // Rutland (Z) has no figures for the measure, so it gets no line or column.
    expect(view.added).toEqual([{ code: 'K', name: 'Kent' }]);
    expect(view.benchmarkStyles.map((s) => [s.name, s.dash, s.shape])).toEqual([
      ['England', '6 3', 'square'],
      ['Kent', '10 3 2 3', 'down'],
    ]);
    expect(view.rows.map((r) => r.benchmarks)).toEqual([
      [25, 30],
      [26, 31],
    ]);
    expect(view.table.columns).toEqual([
      'Period',
      'Leicester',
      'England',
      'Kent',
      'Neighbours: median',
      'Notes',
    ]);
    expect(view.table.rows.map((r) => r[3]?.text)).toEqual(['30.0%', '31.0%']);
  });

  it('draws no added line when none is added', () => {
    const summary = measureSummary(metric, figures, site, [], '2025-01-01', ['P']);
    const view = measureView(summary, figures, site, areas, ['P'], 'N', new Map(), '2025-01-01');
    expect(view.added).toEqual([]);
    expect(view.benchmarkStyles.map((s) => s.name)).toEqual(['England']);
  });

  it('breaks the line at a redefinition; joins it and marks a renumbering as a code change', () => {
    const view = (breakKind: 'redefined' | 'renumbered') => {
      const broken = { ...metric, breakPeriod: '2023-24', breakKind };
      const summary = measureSummary(broken, figures, site, [], '2025-01-01', ['P']);
      return measureView(summary, figures, site, areas, ['P'], 'N', new Map(), '2025-01-01');
    };
    // 2022-23 ends on 31 March 2023, 2023-24 on 31 March 2024: the mark is midway between.
    const midway = (Date.parse('2023-03-31T12:00:00Z') + Date.parse('2024-03-31T12:00:00Z')) / 2;
    const redefined = view('redefined');
    expect(redefined.rows.map((r) => r.authority)).toEqual([40, null, 41]);
    expect(redefined.breakMark).toEqual({ time: midway, label: 'Series break' });
    const renumbered = view('renumbered');
    expect(renumbered.rows.map((r) => r.authority)).toEqual([40, 41]);
    expect(renumbered.breakMark).toEqual({ time: midway, label: 'Code change' });
  });
});
