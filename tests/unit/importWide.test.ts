import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkFolder } from '../../scripts/lib/checkFolder';
import { formatProblem } from '../../src/data/problem';
import { DROP, HEADER, MAP, W, folder, importInto, ref, removeMade, valuesOf } from './wideFolder';

afterEach(removeMade);

// Each test reads a whole data folder more than once: on two shared cores that can take seconds.
describe('import-wide on a small sheet', { timeout: 30_000 }, () => {
  it('imports a wide sheet into a new drop, which then passes the publish check', async () => {
    const dir = folder();
    const result = await importInto(dir, 'quarterly-sheet.csv');
    expect(result.problems).toEqual([]);
    expect(valuesOf(dir)).toBe(
      HEADER +
        'waiting-count,E06000016,2025-26 ' +
        `Q2,1188,test-source,,,,,final,,${ref(2, '2025-26 Q2')},\n` +
        'waiting-count,E06000016,2025-26 ' +
        `Q3,1105,test-source,,,,,final,,${ref(2, '2025-26 Q3')},\n` +
        `direct-payments,E06000016,2024-25,31.4,test-source,,,,,final,,${ref(3, '2024-25')},\n` +
        `median-wait,E06000016,2025-10,131,test-source,,,,,final,,${ref(4, '2025-10')},\n` +
        `median-wait,E06000016,2025-11,,test-source,,,,,suppressed,,${ref(4, '2025-11')},\n` +
        `median-wait,E06000016,2025-12,128,test-source,,,,,final,,${ref(4, '2025-12')},\n`,
    );
    expect((await checkFolder(dir)).problems).toEqual([]);
    expect(result.report?.ignoredColumns).toEqual(['unit']);
  });

  it('writes --status on every figure except a suppressed one, and --note on each', async () => {
    const dir = folder();
    const result = await importInto(dir, 'quarterly-sheet.csv', {
      status: 'provisional',
      note: 'Provisional: reported to the committee in January',
    });
    expect(result.problems).toEqual([]);
    const rows = (await checkFolder(dir)).data?.observations.filter((o) => o.drop === DROP);
    expect(rows?.map((o) => [o.metric, o.period.label, o.status, o.note])).toEqual([
      [
        'waiting-count',
        '2025-26 Q2',
        'provisional',
        'Provisional: reported to the committee in January',
      ],
      [
        'waiting-count',
        '2025-26 Q3',
        'provisional',
        'Provisional: reported to the committee in January',
      ],
      [
        'direct-payments',
        '2024-25',
        'provisional',
        'Provisional: reported to the committee in January',
      ],
      [
        'median-wait',
        '2025-10',
        'provisional',
        'Provisional: reported to the committee in January',
      ],
      ['median-wait', '2025-11', 'suppressed', 'Provisional: reported to the committee in January'],
      [
        'median-wait',
        '2025-12',
        'provisional',
        'Provisional: reported to the committee in January',
      ],
    ]);
  });

  it('reads a sheet as Excel saves it (BOM, CRLF), appending to a drop file', async () => {
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
    const result = await importInto(dir, '', { wide: sheet });
    expect(result.problems).toEqual([]);
    expect(valuesOf(dir).split('\n').slice(1, 3)).toEqual([
      'waiting-count,E92000001,2025-26 Q3,52000,test-source,,,,,provisional,,,',
      'waiting-count,E06000016,2025-26 Q2,1188,test-source,,,,,final,,"excel.csv, line 2, ' +
        'column ""2025-26 Q2""",',
    ]);
    expect((await checkFolder(dir)).problems).toEqual([]);
  });

  it('leaves words in a period column out and lists them', async () => {
    const dir = folder();
    const result = await importInto(dir, 'quarter-with-text.csv');
    expect(result.problems).toEqual([]);
    expect(result.report?.leftOut).toEqual([
      { line: 3, column: '2025-26 Q2', text: 'tbc' },
      { line: 3, column: '2025-26 Q3', text: 'n/a' },
    ]);
    expect(result.rows.map((r) => [r.metric, r.period, r.value])).toEqual([
      ['direct-payments', '2024-25', '31.4'],
    ]);
  });

  it('refuses a measure in neither metrics.csv nor the map, pointing at the map', async () => {
    const dir = folder();
    expect((await importInto(dir, 'unknown-measure.csv')).problems).toEqual([
      `${W}/unknown-measure.csv:3: measure: "Carers assessed (%)" is neither a measure id, ` +
        `an ASCOF code nor a name in ${MAP} — add the row "Carers assessed (%)",<measure id ` +
        `or skip> to ${MAP}`,
    ]);
    expect(valuesOf(dir)).toBe(HEADER);
  });

  it('refuses sheet names for measures when there is no map', async () => {
    const fix = 'give a --map file (columns measure,metric) with the row';
    expect(
      (await importInto(folder(), 'unknown-measure.csv', { map: undefined })).problems,
    ).toEqual([
      `${W}/unknown-measure.csv:2: measure: "People waiting for an assessment" is neither ` +
        `a measure id in metrics.csv nor an ASCOF code — ${fix} "People waiting for an ` +
        'assessment",<measure id or skip>',
      `${W}/unknown-measure.csv:3: measure: "Carers assessed (%)" is neither a measure id ` +
        `in metrics.csv nor an ASCOF code — ${fix} "Carers assessed (%)",<measure id or skip>`,
    ]);
  });

  it('refuses the same quarter twice, and a quarter without its year', async () => {
    const dir = folder();
    expect((await importInto(dir, 'duplicated-quarter.csv')).problems).toEqual([
      `${W}/duplicated-quarter.csv:1: 2025-26 Q3: the column "2025-26 Q3" appears twice — ` +
        'delete one of them',
    ]);
    expect((await importInto(dir, 'period-not-a-period.csv')).problems).toEqual([
      `${W}/period-not-a-period.csv:1: Q2: "Q2" is a quarter without its year — give the ` +
        'financial year too, e.g. "2025/26 Q2"',
    ]);
    expect(valuesOf(dir)).toBe(HEADER);
  });

  it('refuses a row with more cells than the header', async () => {
    expect((await importInto(folder(), 'row-longer-than-header.csv')).problems).toEqual([
      `${W}/row-longer-than-header.csv:2: the row has 4 cells but the header has 3 — check ` +
        'for a missing or extra comma, or a comma inside a cell that needs "quotes"',
    ]);
  });

  it('refuses a measure twice, by id or sheet name, and skips rows with no figures', async () => {
    expect((await importInto(folder(), 'duplicated-measure.csv')).problems).toEqual([
      `${W}/duplicated-measure.csv:4: measure: "People waiting for an assessment" is the ` +
        'measure "waiting-count", already on line 2 as "waiting-count" — delete one of the ' +
        'two rows',
      `${W}/duplicated-measure.csv:5: measure: the measure "waiting-count" is already on ` +
        'line 2 — delete one of the two rows',
    ]);
  });

  it('reports a quarter column on an annual measure with no in-year measure named', async () => {
    expect((await importInto(folder(), 'annual-in-quarter-column.csv')).problems).toEqual([
      `${W}/annual-in-quarter-column.csv:2: 2025-26 Q3: "2025-26 Q3" is a quarter but ` +
        '"direct-payments" is annual and metrics.csv names no in-year measure for it — write ' +
        'the id of its in-year measure in the in_year column of metrics.csv, or leave the ' +
        'cell blank',
    ]);
  });

  it('applies the publish check to the new figures, pointing problems at the sheet', async () => {
    const dir = folder();
    expect((await importInto(dir, 'percent-over-100.csv')).problems).toEqual([
      `${W}/percent-over-100.csv:2: 2024-25: 112.5 is outside 0-100 but "direct-payments" ` +
        'is a percentage — check the figure; write percentages from 0 to 100, not as fractions',
      `${W}/percent-over-100.csv:3: 2025-26 Q3: -4 is negative but "waiting-count" is a ` +
        'count — check the figure: it cannot be below zero',
    ]);
    expect(valuesOf(dir)).toBe(HEADER);
  });

  it('refuses figures the drop already holds: importing twice changes nothing', async () => {
    const dir = folder();
    await importInto(dir, 'quarterly-sheet.csv');
    const before = valuesOf(dir);
    const target = `${dir}/drops/${DROP}/values.csv`;
    const fix =
      'leave the cell blank, or first delete that row from values.csv if the sheet has the ' +
      'newer figure';
    const problems = (await importInto(dir, 'quarterly-sheet.csv')).problems;
    expect(problems).toHaveLength(6);
    expect(problems[0]).toBe(
      `${W}/quarterly-sheet.csv:2: 2025-26 Q2: waiting-count for E06000016 in 2025-26 Q2 ` +
        `is already in ${target} on line 2 — ${fix}`,
    );
    expect(valuesOf(dir)).toBe(before);
  });

  it('refuses an unlisted drop, area or source before reading the sheet', async () => {
    const dir = folder(false);
    expect(
      (await importInto(dir, 'quarterly-sheet.csv', { area: 'E06000099', source: 'nhs-digital' }))
        .problems,
    ).toEqual([
      `--drop: ${dir}/drops.csv does not list the drop 2025-26-Q3 — start it first with: ` +
        `npm run new-drop -- 2025-26-Q3 ${dir}`,
      `--area: "E06000099" is not an area in ${dir}/areas.csv — give the ONS code of an ` +
        'area listed there',
      `--source: "nhs-digital" is not a source in ${dir}/sources.csv — give the id of a ` +
        'publication listed there, or add it',
    ]);
    expect(existsSync(join(dir, 'drops', DROP))).toBe(false);
  });
});

