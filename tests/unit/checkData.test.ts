import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkFolder } from '../../scripts/lib/checkFolder';
import { formatProblem } from '../../src/data/problem';
import { fixtures, folderWith, problemsIn, removeFolders, V } from './checkDataFolder';

afterEach(removeFolders);

describe('check-data', () => {
  it('passes the minimal valid folder', async () => {
    expect(await problemsIn(folderWith())).toEqual([]);
  });

  it('reports a missing column once, at the header', async () => {
    expect(await problemsIn(folderWith('missing-column.csv'))).toEqual([
      `${V}:1: period: the column "period" is missing — add a column headed "period" (the ` +
        'columns are: metric, area, period, value, source, numerator, denominator, lower, ' +
        'upper, status, note, source_ref, section)',
    ]);
  });

  it('reports an extra column', async () => {
    expect(await problemsIn(folderWith('extra-column.csv'))).toEqual([
      `${V}:1: comment: "comment" is not a column this file may have — delete it or ` +
        'correct its spelling (the columns are: metric, area, period, value, source, ' +
        'numerator, denominator, lower, upper, status, note, source_ref, section)',
    ]);
  });

  it('reports unknown measures, areas and sources, suggesting the nearest measure', async () => {
    expect(await problemsIn(folderWith('unknown-references.csv'))).toEqual([
      `${V}:2: metric: "direct-payment" is not a measure in metrics.csv (did you mean ` +
        '"direct-payments"?) — correct the id, or add the measure to metrics.csv',
      `${V}:3: area: "E06000099" is not an area in areas.csv — correct the ONS code, or ` +
        'add the area to areas.csv',
      `${V}:4: source: "nhs-digital" is not a source in sources.csv — correct the source ` +
        'id, or add the publication to sources.csv',
    ]);
  });

  it('reports malformed and impossible periods, and periods unfit for the frequency', async () => {
    const any =
      'write a financial year 2023-24, a quarter 2025-26 Q2, a month 2025-01 or a date 2025-06-26';
    expect(await problemsIn(folderWith('bad-periods.csv'))).toEqual([
      `${V}:2: period: "2024/25" is not a period — ${any}`,
      `${V}:3: period: "2025-13" is neither a financial year (2023-24) nor a month ` +
        `(2025-01) — ${any}`,
      `${V}:4: period: "2023-25" is neither a financial year (2023-24) nor a month ` +
        `(2025-01) — ${any}`,
      `${V}:5: period: "2025-02-30" is not a real date — ${any}`,
      `${V}:6: period: "2025-26 Q2" does not fit "direct-payments", which is annual — ` +
        'write a financial year like 2023-24',
      `${V}:7: period: "2025-26 Q5" is not a period — ${any}`,
    ]);
  });

  it('refuses values that are not numbers, naming legacy suppression marks', async () => {
    const suppressed =
      'is a suppression or not-available mark, not a number — leave the value empty and ' +
      'write "suppressed" in the status column';
    expect(await problemsIn(folderWith('non-numeric.csv'))).toEqual([
      `${V}:2: value: "n/a" ${suppressed}`,
      `${V}:3: value: "*" ${suppressed}`,
      `${V}:4: value: "[x]" ${suppressed}`,
      `${V}:5: value: "1,274" has a thousands separator — write it without commas: 1274`,
      `${V}:6: value: "45%" has a per cent sign — write the number alone: 45`,
      `${V}:7: value: the value is empty — write the figure, or write "suppressed" in the ` +
        'status column if it is withheld',
    ]);
  });

  it('reads a decimal comma as one, and does not advise deleting it', async () => {
    expect(await problemsIn(folderWith('decimal-comma.csv'))).toEqual([
      `${V}:2: value: "31,2" has a decimal comma — write 31.2 with a point`,
      `${V}:3: value: "0,912" has a decimal comma — write 0.912 with a point`,
      `${V}:4: value: "1.274,0" has a decimal comma — write 1274.0 with a point`,
    ]);
  });

  it('names a file separated by semicolons or tabs in one line, not one per row', async () => {
    const excel = 'in Excel use File > Save As > "CSV UTF-8 (comma delimited)"';
    expect(await problemsIn(folderWith('semicolons.csv'))).toEqual([
      `${V}: the columns are separated by semicolons, not commas — ${excel}`,
    ]);
    expect(await problemsIn(folderWith('tabs.csv'))).toEqual([
      `${V}: the columns are separated by tabs, not commas — ${excel}`,
    ]);
  });

  it('says in one line that the data folder is not there', async () => {
    const dir = join(folderWith(), 'no-such-folder');
    expect(await problemsIn(dir)).toEqual([
      ': there is no such folder — give the path of the data folder, the one that holds ' +
        'site.json and drops.csv',
    ]);
  });

  it('checks every other file when site.json is broken', async () => {
    const dir = folderWith('out-of-range.csv');
    writeFileSync(join(dir, 'site.json'), '{ "title": "x", }');
    copyFileSync(join(fixtures, 'bad', 'target-unknown-metric.csv'), join(dir, 'targets.csv'));
    const problems = await problemsIn(dir);
    expect(problems[0]).toMatch(/^drops\/2025-26-Q2\/values.csv:2: value: 112.5 is outside 0-100/);
    expect(problems).toHaveLength(6);
    expect(problems[4]).toMatch(/^site.json:1: this is not valid JSON/);
    expect(problems[5]).toMatch(/^targets.csv:3: metric: "median-waits" is not a measure/);
  });

  it('refuses a target whose outcome is not in outcomes.csv, suggesting the id meant', async () => {
    const dir = folderWith();
    const targets = readFileSync(join(dir, 'targets.csv'), 'utf8');
    writeFileSync(
      join(dir, 'targets.csv'),
      targets.replace(',target,at-most,outcome-1,', ',target,at-most,Outcome 1,'),
    );
    expect(await problemsIn(dir)).toEqual([
      'targets.csv:3: outcome: "Outcome 1" is not an outcome in outcomes.csv (did you mean ' +
        '"outcome-1"?) — correct the outcome id, or add the outcome to outcomes.csv',
    ]);
  });

  it('refuses a period that starts more than a year after today', async () => {
    const dir = folderWith();
    writeFileSync(
      join(dir, V),
      'metric,area,period,value,source\n' +
        'direct-payments,E06000016,2052-53,31.2,test-source\n' +
        'direct-payments,E06000016,2027-28,31.2,test-source\n',
    );
    // 2027-28 starts on 2027-04-01, within a year of 2026-11-30; 2052-53 does not.
    const { problems } = await checkFolder(dir, { today: '2026-11-30' });
    expect(problems.map(formatProblem)).toEqual([
      `${V}:2: period: "2052-53" starts on 2052-04-01, more than a year after today ` +
        '(2026-11-30) — check the period: a figure is for a period that has begun',
    ]);
  });

  it('questions a percentage typed as a fraction, accepts it once its note confirms', async () => {
    const dir = folderWith();
    const rows = (note: string) =>
      'metric,area,period,value,source,note\n' +
      'direct-payments,E06000016,2023-24,90.0,test-source,\n' +
      `direct-payments,E06000016,2025-26,0.912,test-source,${note}\n`;
    writeFileSync(join(dir, V), rows(''));
    // 2023-24 (90.0, revising the first drop's 29.1) is the previous period in the data.
    expect(await problemsIn(dir)).toEqual([
      `${V}:3: value: 0.912 — the previous period (2023-24) was 90.0; was this typed as a ` +
        'fraction? — write percentages from 0 to 100; if the figure is right, start its note ' +
        'with "Confirmed:" and say why',
    ]);
    writeFileSync(join(dir, V), rows('Confirmed: a new service counted from a low base'));
    expect(await problemsIn(dir)).toEqual([]);
  });

  it('refuses percentages outside 0-100, negative counts and days, fractional counts', async () => {
    expect(await problemsIn(folderWith('out-of-range.csv'))).toEqual([
      `${V}:2: value: 112.5 is outside 0-100 but "direct-payments" is a percentage — check ` +
        'the figure; write percentages from 0 to 100, not as fractions',
      `${V}:3: value: -4 is negative but "waiting-count" is a count — check the figure: it ` +
        'cannot be below zero',
      `${V}:4: value: -10 is negative but "median-wait" is measured in days — check the ` +
        'figure: it cannot be below zero',
      `${V}:5: value: 12.5 is not a whole number but "waiting-count" is a count — check the figure`,
    ]);
  });

  it('checks numerator and denominator against the value', async () => {
    expect(await problemsIn(folderWith('numerator-denominator.csv'))).toEqual([
      `${V}:2: value: 31.2 does not match numerator ÷ denominator (412 ÷ 1000 × 100 = ` +
        '41.20) — check the value, numerator and denominator',
      `${V}:3: numerator: the numerator 1200 is larger than the denominator 1000 — check ` +
        'the figures: a percentage counts part of a whole',
      `${V}:4: denominator: a numerator needs a denominator, and the other way round — ` +
        'fill in both or neither',
      `${V}:5: denominator: the denominator is 0 — check the figure: nothing can be ` +
        'divided by zero',
    ]);
  });

  it('reports a duplicated row with the line it repeats', async () => {
    expect(await problemsIn(folderWith('duplicate-rows.csv'))).toEqual([
      `${V}:3: this repeats waiting-count for E06000016 in 2025-26 Q2, already given on ` +
        'line 2 — delete one of the two rows',
    ]);
  });

  it('reports a row with the wrong number of cells', async () => {
    expect(await problemsIn(folderWith('ragged-row.csv'))).toEqual([
      `${V}:2: the row has 13 cells but the header has 12 — check for a missing or extra ` +
        'comma, or a comma inside a cell that needs "quotes"',
    ]);
  });

  it('refuses an empty drop', async () => {
    expect(await problemsIn(folderWith('empty-drop.csv'))).toEqual([
      `${V}: the drop 2025-26-Q2 has no figures — add its figures below the header row, or ` +
        'remove the drop from drops.csv',
    ]);
  });

  it('refuses a file that is not UTF-8, naming the line', async () => {
    expect(await problemsIn(folderWith('not-utf8.csv'))).toEqual([
      `${V}:2: the file is not UTF-8 text (perhaps saved as "CSV" rather than "CSV UTF-8", ` +
        `or in another program's encoding) — in Excel use File > Save As > "CSV UTF-8 (comma ` +
        'delimited)"',
    ]);
  });

  it('refuses a file that is not CSV', async () => {
    expect(await problemsIn(folderWith('not-csv.csv'))).toEqual([
      `${V}: this is not a CSV text file (it holds binary data, perhaps an Excel workbook) ` +
        '— in Excel use File > Save As > "CSV UTF-8 (comma delimited)"',
    ]);
  });

  it('refuses targets for unknown measures', async () => {
    expect(await problemsIn(folderWith('target-unknown-metric.csv', 'targets.csv'))).toEqual([
      'targets.csv:3: metric: "median-waits" is not a measure in metrics.csv (did you mean ' +
        '"median-wait"?) — correct the id, or add the measure to metrics.csv',
    ]);
  });

  it('reports every problem at once, across files', async () => {
    const dir = folderWith('duplicate-rows.csv');
    copyFileSync(join(fixtures, 'bad', 'target-unknown-metric.csv'), join(dir, 'targets.csv'));
    const problems = await problemsIn(dir);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^drops\/2025-26-Q2\/values.csv:3: /);
    expect(problems[1]).toMatch(/^targets.csv:3: /);
  });
});
