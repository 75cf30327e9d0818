import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ascofCode, parseCodeMap, resolveAscof } from './ascofCode';

const map = parseCodeMap(
  readFileSync(join(import.meta.dirname, '../../scripts/import/national/code-map.csv'), 'utf8'),
);

describe('ascofCode', () => {
  it('reads the spellings reports use', () => {
    expect(ascofCode('ASCOF 1C pt 1a')).toBe('1C1A');
    expect(ascofCode('ASCOF 1C(2a)')).toBe('1C2A');
    expect(ascofCode('1C2A')).toBe('1C2A');
    expect(ascofCode('3D2A')).toBe('3D2A');
    expect(ascofCode('ASCOF 2B pt 1 *BCF*')).toBe('2B1');
    expect(ascofCode('ascof 1i part 2')).toBe('1I2');
    expect(ascofCode('ASCOF 4B')).toBe('4B');
    expect(ascofCode('Local')).toBeUndefined();
    expect(ascofCode('direct-payments')).toBeUndefined();
  });
});

describe('resolveAscof', () => {
  it("reads a code in the sheet's numbering, and one only in the other numbering in that", () => {
    expect(resolveAscof('1C2A', 'old', map)).toEqual({
      id: 'ascof-direct-payments-users',
      numbering: 'old',
    });
    expect(resolveAscof('3D2A', 'new', map)).toEqual({
      id: 'ascof-direct-payments-users',
      numbering: 'new',
    });
    expect(resolveAscof('3D2A', 'old', map)).toEqual({
      id: 'ascof-direct-payments-users',
      numbering: 'new',
    });
    expect(resolveAscof('1C2A', 'new', map)).toEqual({
      id: 'ascof-direct-payments-users',
      numbering: 'old',
    });
  });

  it('reads a code both numberings use for different measures by the year of the sheet', () => {
    expect(resolveAscof('1E', 'old', map)?.id).toBe('ascof-learning-disability-employment');
    expect(resolveAscof('1E', 'new', map)?.id).toBe('ascof-carer-satisfaction');
    expect(resolveAscof('9Z', 'old', map)).toBeUndefined();
  });
});
