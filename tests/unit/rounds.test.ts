import { describe, expect, it } from 'vitest';
import { requestRounds } from '../../scripts/bench/rounds';

describe('rounds of requests before the first chart', () => {
  it('counts one round for files the HTML names, fetched together', () => {
    const html = { start: 0, end: 20 };
    const named = [
      { start: 25, end: 60 },
      { start: 26, end: 90 },
      { start: 27, end: 70 },
    ];
    expect(requestRounds([html, ...named], 100)).toBe(1);
  });

  it('counts each file asked for only after another arrived (a waterfall)', () => {
    const chain = [
      { start: 0, end: 20 }, // HTML
      { start: 25, end: 250 }, // script
      { start: 260, end: 300 }, // metadata, asked for by the script
      { start: 310, end: 400 }, // drops, once the metadata is parsed
      { start: 410, end: 450 }, // targets, once the drops are parsed
    ];
    expect(requestRounds(chain, 1000)).toBe(4);
  });

  it('leaves out requests made after the chart was drawn', () => {
    const html = { start: 0, end: 20 };
    expect(requestRounds([html, { start: 500, end: 600 }], 100)).toBe(0);
  });
});
