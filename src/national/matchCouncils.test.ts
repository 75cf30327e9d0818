import { describe, expect, it } from 'vitest';
import { matchCouncils } from './matchCouncils';

const words = [
  'birmingham west midlands e08000025',
  'kent south east e10000016',
  'isles of scilly south west e06000053',
  'bristol, city of south west e06000023',
];

describe('matchCouncils', () => {
  it('matches every council when nothing is typed', () => {
    expect([...matchCouncils('  ', words)]).toEqual([0, 1, 2, 3]);
  });

  it('matches a name, a region or an ONS code, whatever the case', () => {
    expect([...matchCouncils('KENT', words)]).toEqual([1]);
    expect([...matchCouncils('south west', words)]).toEqual([2, 3]);
    expect([...matchCouncils('E08000025', words)]).toEqual([0]);
  });

  it('needs every word typed, in any order, and ignores punctuation', () => {
    expect([...matchCouncils('city bristol', words)]).toEqual([3]);
    expect([...matchCouncils('bristol, city', words)]).toEqual([3]);
    expect([...matchCouncils('kent west', words)]).toEqual([]);
  });
});
