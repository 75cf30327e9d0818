import { describe, expect, it } from 'vitest';
import { testFigure, testMetric, testSite, testTarget } from '../stats/fixtures';
import { measureSummary } from '../stats/measureSummary';
import { overviewView } from './overviewView';

const site = testSite();
const today = '2026-11-30';
const summary = (id: string, over: Parameters<typeof testMetric>[0], period = '2026-09') =>
  measureSummary(
    testMetric({ id, ...over }),
    [testFigure({ metric: id, period, value: 10 })],
    site,
    [testTarget({ metric: 'planned', value: 5, operator: 'at-most' })],
    today,
  );

// Six waiting measures (one in the plan, one with an old figure), a carers measure, a plan measure
// in no family, one measure in no family nor plan, an ended series, and one measure with no figures
// at all.
const summaries = [
  summary('w1', { family: 'waiting' }, '2025-01'),
  summary('w2', { family: 'waiting' }),
  summary('w3', { family: 'waiting' }),
  summary('w4', { family: 'waiting' }),
  summary('w5', { family: 'waiting' }),
  summary('w6', { family: 'waiting' }),
  summary('c1', { family: 'carers', theme: 'Providing support' }),
  summary('planned', { family: undefined, theme: 'Ensuring safety' }),
  summary('other', { family: undefined, theme: 'Leadership' }),
  summary('dtoc', { family: 'waiting', frequency: 'annual', ended: '2019-20' }, '2019-20'),
  measureSummary(testMetric({ id: 'empty' }), [], site, [], today),
];

describe('overviewView', () => {
  it('lists by default the five families and the plan measures, ended series apart', () => {
    const view = overviewView(summaries, 'commission');
    expect(
      view.sections.map((s) => [s.title, s.summaries.map((x) => x.metric.id), s.shown]),
    ).toEqual([
      // Recent figures first, so w1 (January 2025) goes last; five shown, one behind "more".
      ['Waiting times', ['w2', 'w3', 'w4', 'w5', 'w6', 'w1'], 5],
      ['Carers', ['c1'], 5],
      ['Other improvement-plan measures', ['planned'], Infinity],
    ]);
    expect(view.ended.map((s) => s.metric.id)).toEqual(['dtoc']);
    // Followed: 6 waiting + dtoc + c1 + planned = 9; with figures in all: 10 (not "empty").
    expect(view.counts).toEqual({ commission: 9, all: 10 });
  });

  it('lists every measure with figures by CQC theme when asked for all', () => {
    const view = overviewView(summaries, 'all');
    expect(view.sections.map((s) => [s.title, s.summaries.length])).toEqual([
      ['Working with people', 6],
      ['Providing support', 1],
      ['Ensuring safety', 1],
      ['Leadership', 1],
    ]);
    expect(view.ended.map((s) => s.metric.id)).toEqual(['dtoc']);
  });
});

describe('overviewView with a search', () => {
  const found = (query: string) => overviewView(summaries, 'commission', query);
  it('looks through every measure, not only the Commission’s, and lists matches by theme', () => {
    // "other" is in no family nor the plan: listed only under "all", but a search finds it.
    const view = found('other');
    expect(view.sections.map((s) => [s.title, s.summaries.map((x) => x.metric.id)])).toEqual([
      ['Leadership', ['other']],
    ]);
    expect(view.search).toEqual({ query: 'other', matches: 1 });
  });
  it('counts an ended series among the matches and lists it apart', () => {
    const view = found(' dtoc ');
    expect(view.sections).toEqual([]);
    expect(view.ended.map((s) => s.metric.id)).toEqual(['dtoc']);
    expect(view.search).toEqual({ query: 'dtoc', matches: 1 });
  });
  it('says when nothing matches, and leaves out measures with no figures', () => {
    expect(found('empty').search).toEqual({ query: 'empty', matches: 0 });
    expect(found('nothing like it').sections).toEqual([]);
  });
  it('is no search when only spaces are typed', () => {
    expect(found('  ').search).toBeUndefined();
  });
});
