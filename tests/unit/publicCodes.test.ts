import { describe, expect, it } from 'vitest';
import { publicCodes } from '../../scripts/lib/publicCodes';

describe('publicCodes', () => {
  it('names the code since the 2023-24 renumbering, then the code before it', () => {
    expect(publicCodes('2023-24: 3D2A; before: 1C2A')).toEqual([
      'ASCOF 3D2A',
      'ASCOF 1C2A (before 2023-24)',
    ]);
  });
  it('names a code that did not change once, and leaves out the DHSC file column', () => {
    expect(publicCodes('2023-24: 1A; before: 1A; DHSC 2024-25 file: ascof_1a')).toEqual([
      'ASCOF 1A',
    ]);
  });
  it('keeps the Oflog code beside the ASCOF ones', () => {
    expect(publicCodes('2023-24: 3C1; before: 3D1; Oflog ASC3')).toEqual([
      'ASCOF 3C1',
      'ASCOF 3D1 (before 2023-24)',
      'Oflog ASC3',
    ]);
  });
  it('gives a series that was dropped its old code, without the note in brackets', () => {
    expect(
      publicCodes('before: 1E (dropped in 2023-24; the new 1E is a different measure)'),
    ).toEqual(['ASCOF 1E (before 2023-24)']);
    expect(publicCodes('before: 2C1 (last year 2019-20)')).toEqual(['ASCOF 2C1 (before 2023-24)']);
  });
  it('leaves out column names of client-level and CQC files', () => {
    expect(publicCodes('CQC qs1_assessing_needs')).toEqual([]);
    expect(publicCodes('CLD lts_rate (lts_count / adults_18plus x 100)')).toEqual([]);
    expect(publicCodes('')).toEqual([]);
  });
});
