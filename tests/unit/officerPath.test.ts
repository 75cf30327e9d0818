import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkFolder } from '../../scripts/lib/checkFolder';
import { importWideSheet, type ImportWideOptions } from '../../scripts/lib/importWideSheet';
import { createDrop, scaffoldDrop } from '../../scripts/lib/scaffoldDrop';
import { formatProblem } from '../../src/data/problem';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures');
const W = join(fixtures, 'wide');
const MAP = join(W, 'measure-map.csv');
const DROP = '2025-26-Q3';
const TODAY = '2026-02-10';
const HEADER =
  'metric,area,period,value,source,numerator,denominator,lower,upper,status,note,source_ref,section\n';
const NOT_A_NUMBER =
  'is not a number — write the figure, leave the cell blank if there is none, or write [c] if it is suppressed';
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp copy of the minimal valid data folder, with the drop 2025-26-Q3 started unless told otherwise. */
function folder(start = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'officer-path-'));
  made.push(dir);
  cpSync(join(fixtures, 'minimal'), dir, { recursive: true });
  if (start) expect(createDrop(dir, DROP, TODAY).ok).toBe(true);
  return dir;
}

function importInto(dir: string, sheet: string, options: Partial<ImportWideOptions> = {}) {
  return importWideSheet({
    wide: join(W, sheet),
    dataDir: dir,
    map: MAP,
    drop: DROP,
    source: 'test-source',
    area: undefined,
    ...options,
  });
}

async function problemsIn(dir: string): Promise<string[]> {
  return (await checkFolder(dir)).problems.map(formatProblem);
}

const valuesOf = (dir: string) => readFileSync(join(dir, 'drops', DROP, 'values.csv'), 'utf8');

describe('new-drop', () => {
  it('makes an empty values.csv, a commentary.csv and a README, and lists the drop as published on the day given', () => {
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
      'npm run import-wide -- path/to/sheet.csv --drop 2025-26-Q3',
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
      'drops/2025-26-Q3/values.csv: the drop 2025-26-Q3 has no figures — add its figures below the header row, or remove the drop from drops.csv',
    ]);
  });

  it('refuses a name that is not a drop name, writing nothing', () => {
    const dir = folder(false);
    expect(createDrop(dir, '2025-26-3', TODAY)).toEqual({
      ok: false,
      message:
        '"2025-26-3" is not a drop name like 2025-26-Q2 (financial year, then the quarter). Name the drop after the latest quarter it reports, e.g. 2026-27-Q3.',
    });
    expect(readFileSync(join(dir, 'drops.csv'), 'utf8')).toBe(
      readFileSync(join(fixtures, 'minimal', 'drops.csv'), 'utf8'),
    );
  });

  it('refuses a drop that drops.csv already lists', () => {
    const dir = folder(false);
    expect(createDrop(dir, '2025-26-Q2', TODAY)).toEqual({
      ok: false,
      message: `${dir}/drops.csv already lists the drop 2025-26-Q2 on line 3. Choose another name, or remove that row first.`,
    });
  });

  it('refuses a drop whose folder already exists, writing nothing', () => {
    const dir = folder(false);
    mkdirSync(join(dir, 'drops', DROP));
    expect(createDrop(dir, DROP, TODAY)).toEqual({
      ok: false,
      message: `the folder ${join(dir, 'drops', DROP)} already exists. Choose another name, or remove the folder first.`,
    });
    expect(existsSync(join(dir, 'drops', DROP, 'values.csv'))).toBe(false);
    expect(readFileSync(join(dir, 'drops.csv'), 'utf8')).toBe(
      readFileSync(join(fixtures, 'minimal', 'drops.csv'), 'utf8'),
    );
  });
});

