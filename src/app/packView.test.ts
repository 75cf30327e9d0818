import { describe, expect, it } from 'vitest';
import type { Outcome } from '../data/types';
import { testDrop, testFigure, testMetric, testSite, testTarget } from '../stats/fixtures';
import { measureSummary } from '../stats/measureSummary';
import { packView } from './packView';

const site = testSite({
  meetings: [
    { date: '2026-01-15', label: 'Adult Social Care Scrutiny Commission' },
    { date: '2026-12-10', label: 'Adult Social Care Scrutiny Commission' },
  ],
});
const drops = [testDrop('d1', '2026-11-23')];
const outcome: Outcome = {
  id: 'o1',
  number: 1,
  theme: 'Working with people',
  title: 't',
  text: '',
  measures: [],
  source: 's',
  section: '',
  sourceRef: '',
  line: 2,
};
const targets = [
  testTarget({ metric: 'history', value: 1, operator: 'at-most', outcome: 'o1' }),
  testTarget({ metric: 'single', value: 1, operator: 'at-most', outcome: 'o1' }),
];
const summary = (id: string, periods: string[], family: 'waiting' | undefined) =>
  measureSummary(
    testMetric({ id, family }),
    periods.map((period) => testFigure({ metric: id, period, value: 5 })),
    site,
    targets,
    '2026-11-30',
  );
const summaries = [
  summary('history', ['2026-06', '2026-09'], 'waiting'),
  summary('single', ['2026-09'], undefined),
  summary('unplanned', ['2026-09'], 'waiting'),
];
const view = (query: string) =>
  packView({
    params: new URLSearchParams(query),
    site,
    drops,
    summaries,
    outcomes: [outcome],
    targets,
  });

describe('packView', () => {
  it('gives a plan measure with a history a page, one with a single figure a compact block', () => {
    const v = view('');
    expect(v.full.map((s) => s.metric.id)).toEqual(['history']);
    expect(v.compact.map((s) => s.metric.id)).toEqual(['single']);
    expect(v.families.map((f) => [f.title, f.summaries.map((s) => s.metric.id)])).toEqual([
      ['Waiting times', ['history', 'unplanned']],
    ]);
  });

  it('names the next meeting after the latest drop, with the Commission’s name', () => {
    expect(view('').meeting).toEqual({
      date: '2026-12-10',
      label: 'Adult Social Care Scrutiny Commission',
    });
    expect(view('meeting=2026-01-15').meeting?.date).toBe('2026-01-15');
  });

  it('refuses a meeting date that is not a real date, saying how to write one', () => {
    const v = view('meeting=2026-13-45');
    expect(v.meeting).toBeUndefined();
    expect(v.meetingProblem).toBe(
      'The meeting date "2026-13-45" is not a real date: write it as yyyy-mm-dd, e.g. 2026-01-15.',
    );
  });
});
