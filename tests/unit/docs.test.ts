import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../../src/data/tables';

const guide = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'README.md'), 'utf8');

describe('the officer’s data guide (data/README.md)', () => {
  it('describes every column the check accepts, so the guide cannot drift from the code', () => {
    const columns = [
      ...new Set(Object.values(COLUMNS).flatMap((c) => [...c.required, ...c.optional])),
    ];
    const missing = columns.filter((c) => !guide.includes(`\`${c}\``));
    expect(missing).toEqual([]);
  });
});
