import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkFolder } from '../../scripts/lib/checkFolder';
import { folderReader } from '../../scripts/lib/readFolder';
import { createDrop } from '../../scripts/lib/scaffoldDrop';
import { formatProblem } from '../../src/data/problem';
import { checkDrop, type OfficerFile } from '../../src/publish/checkDrop';
import { parseCodeMap } from '../../src/wide/ascofCode';

// The Publish page's check, run in Node on the same folders as check-data: the two must agree.
const fixtures = join(import.meta.dirname, '..', 'fixtures');
const MINIMAL = join(fixtures, 'minimal');
const codes = parseCodeMap('old,new,metric\n');
const DROP = '2025-26-Q3';
const TODAY = '2026-01-15';
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function file(path: string, name = 'values.csv'): OfficerFile {
  const bytes = readFileSync(path);
  return { name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) };
}

/** The minimal folder with the drop made on the command line and `values` written into it. */
function cliFolder(values: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'publish-check-'));
  made.push(dir);
  cpSync(MINIMAL, join(dir, 'data'), { recursive: true });
  const result = createDrop(join(dir, 'data'), DROP, TODAY);
  expect(result.ok).toBe(true);
  writeFileSync(join(dir, 'data', 'drops', DROP, 'values.csv'), readFileSync(values));
  return join(dir, 'data');
}

describe('the Publish page check', () => {
  it("passes a good drop, giving new-drop's files, with its figures and the --diff", async () => {
    const values = join(fixtures, 'publish', `${DROP}-values.csv`);
    const check = await checkDrop(
      folderReader(MINIMAL, []),
      {
        drop: DROP,
        today: TODAY,
        values: file(values),
      },
      codes,
    );
    expect(check.problems).toEqual([]);
    const cli = cliFolder(values);
    expect((await checkFolder(cli, { today: TODAY })).problems).toEqual([]);
    // README.md names the data folder as typed (here a temporary path):
    // tests/browser/publish.test.ts compares it too, with new-drop run on a folder named data.
    for (const f of check.files.filter((x) => !x.path.endsWith('README.md')))
      expect(f.text, f.path).toBe(readFileSync(join(cli, f.path), 'utf8'));
    expect(check.files.map((f) => f.path).sort()).toEqual(
      [
        'drops.csv',
        ...['README.md', 'commentary.csv', 'values.csv'].map((f) => `drops/${DROP}/${f}`),
      ].sort(),
    );
    expect(check.diff).toContain('New figures: 1');
    expect(check.diff).toContain(
      'Leicester, 2025-26 Q3: 1102 (provisional); 2025-26 Q2 was 1188: better',
    );
    expect(check.diff).toContain('Revised figures: 1');
    expect(check.diff).toContain(
      'waiting-count, Leicester, 2025-26 Q2: 1190 (provisional) → 1188: better (was ' +
        '2025-26-Q2 line 6, now line 3)',
    );
  });

  it('lists the problems check-data lists for the same folder, named the same way', async () => {
    const values = join(fixtures, 'bad', 'unknown-references.csv');
    const check = await checkDrop(
      folderReader(MINIMAL, []),
      {
        drop: DROP,
        today: TODAY,
        values: file(values),
      },
      codes,
    );
    const cli = await checkFolder(cliFolder(values), { today: TODAY });
    expect(check.problems).toEqual(cli.problems.map((p) => `data/${formatProblem(p)}`));
    // Three unknown references and the drop's name: its latest figure is before the quarter it is
    // named for.
    expect(check.problems).toHaveLength(4);
    expect(check.files).toEqual([]);
  });

  it('refuses a drop drops.csv already lists, as new-drop does', async () => {
    const check = await checkDrop(
      folderReader(MINIMAL, []),
      { drop: '2025-26-Q2', today: TODAY },
      codes,
    );
    expect(check.problems).toEqual([
      "The drop's name: data/drops.csv already lists the drop 2025-26-Q2 on line 3. Choose " +
        'another name, or remove that row first.',
    ]);
  });
});
