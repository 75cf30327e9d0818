import { describe, expect, it } from 'vitest';
import { matchesSearch, queryWords } from './searchMeasures';

const directPayments = {
  id: 'ascof-direct-payments-users',
  title: 'People who receive direct payments',
  codes: ['ASCOF 3D2A', 'ASCOF 1C2A (before 2023-24)'],
};
const carersQuality = {
  id: 'ascof-carer-quality-of-life',
  title: 'Quality of life of carers',
  codes: ['ASCOF 1C', 'ASCOF 1D (before 2023-24)', 'Oflog ASC1'],
};
const waiting = { id: 'waiting-list-count', title: 'People waiting for an assessment', codes: [] };

describe('queryWords', () => {
  it('reads an ASCOF code in any spelling as one code', () => {
    expect(queryWords('ASCOF 1C pt 2a')).toEqual(['1c2a']);
    expect(queryWords('1C(2a)')).toEqual(['1c2a']);
    expect(queryWords('3d2a')).toEqual(['3d2a']);
  });
  it('splits other text into lower-case words, dropping punctuation', () => {
    expect(queryWords('  Direct-pay ')).toEqual(['direct', 'pay']);
    expect(queryWords('')).toEqual([]);
  });
});

describe('matchesSearch', () => {
  it('finds a measure by the starts of words of its title', () => {
    expect(matchesSearch(directPayments, 'direct pay')).toBe(true);
    expect(matchesSearch(directPayments, 'Direct payment')).toBe(true);
    expect(matchesSearch(waiting, 'direct pay')).toBe(false);
  });
  it('needs every word typed, and only at the start of a word', () => {
    expect(matchesSearch(directPayments, 'direct waiting')).toBe(false);
    // "ment" is inside "payments", not at its start.
    expect(matchesSearch(directPayments, 'ment')).toBe(false);
  });
  it('finds a measure by its code in either numbering', () => {
    expect(matchesSearch(directPayments, '3D2A')).toBe(true);
    expect(matchesSearch(directPayments, '1C2A')).toBe(true);
    expect(matchesSearch(directPayments, 'ASCOF 1C pt 2a')).toBe(true);
    expect(matchesSearch(carersQuality, '1C2A')).toBe(false);
  });
  it('treats a short code as the start of longer ones: 1C finds 1C and 1C2A', () => {
    expect(matchesSearch(carersQuality, '1C')).toBe(true);
    expect(matchesSearch(directPayments, '1C')).toBe(true);
    expect(matchesSearch(waiting, '1C')).toBe(false);
  });
  it('finds a measure by its short name in the address and its Oflog code', () => {
    expect(matchesSearch(waiting, 'waiting-list')).toBe(true);
    expect(matchesSearch(carersQuality, 'asc1')).toBe(true);
  });
  it('matches everything when nothing is typed', () => {
    expect(matchesSearch(waiting, '   ')).toBe(true);
  });
});
