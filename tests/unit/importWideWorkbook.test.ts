import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { csvToWorkbook } from './workbook';
import { W, folder, importInto, removeMade, temp, valuesOf } from './wideFolder';

afterEach(removeMade);
describe('import-wide on a workbook', { timeout: 30_000 }, () => {
  it('imports the sheet saved as .xlsx identically, rows named as Excel numbers them', async () => {
    const fromCsv = folder();
    const fromXlsx = folder();
    const book = join(temp(), 'quarterly-sheet.xlsx');
    await csvToWorkbook(join(W, 'quarterly-sheet.csv'), book, 'Figures');
    expect((await importInto(fromCsv, 'quarterly-sheet.csv')).problems).toEqual([]);
    const result = await importInto(fromXlsx, '', { wide: book, sheet: 'Figures' });
    expect(result.problems).toEqual([]);
    expect(valuesOf(fromXlsx)).toBe(
      valuesOf(fromCsv).replaceAll(
        /"quarterly-sheet.csv, line/g,
        '"quarterly-sheet.xlsx, sheet ""Figures"", row',
      ),
    );
  });

  it('refuses a sheet name the workbook lacks, and a file that is not a workbook', async () => {
    const book = join(temp(), 'book.xlsx');
    await csvToWorkbook(join(W, 'quarterly-sheet.csv'), book, 'Figures');
    expect((await importInto(folder(), '', { wide: book, sheet: 'Q3' })).problems).toEqual([
      `${book}: the workbook has no sheet called "Q3" (its sheets are: Figures) — give ` +
        '--sheet the name of the sheet as it is on its tab',
    ]);
    const fake = join(temp(), 'fake.xlsx');
    writeFileSync(fake, 'measure,2024-25\n');
    expect((await importInto(folder(), '', { wide: fake })).problems).toEqual([
      `${fake}: this is not an Excel workbook that can be read (Doesn't look like an ` +
        `\`.xlsx\` file) — save it from Excel as "Excel Workbook (.xlsx)", or as "CSV UTF-8" ` +
        'and import the .csv',
    ]);
  });

  it('refuses a percentage stored as a fraction in a number cell (shown as %)', async () => {
    const book = join(temp(), 'fraction.xlsx');
    await csvToWorkbook(join(W, 'quarterly-sheet.csv'), book, 'Figures', { percentLines: [3] });
    expect((await importInto(folder(), '', { wide: book })).problems).toEqual([
      `${book}:3: 2024-25: 0.314 is a number from 0 to 1 but "direct-payments" is a ` +
        'percentage (Excel shows 31.4% for a cell formatted as a percentage) — write the ' +
        'percentage from 0 to 100, e.g. type 52.1 in a cell formatted as a number; a ' +
        'percentage below 1 typed as text, e.g. 0.5%',
    ]);
  });
});
