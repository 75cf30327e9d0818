import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkFolder } from '../../scripts/lib/checkFolder';
import { importWideSheet } from '../../scripts/lib/importWideSheet';
import { csvToWorkbook } from './workbook';

// Leicestershire County Council's Appendix A for 2022/23 Q1 as it stands (see
// tests/fixtures/wide/leicestershire-2022-23-q1.md), imported into its example data folder.
const root = join(import.meta.dirname, '..', '..');
const W = join(root, 'tests', 'fixtures', 'wide');
const SHEET = join(W, 'leicestershire-2022-23-q1.csv');
const MAP = join(W, 'leicestershire-2022-23-q1-map.csv');
const DROP = '2022-23-Q1';
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the Leicestershire example whose 2022-23-Q1 drop is empty, as before the import. */
function example(): string {
  const dir = mkdtempSync(join(tmpdir(), 'leicestershire-'));
  made.push(dir);
  cpSync(join(root, 'data', 'examples', 'leicestershire'), dir, { recursive: true });
  const values = join(dir, 'drops', DROP, 'values.csv');
  writeFileSync(values, `${readFileSync(values, 'utf8').split('\n')[0] ?? ''}\n`);
  return dir;
}

const run = (dir: string, wide: string, map: string | undefined, sheet?: string) =>
  importWideSheet({
    wide,
    dataDir: dir,
    map,
    drop: DROP,
    source: 'lcc-county-scrutiny-2022',
    area: undefined,
    status: 'provisional',
    sheet,
  });

// Each row: the measure, the period it landed on, the figure as printed. The quarter column lands
// on each measure's in-year measure on the quarter's last day; the 2021/22 column on the annual
// one.
const EXPECTED = [
  ['new-contacts-prevent-need-percent-in-year', '2022-06-30', '52.1'],
  ['new-contacts-prevent-need-percent', '2021-22', '56.4'],
  ['ascof-users-easy-information', '2021-22', '56.8'],
  ['ascof-carers-easy-information', '2021-22', '49.4'],
  ['ld-paid-employment-percent-in-year', '2022-06-30', '9.2'],
  ['ascof-learning-disability-employment', '2021-22', '9.0'],
  ['ld-settled-accommodation-percent-in-year', '2022-06-30', '84.3'],
  ['ascof-learning-disability-own-home', '2021-22', '84.2'],
  ['new-contacts-reduce-need-percent-in-year', '2022-06-30', '18.2'],
  ['new-contacts-reduce-need-percent', '2021-22', '20.3'],
  ['ascof-users-social-contact', '2021-22', '37.3'],
  ['ascof-carers-social-contact', '2021-22', '24.7'],
  ['new-contacts-delay-need-percent-in-year', '2022-06-30', '18.3'],
  ['new-contacts-delay-need-percent', '2021-22', '11.0'],
  ['reablement-no-ongoing-need-percent-in-year', '2022-06-30', '85.7'],
  ['ascof-short-term-service-outcome', '2021-22', '88.5'],
  ['reablement-still-at-home-91-days-percent-in-year', '2022-06-30', '89.5'],
  ['ascof-at-home-91-days', '2021-22', '89.4'],
  ['new-contacts-meet-need-percent-in-year', '2022-06-30', '11.4'],
  ['new-contacts-meet-need-percent', '2021-22', '12.3'],
  ['self-directed-support-service-users-percent-in-year', '2022-06-30', '94.8'],
  ['ascof-self-directed-support-users', '2021-22', '94.7'],
  ['direct-payments-service-users-percent-in-year', '2022-06-30', '39.5'],
  ['ascof-direct-payments-users', '2021-22', '40.3'],
  ['self-directed-support-carers-percent-in-year', '2022-06-30', '99.9'],
  ['ascof-self-directed-support-carers', '2021-22', '99.9'],
  ['direct-payments-carers-percent-in-year', '2022-06-30', '99.3'],
  ['ascof-direct-payments-carers', '2021-22', '99.1'],
  ['safeguarding-outcomes-achieved-percent-in-year', '2022-06-30', '93.8'],
  ['safeguarding-outcomes-achieved-percent', '2021-22', '92.9'],
  ['ascof-services-made-feel-safe', '2021-22', '81.2'],
  ['annual-review-received-percent-in-year', '2022-06-30', '70'],
  ['annual-review-received-percent', '2021-22', '69'],
];

