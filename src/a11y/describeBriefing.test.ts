import { describe, expect, it } from 'vitest';
import { testDrop, testFigure, testMetric } from '../stats/fixtures';
import { nothingSince, type Move, type SinceReference } from '../stats/sinceMeeting';
import { sinceHeadline, sinceTitle, staleHeadline } from './describeBriefing';

const metric = testMetric({ id: 'm' });
const after = testFigure({ metric: 'm', area: 'A', period: '2026-27 Q2', value: 1 });
const moves = (n: number, direction: Move['direction']): Move[] =>
  Array.from({ length: n }, () => ({ metric, before: undefined, after, direction }));
const since = (over: Partial<SinceReference>): SinceReference => ({
  ...nothingSince(undefined, [testDrop('2026-27-Q2', '2026-11-10')]),
  ...over,
});

describe('sinceTitle', () => {
  it('names the meeting, or the previous drop when there was no meeting, with its date', () => {
    expect(sinceTitle({ kind: 'meeting', date: '2026-11-03', label: 'Scrutiny' })).toBe(
      'Since the last meeting (3 November 2026)',
    );
    expect(sinceTitle({ kind: 'drop', date: '2026-08-12', label: '2026-27-Q1' })).toBe(
      'Since the previous drop (12 August 2026)',
    );
    expect(sinceTitle(undefined)).toBe('Since the last meeting');
  });
});

describe('sinceHeadline', () => {
  it('counts every measure with a newer figure, then first figures and revisions', () => {
    // 3 worse + 2 better + 1 unchanged = 6 measures moved.
    const s = since({
      worse: moves(3, 'worse'),
      better: moves(2, 'better'),
      same: moves(1, 'same'),
      first: moves(1, 'first'),
    });
    expect(sinceHeadline(s)).toBe(
      '6 measures with a newer figure: 3 worse, 2 better, 1 unchanged. ' +
        '1 measure with a first figure.',
    );
    const revised = [{ metric, before: after, after }];
    expect(sinceHeadline({ ...s, first: [], revised })).toBe(
      '6 measures with a newer figure: 3 worse, 2 better, 1 unchanged. 1 figure revised.',
    );
  });
  it('counts the moves not judged (no better direction, or a series break between)', () => {
    const s = since({ worse: moves(1, 'worse'), unjudged: moves(2, 'no-judgement') });
    expect(sinceHeadline(s)).toBe(
      '3 measures with a newer figure: 1 worse, 0 better, 0 unchanged, 2 not judged.',
    );
  });
  it('says in words that nothing moved, rather than a row of noughts', () => {
    expect(sinceHeadline(since({ first: moves(2, 'first') }))).toBe(
      'No measure has a newer figure. 2 measures with a first figure.',
    );
    expect(sinceHeadline(since({}))).toBe('No measure has a newer figure.');
  });
});

describe('staleHeadline', () => {
  it('agrees in number', () => {
    expect(staleHeadline(1, true)).toBe(
      '1 measure has had no new figure for longer than its frequency allows. ' +
        "The plan's measures first, then the Commission's families, each oldest first:",
    );
    expect(staleHeadline(4, true)).toBe(
      '4 measures have had no new figure for longer than their frequency allows. ' +
        "The plan's measures first, then the Commission's families, each oldest first:",
    );
  });
  it('leaves the plan out of the order for a council with none', () => {
    expect(staleHeadline(4, false)).toBe(
      '4 measures have had no new figure for longer than their frequency allows. ' +
        "The Commission's families first, each oldest first:",
    );
  });
});