describe('the in_year column of metrics.csv', { timeout: 30_000 }, () => {
  /** The minimal folder with direct-payments naming `inYear` as its in-year measure. */
  function linked(inYear: string): string {
    const dir = folder();
    const file = join(dir, 'metrics.csv');
    const [head = '', ...rows] = readFileSync(file, 'utf8').split('\n');
    const extra = (row: string) => (row.startsWith('direct-payments,') ? inYear : '');
    const body = rows.map((r) => (r === '' ? r : `${r},${extra(r)}`));
    writeFileSync(file, [`${head},in_year`, ...body].join('\n'));
    return dir;
  }

  it('sends a quarter column on the annual measure to its in-year measure', async () => {
    const dir = linked('waiting-count');
    // It lands there, so the publish check judges it as that measure's figure.
    expect((await importInto(dir, 'annual-in-quarter-column.csv')).problems).toEqual([
      `${W}/annual-in-quarter-column.csv:2: 2025-26 Q3: 31.4 is not a whole number but ` +
        '"waiting-count" is a count — check the figure',
      `${W}/annual-in-quarter-column.csv:3: 2025-26 Q3: waiting-count in 2025-26 Q3 also ` +
        'comes from line 2 — leave one of the two cells blank',
    ]);
  });

  it('is checked: it must name an in-year measure in metrics.csv', async () => {
    const fix =
      'write the id of the quarterly, monthly or point-in-time measure that holds the ' +
      'position during the year, or leave it empty';
    expect((await checkFolder(linked('nope'))).problems.map(formatProblem)).toContain(
      `metrics.csv:2: in_year: "nope" is not a measure in metrics.csv — ${fix}`,
    );
  });
});