describe('import-wide', () => {
  it('imports a wide sheet into a new drop, which then passes the publish check', async () => {
    const dir = folder();
    const result = await importInto(dir, 'quarterly-sheet.csv');
    expect(result.problems).toEqual([]);
    expect(valuesOf(dir)).toBe(
      HEADER +
        'waiting-count,E06000016,2025-26 Q2,1188,test-source,,,,,final,,,\n' +
        'waiting-count,E06000016,2025-26 Q3,1105,test-source,,,,,final,,,\n' +
        'direct-payments,E06000016,2024-25,31.4,test-source,,,,,final,,,\n' +
        'median-wait,E06000016,2025-10,131,test-source,,,,,final,,,\n' +
        'median-wait,E06000016,2025-11,,test-source,,,,,suppressed,,,\n' +
        'median-wait,E06000016,2025-12,128,test-source,,,,,final,,,\n',
    );
    const { data, problems } = await checkFolder(dir);
    expect(problems).toEqual([]);
    const rows = data?.observations
      .filter((o) => o.drop === DROP)
      .map((o) => [o.metric, o.area, o.period.label, o.value, o.status, o.line]);
    expect(rows).toEqual([
      ['waiting-count', 'E06000016', '2025-26 Q2', 1188, 'final', 2],
      ['waiting-count', 'E06000016', '2025-26 Q3', 1105, 'final', 3],
      ['direct-payments', 'E06000016', '2024-25', 31.4, 'final', 4],
      ['median-wait', 'E06000016', '2025-10', 131, 'final', 5],
      ['median-wait', 'E06000016', '2025-11', undefined, 'suppressed', 6],
      ['median-wait', 'E06000016', '2025-12', 128, 'final', 7],
    ]);
  });

  it('reads a sheet as Excel saves it (byte-order mark, CRLF line ends) and appends to an existing drop file', async () => {
    const dir = folder();
    const sheet = join(dir, 'excel.csv');
    writeFileSync(
      sheet,
      `\uFEFF${readFileSync(join(W, 'quarterly-sheet.csv'), 'utf8').replaceAll('\n', '\r\n')}`,
    );
    writeFileSync(
      join(dir, 'drops', DROP, 'values.csv'),
      `${HEADER}waiting-count,E92000001,2025-26 Q3,52000,test-source,,,,,provisional,,,`,
    );
    expect(
      (
        await importWideSheet({
          wide: sheet,
          dataDir: dir,
          map: MAP,
          drop: DROP,
          source: 'test-source',
          area: undefined,
        })
      ).problems,
    ).toEqual([]);
    expect(valuesOf(dir).split('\n').slice(1, 4)).toEqual([
      'waiting-count,E92000001,2025-26 Q3,52000,test-source,,,,,provisional,,,',
      'waiting-count,E06000016,2025-26 Q2,1188,test-source,,,,,final,,,',
      'waiting-count,E06000016,2025-26 Q3,1105,test-source,,,,,final,,,',
    ]);
    expect(await problemsIn(dir)).toEqual([]);
  });

  it('refuses text in a quarter column, naming each cell', async () => {
    const dir = folder();
    expect((await importInto(dir, 'quarter-with-text.csv')).problems).toEqual([
      `${W}/quarter-with-text.csv:3: 2025-26 Q2: "tbc" ${NOT_A_NUMBER}`,
      `${W}/quarter-with-text.csv:3: 2025-26 Q3: "n/a" ${NOT_A_NUMBER}`,
    ]);
    expect(valuesOf(dir)).toBe(HEADER);
  });

  it('refuses a measure that is neither in metrics.csv nor in the map', async () => {
    const dir = folder();
    expect((await importInto(dir, 'unknown-measure.csv')).problems).toEqual([
      `${W}/unknown-measure.csv:3: measure: "Carers assessed (%)" is neither a measure id in metrics.csv nor a name in ${MAP} — add it to the map with its measure id, or correct it`,
    ]);
    expect(valuesOf(dir)).toBe(HEADER);
  });

  it('refuses sheet names for measures when there is no map', async () => {
    const fix =
      "correct it, or give a --map file (columns measure,metric) that turns the sheet's names into measure ids";
    expect(
      (await importInto(folder(), 'unknown-measure.csv', { map: undefined })).problems,
    ).toEqual([
      `${W}/unknown-measure.csv:2: measure: "People waiting for an assessment" is not a measure id in metrics.csv — ${fix}`,
      `${W}/unknown-measure.csv:3: measure: "Carers assessed (%)" is not a measure id in metrics.csv — ${fix}`,
    ]);
  });

  it('refuses the same quarter twice', async () => {
    const dir = folder();
    expect((await importInto(dir, 'duplicated-quarter.csv')).problems).toEqual([
      `${W}/duplicated-quarter.csv:1: 2025-26 Q3: the column "2025-26 Q3" appears twice — delete one of them`,
    ]);
    expect(valuesOf(dir)).toBe(HEADER);
  });

  it('refuses column headings that are not periods, suggesting the spelling', async () => {
    const dir = folder();
    expect((await importInto(dir, 'period-not-a-period.csv')).problems).toEqual([
      `${W}/period-not-a-period.csv:1: 2018/19: "2018/19" is not a period — write it as "2018-19"`,
      `${W}/period-not-a-period.csv:1: Q2: "Q2" is not a period — give the financial year too, e.g. "2025-26 Q2"`,
    ]);
    expect(valuesOf(dir)).toBe(HEADER);
  });

  it('refuses the same measure twice, whether by id or by its sheet name, and skips rows with no figures', async () => {
    expect((await importInto(folder(), 'duplicated-measure.csv')).problems).toEqual([
      `${W}/duplicated-measure.csv:4: measure: "People waiting for an assessment" is the measure "waiting-count", already on line 2 as "waiting-count" — delete one of the two rows`,
      `${W}/duplicated-measure.csv:5: measure: the measure "waiting-count" is already on line 2 — delete one of the two rows`,
    ]);
  });

  it('refuses a figure in a column whose period does not fit the measure', async () => {
    expect((await importInto(folder(), 'annual-in-quarter-column.csv')).problems).toEqual([
      `${W}/annual-in-quarter-column.csv:2: 2025-26 Q3: "2025-26 Q3" does not fit "direct-payments", which is annual — move the figure to a column headed with a financial year like 2023-24, or check the measure`,
    ]);
  });

  it('applies the publish check to the new figures and points its problems at the sheet', async () => {
    const dir = folder();
    expect((await importInto(dir, 'percent-over-100.csv')).problems).toEqual([
      `${W}/percent-over-100.csv:2: 2024-25: 112.5 is outside 0-100 but "direct-payments" is a percentage — check the figure; write percentages from 0 to 100, not as fractions`,
      `${W}/percent-over-100.csv:3: 2025-26 Q3: -4 is negative but "waiting-count" is a count — check the figure: it cannot be below zero`,
    ]);
    expect(valuesOf(dir)).toBe(HEADER);
  });

  it('refuses figures the drop already holds, so importing a sheet twice changes nothing', async () => {
    const dir = folder();
    await importInto(dir, 'quarterly-sheet.csv');
    const before = valuesOf(dir);
    const target = `${dir}/drops/${DROP}/values.csv`;
    const fix =
      'leave the cell blank, or first delete that row from values.csv if the sheet has the newer figure';
    expect((await importInto(dir, 'quarterly-sheet.csv')).problems).toEqual([
      `${W}/quarterly-sheet.csv:2: 2025-26 Q2: waiting-count for E06000016 in 2025-26 Q2 is already in ${target} on line 2 — ${fix}`,
      `${W}/quarterly-sheet.csv:2: 2025-26 Q3: waiting-count for E06000016 in 2025-26 Q3 is already in ${target} on line 3 — ${fix}`,
      `${W}/quarterly-sheet.csv:3: 2024-25: direct-payments for E06000016 in 2024-25 is already in ${target} on line 4 — ${fix}`,
      `${W}/quarterly-sheet.csv:4: 2025-10: median-wait for E06000016 in 2025-10 is already in ${target} on line 5 — ${fix}`,
      `${W}/quarterly-sheet.csv:4: 2025-11: median-wait for E06000016 in 2025-11 is already in ${target} on line 6 — ${fix}`,
      `${W}/quarterly-sheet.csv:4: 2025-12: median-wait for E06000016 in 2025-12 is already in ${target} on line 7 — ${fix}`,
    ]);
    expect(valuesOf(dir)).toBe(before);
  });

  it('refuses an unlisted drop, an unknown area and an unknown source before reading the sheet', async () => {
    const dir = folder(false);
    expect(
      (await importInto(dir, 'quarterly-sheet.csv', { area: 'E06000099', source: 'nhs-digital' }))
        .problems,
    ).toEqual([
      `--drop: ${dir}/drops.csv does not list the drop 2025-26-Q3 — start it first with: npm run new-drop -- 2025-26-Q3 ${dir}`,
      `--area: "E06000099" is not an area in ${dir}/areas.csv — give the ONS code of an area listed there`,
      `--source: "nhs-digital" is not a source in ${dir}/sources.csv — give the id of a publication listed there, or add it`,
    ]);
    expect(existsSync(join(dir, 'drops', DROP))).toBe(false);
  });

  it('runs as a command: exits 1 and prints the line-exact problem', () => {
    const dir = folder();
    const sheet = 'tests/fixtures/wide/unknown-measure.csv';
    const map = 'tests/fixtures/wide/measure-map.csv';
    const run = spawnSync(
      'npx',
      [
        'tsx',
        'scripts/importWide.ts',
        sheet,
        '--drop',
        DROP,
        '--source',
        'test-source',
        '--data',
        dir,
        '--map',
        map,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${sheet}:3: measure: "Carers assessed (%)" is neither a measure id in metrics.csv nor a name in ${map} — add it to the map with its measure id, or correct it\n`,
    );
    expect(run.stderr).toContain(
      `1 problem found: nothing was written to ${dir}/drops/${DROP}/values.csv.`,
    );
    expect(valuesOf(dir)).toBe(HEADER);
  }, 60_000);
});
