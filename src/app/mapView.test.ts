import { describe, expect, it } from 'vitest';
import type { Area } from '../data/types';
import { testFigure, testMetric } from '../stats/fixtures';
import { hasCouncilFigures } from './hasCouncilFigures';
import { describeArea, mapView } from './mapView';

const areas = new Map<string, Area>(
  [
    ['L', 'Leicester', 'council'],
    ['N', 'Nottingham', 'council'],
    ['D', 'Derby', 'council'],
    ['K', 'Kent', 'council'],
    ['C', 'Cumbria', 'council'],
    ['S', 'Scilly', 'council'],
    ['E', 'England', 'country'],
  ].map(([code = '', name = '', kind = 'council']) => [
    code,
    { code, name, kind: kind === 'country' ? 'country' : 'council' },
  ]),
);
const metric = testMetric({ unit: 'percent', polarity: 'higher', decimals: 1 });
const fig = (area: string, value: number | undefined, period = '2023-24') =>
  testFigure({ area, value, period, status: value === undefined ? 'suppressed' : 'final' });

describe('mapView', () => {
  const view = mapView({
    metric,
    figures: [
      fig('L', 40),
      fig('N', 50),
      fig('D', 30),
      fig('K', 20),
      fig('C', 60),
      fig('S', undefined),
      fig('E', 45),
      fig('N', 99, '2022-23'),
    ],
    period: '2023-24',
    areas,
    authority: 'L',
    members: ['N', 'D'],
    // Cumbria is not on the December 2024 map; Scilly's figure is suppressed; Kent is on the map.
    shapes: ['L', 'N', 'D', 'K', 'S'].map((code) => ({ code, name: `shape ${code}` })),
  });

  it('classes the councils with a figure in fifths, leaving England and other periods out', () => {
    // 20, 30, 40, 50, 60: cut points at h = 4p → 28, 36, 44, 52, so one council in each class.
    expect(view.classes.map((c) => [c.range, c.count, c.judgement])).toEqual([
      ['20.0%', 1, 'worst'],
      ['30.0%', 1, undefined],
      ['40.0%', 1, undefined],
      ['50.0%', 1, undefined],
      ['60.0%', 1, 'best'],
    ]);
    expect(view.direction).toMatch(/^Higher figures are better/);
  });

  it('lists every council best first, with no data last, as the ranked download', () => {
    expect(
      view.rows.map((r) => [r.name, r.valueText, r.rank, r.classText, r.role, r.onMap]),
    ).toEqual([
      ['Cumbria', '60.0%', 1, '5 of 5 (60.0%)', undefined, false],
      ['Nottingham', '50.0%', 2, '4 of 5 (50.0%)', 'comparator', true],
      ['Leicester', '40.0%', 3, '3 of 5 (40.0%)', 'authority', true],
      ['Derby', '30.0%', 4, '2 of 5 (30.0%)', 'comparator', true],
      ['Kent', '20.0%', 5, '1 of 5 (20.0%)', undefined, true],
      ['Scilly', 'no data (figure suppressed)', undefined, 'no data', undefined, true],
    ]);
  });

  it('names an area, its figure, its class and its part in the comparison', () => {
    const [, nottingham] = view.rows;
    expect(nottingham && describeArea(nottingham)).toBe(
      'Nottingham (comparator): 50.0%, class 4 of 5 (50.0%)',
    );
    const scilly = view.rows.at(-1);
    expect(scilly && describeArea(scilly)).toBe('Scilly: no data (figure suppressed)');
  });

  it('says "no data" for an area with no figure at all', () => {
    const empty = mapView({
      metric: testMetric({ polarity: 'lower' }),
      figures: [],
      period: undefined,
      areas,
      authority: 'L',
      members: [],
      shapes: [{ code: 'K', name: 'Kent' }],
    });
    expect(empty.classes).toEqual([]);
    expect(empty.rows.map((r) => [r.name, r.valueText, r.classText])).toEqual([
      ['Kent', 'no data', 'no data'],
    ]);
    expect(empty.direction).toMatch(/^Lower figures are better/);
  });

  it('knows a measure with only the council’s own figures has nothing to map', () => {
    expect(hasCouncilFigures([{ area: 'L' }, { area: 'E' }], areas, 'L')).toBe(false);
    expect(hasCouncilFigures([{ area: 'L' }, { area: 'K' }], areas, 'L')).toBe(true);
  });
});
