import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { DROP, HEADER, folder, removeMade, root, valuesOf } from './wideFolder';

afterEach(removeMade);

describe('import-wide as a command', () => {
  const run = (args: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/importWide.ts', ...args], { cwd: root, encoding: 'utf8' });

  it('exits 1 and prints the line-exact problem, writing nothing', () => {
    const dir = folder();
    const sheet = 'tests/fixtures/wide/unknown-measure.csv';
    const map = 'tests/fixtures/wide/measure-map.csv';
    const result = run([
      sheet,
      '--drop',
      DROP,
      '--source',
      'test-source',
      '--data',
      dir,
      '--map',
      map,
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `${sheet}:3: measure: "Carers assessed (%)" is neither a measure id, an ASCOF code ` +
        `nor a name in ${map} — add the row "Carers assessed (%)",<measure id or skip> to ` +
        `${map}\n` +
        `\n1 problem found: nothing was written to ${dir}/drops/${DROP}/values.csv. Fix it ` +
        'and import again.\n',
    );
    expect(valuesOf(dir)).toBe(HEADER);
  }, 60_000);

  it('refuses a status it does not know and --sheet on a CSV file, with exit 1', () => {
    const dir = folder();
    const base = ['tests/fixtures/wide/quarterly-sheet.csv', '--drop', DROP, '--source', 'x'];
    const bad = run([...base, '--data', dir, '--status', 'draft']);
    expect(bad.status).toBe(1);
    expect(bad.stderr.split('\n')[0]).toBe(
      '--status: "draft" is not a status — write one of final, provisional, estimated (a ' +
        'suppressed cell stays suppressed)',
    );
    const sheet = run([...base, '--data', dir, '--sheet', 'Figures']);
    expect(sheet.status).toBe(1);
    expect(sheet.stderr.split('\n')[0]).toBe(
      '--sheet: tests/fixtures/wide/quarterly-sheet.csv is not an .xlsx workbook — leave ' +
        '--sheet out for a CSV file',
    );
    expect(valuesOf(dir)).toBe(HEADER);
  }, 60_000);

  it('names an unknown option, or one without its value, before the usage, with exit 1', () => {
    const usage = (stderr: string) => stderr.split('\n')[1] ?? '';
    const sheet = 'tests/fixtures/wide/quarterly-sheet.csv';
    const unknown = run([sheet, '--drop', DROP, '--source', 'x', '--force']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.split('\n')[0]).toBe('--force: is not an option');
    expect(usage(unknown.stderr)).toMatch(
      /^Usage: npm run import-wide -- <sheet\.csv\|book\.xlsx> /,
    );
    // A value that starts with -- is the next option, so --drop has none.
    const empty = run([sheet, '--drop', '--source', 'x']);
    expect(empty.status).toBe(1);
    expect(empty.stderr.split('\n')[0]).toBe('--drop: needs a value');
    const last = run([sheet, '--source', 'x', '--drop']);
    expect(last.stderr.split('\n')[0]).toBe('--drop: needs a value');
  }, 60_000);
});
