import { readdirSync, readFileSync } from 'node:fs';
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

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe("the README's layout", () => {
  it('names every folder of src/, scripts/ and tests/, so it cannot drift from the tree', () => {
    const layout = /## Layout\n\n```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const root = join(import.meta.dirname, '..', '..');
    const folders = ['src', 'scripts', 'tests'].flatMap((top) =>
      readdirSync(join(root, top), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => (top === 'tests' ? `tests/${d.name}/` : `${d.name}/`)),
    );
    expect(folders.filter((f) => !layout.includes(f))).toEqual([]);
  });
});
