import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkFolder } from '../../scripts/lib/checkFolder';
import { createDrop } from '../../scripts/lib/scaffoldDrop';
import { scaffoldDrop } from '../../src/publish/scaffoldDrop';
import { formatProblem } from '../../src/data/problem';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures');
const DROP = '2025-26-Q3';
const TODAY = '2026-02-10';
const HEADER =
  'metric,area,period,value,source,numerator,denominator,lower,upper,status,note,source_ref,section\n';
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A temp copy of the minimal valid data folder, with the drop 2025-26-Q3 started unless told
 * otherwise.
 */
function folder(start = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'officer-path-'));
  made.push(dir);
  cpSync(join(fixtures, 'minimal'), dir, { recursive: true });
  if (start) expect(createDrop(dir, DROP, TODAY).ok).toBe(true);
  return dir;
}

async function problemsIn(dir: string): Promise<string[]> {
  return (await checkFolder(dir)).problems.map(formatProblem);
}

describe('new-drop', () => {
  it('makes an empty values.csv, commentary.csv, README; lists the drop as published', () => {
    const drops = 'id,published,title,note\n2025-26-Q2,2025-11-01,Second drop,\n';
    const result = scaffoldDrop(DROP, TODAY, 'data', drops);
    if (!result.ok) throw new Error(result.message);
    expect(result.files.map((f) => f.path)).toEqual([
      'drops/2025-26-Q3/values.csv',
      'drops/2025-26-Q3/commentary.csv',
      'drops/2025-26-Q3/README.md',
      'drops.csv',
    ]);
    const text = (path: string) => result.files.find((f) => f.path === path)?.text;
    expect(text('drops/2025-26-Q3/values.csv')).toBe(HEADER);
    expect(text('drops/2025-26-Q3/commentary.csv')).toBe('metric,comment,owner\n');
    expect(text('drops.csv')).toBe(`${drops}2025-26-Q3,2026-02-10,Quarterly drop 2025-26-Q3,\n`);
    const readme = text('drops/2025-26-Q3/README.md') ?? '';
    for (const words of [
      'npm run check-data -- data --diff',
      'npm run build',
      'npm run import-wide -- path/to/sheet.xlsx --drop 2025-26-Q3',
      '- `suppressed`: withheld',
      '- quarterly: a quarter like 2025-26 Q2',
      '- `source_ref`: ',
    ]) {
      expect(readme).toContain(words);
    }
  });

  it('names DATA_DIR in the build command when the data folder is not data/', () => {
    const result = scaffoldDrop(DROP, TODAY, 'councils/derby', undefined);
    if (!result.ok) throw new Error(result.message);
    expect(result.files.find((f) => f.path.endsWith('README.md'))?.text).toContain(
      'DATA_DIR=councils/derby npm run build',
    );
    expect(result.files.find((f) => f.path === 'drops.csv')?.text).toBe(
      'id,published,title,note\n2025-26-Q3,2026-02-10,Quarterly drop 2025-26-Q3,\n',
    );
  });

  it('leaves the publish check failing only because the new drop has no figures yet', async () => {
    expect(await problemsIn(folder())).toEqual([
      'drops/2025-26-Q3/values.csv: the drop 2025-26-Q3 has no figures — add its figures ' +
        'below the header row, or remove the drop from drops.csv',
    ]);
  });

  it('refuses a name that is not a drop name, writing nothing', () => {
    const dir = folder(false);
    expect(createDrop(dir, '2025-26-3', TODAY)).toEqual({
      ok: false,
      message:
        '"2025-26-3" is not a drop name like 2025-26-Q2 (financial year, then the ' +
        'quarter). Name the drop after the latest quarter it reports, e.g. 2026-27-Q3.',
    });
    expect(readFileSync(join(dir, 'drops.csv'), 'utf8')).toBe(
      readFileSync(join(fixtures, 'minimal', 'drops.csv'), 'utf8'),
    );
  });

  it('refuses a drop that drops.csv already lists', () => {
    const dir = folder(false);
    expect(createDrop(dir, '2025-26-Q2', TODAY)).toEqual({
      ok: false,
      message:
        `${dir}/drops.csv already lists the drop 2025-26-Q2 on line 3. Choose another name, ` +
        'or remove that row first.',
    });
  });

  it('refuses a drop whose folder already exists, writing nothing', () => {
    const dir = folder(false);
    mkdirSync(join(dir, 'drops', DROP));
    expect(createDrop(dir, DROP, TODAY)).toEqual({
      ok: false,
      message:
        `the folder ${join(dir, 'drops', DROP)} already exists. Choose another name, or ` +
        'remove the folder first.',
    });
    expect(existsSync(join(dir, 'drops', DROP, 'values.csv'))).toBe(false);
    expect(readFileSync(join(dir, 'drops.csv'), 'utf8')).toBe(
      readFileSync(join(fixtures, 'minimal', 'drops.csv'), 'utf8'),
    );
  });
});
