import { describe, expect, it } from 'vitest';
import type { Outcome } from '../data/types';
import { testFigure, testMetric, testSite, testTarget } from '../stats/fixtures';
import { measureSummary } from '../stats/measureSummary';
import { planView } from './planView';

const site = testSite();
const outcome = (n: number, over: Partial<Outcome> = {}): Outcome => ({
  id: `outcome-${n}`,
  number: n,
  theme: 'Working with people',
  title: `Outcome title ${n}`,
  text: '',
  measures: [],
  source: 's',
  section: '',
  sourceRef: '',
  line: n + 1,
  ...over,
});
// Outcome 1: the wait, baseline 135 on 31 January 2025, at most 90 by 30 November 2026.
// Outcome 2: a proxy on the same measure. Outcome 3 (Leadership): nothing measured.
const targets = [
  testTarget({
    metric: 'wait',
    kind: 'baseline',
    date: '2025-01-31',
    value: 135,
    outcome: 'outcome-1',
  }),
  testTarget({ metric: 'wait', value: 90, operator: 'at-most', outcome: 'outcome-1' }),
  testTarget({ metric: 'gap', value: 5, operator: 'less-than', outcome: 'outcome-2', proxy: 'x' }),
];
const wait = testMetric({ id: 'wait' });
const gap = testMetric({ id: 'gap' });
const today = '2026-07-15';
const summaries = new Map([
  [
    'wait',
    measureSummary(
      wait,
      // June 2026: the line expects 135 − 45 × 515/668 = 100.31; 110 is above it, off track.
      [
        testFigure({ metric: 'wait', period: '2025-01', value: 135 }),
        testFigure({ metric: 'wait', period: '2026-06', value: 110 }),
      ],
      site,
      targets,
      today,
    ),
  ],
  [
    'gap',
    measureSummary(
      gap,
      [testFigure({ metric: 'gap', period: '2026-06', value: 7 })],
      site,
      targets,
      today,
    ),
  ],
]);

describe('planView', () => {
  const view = planView({
    outcomes: [outcome(2), outcome(1), outcome(3, { theme: 'Leadership' })],
    targets,
    summaries,
    questions: [],
    authority: 'A',
    today,
  });

  it('gives each outcome one status, in the plan’s order, under its theme', () => {
    expect(
      view.themes.map((t) => [t.theme, t.sections.map((s) => [s.title, s.status?.kind])]),
    ).toEqual([
      [
        'Working with people',
        [
          ['Outcome 1: Outcome title 1', 'verdict'],
          ['Outcome 2: Outcome title 2', 'not-measured'],
        ],
      ],
      ['Leadership', [['Outcome 3: Outcome title 3', 'not-measured']]],
    ]);
    expect(view.counts).toEqual({
      total: 3,
      met: 0,
      onTrack: 0,
      offTrack: 1,
      missed: 0,
      noRecentFigure: 0,
      notMeasured: 2,
    });
  });

  it('expects today’s value on the straight line, but never for a stand-in measure', () => {
    // 15 July 2026 is 530 days after 31 January 2025: 135 − 45 × 530/668 = 99.30.
    const [first, second] = view.themes[0]?.sections ?? [];
    expect(first?.rows[0]?.expected).toBeCloseTo(99.296, 2);
    expect(second?.rows[0]?.expected).toBeUndefined();
  });
});