// Each test reads a whole data folder more than once: on two shared cores that can take seconds.
describe("Leicestershire's quarterly report sheet, as it is", { timeout: 30_000 }, () => {
  it('imports into the example folder, "Local" rows mapped; the folder still passes', async () => {
    const dir = example();
    const result = await run(dir, SHEET, MAP);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => [r.metric, r.period, r.value])).toEqual(EXPECTED);
    expect(new Set(result.rows.map((r) => r.status))).toEqual(new Set(['provisional']));
    expect(result.report?.ignoredColumns).toEqual(['Description', 'Aim', 'Rating', 'Progress']);
    expect(result.report?.skipped.map((s) => s.line)).toEqual([12, 13, 14, 15, 16, 17, 18, 21, 24]);
    expect(result.report?.leftOut.map((c) => `${c.line}: ${c.column}: ${c.text}`)).toEqual([
      '8: 2022/23 Q1 Performance: Survey Results due May 2023',
      '9: 2022/23 Q1 Performance: Survey is biennial and will next run in Autumn 2023',
      '33: 2022/23 Q1 Performance: Survey Results due May 2023',
      '35: 2022/23 Q1 Performance: Survey is biennial and will next run in Autumn 2023',
      '42: 2022/23 Q1 Performance: 7.6 per 100k Pop. Forecast 32 Admissions in 22/23',
      '42: 2021/22 Performance: 5.7 per 100k Pop. Actual 24 Admissions in 21/22',
      '43: 2022/23 Q1 Performance: 404 per 100k Pop. Forecast 619 Admissions in 22/23',
      '43: 2021/22 Performance: 567 per 100k Pop. Actual 868 Admissions in 21/22',
      '56: 2022/23 Q1 Performance: Survey Results due May 2023',
    ]);
    const { data, problems } = await checkFolder(dir);
    expect(problems).toEqual([]);
    const landed = data?.observations.find(
      (o) => o.drop === DROP && o.metric === 'ld-paid-employment-percent-in-year',
    );
    expect([landed?.period.label, landed?.value, landed?.status]).toEqual([
      '2022-06-30',
      9.2,
      'provisional',
    ]);
  });

  it('without a map, names each "Local" row by line, points at --map, writes nothing', async () => {
    const dir = example();
    const result = await run(dir, SHEET, undefined);
    const local = (line: number, name: string) =>
      `${SHEET}:${line}: Measure: "Local" ("${name}") is neither a measure id in ` +
      'metrics.csv nor an ASCOF code — give a --map file (columns measure,metric) with the ' +
      `row "${name}",<measure id or skip>`;
    expect(result.problems).toEqual([
      local(7, '% of sequels that ‘Prevent Need’'),
      local(12, 'Heritage visits (inc. website visits)'),
      local(13, 'Library visits (inc. website visits)'),
      local(14, 'Total library loans'),
      local(15, 'Junior loans'),
      local(16, 'E-loans'),
      local(17, 'Total community library issues'),
      local(18, 'Community library children’s issues.'),
      local(21, 'Hours of Volunteering (Heritage and libraries)'),
      local(24, 'LALS Success Rate'),
      local(32, '% of sequels that ‘Reduce Need’'),
      local(39, '% of sequels that ‘Delay Need’'),
      local(47, '% of sequels that ‘Meet need’'),
      local(54, 'Safeguarding outcomes fully or partially achieved'),
      local(57, '% of service users who received their annual review'),
    ]);
    expect(readFileSync(join(dir, 'drops', DROP, 'values.csv'), 'utf8').split('\n')[1]).toBe('');
  });

  it('refuses the heading "2022/23 Performance": June figures would be the year’s', async () => {
    const dir = example();
    const printed = join(dir, 'printed-headings.csv');
    writeFileSync(
      printed,
      readFileSync(SHEET, 'utf8').replaceAll('2022/23 Q1 Performance', '2022/23 Performance'),
    );
    expect((await run(dir, printed, MAP)).problems).toEqual([
      `${printed}:6: 2022/23 Performance: "2022/23 Performance" is 2022-23, which ends ` +
        'after 2022-06-30, the end of the quarter the drop 2022-23-Q1 reports — head the ' +
        'column with the period its figures are for (e.g. "2022/23 Q1" for the position at ' +
        'the end of June), or import forecasts on their own with --status estimated',
    ]);
    expect(readFileSync(join(dir, 'drops', DROP, 'values.csv'), 'utf8').split('\n')[1]).toBe('');
  });

  it('imports the same sheet saved as .xlsx identically', async () => {
    const fromCsv = example();
    const fromXlsx = example();
    const book = join(fromXlsx, 'appendix-a.xlsx');
    await csvToWorkbook(SHEET, book, 'Appendix A');
    expect((await run(fromCsv, SHEET, MAP)).problems).toEqual([]);
    const result = await run(fromXlsx, book, MAP, 'Appendix A');
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => [r.metric, r.period, r.value])).toEqual(EXPECTED);
    const values = (dir: string) =>
      readFileSync(join(dir, 'drops', DROP, 'values.csv'), 'utf8').replaceAll(
        /"leicestershire-2022-23-q1\.csv, line|"appendix-a\.xlsx, sheet ""Appendix A"", row/g,
        '"the sheet',
      );
    expect(values(fromXlsx)).toBe(values(fromCsv));
  });
});
