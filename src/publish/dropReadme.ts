import { SUPPRESSION_MARKS } from '../data/marks';
import { periodFormatsFor } from '../data/period';
import { headerRow, type ValueColumn } from '../data/tables';
import { FREQUENCIES, STATUSES, type Status } from '../data/types';

// Typed by values.csv's schema, so a column added to it cannot be left out of the instructions.
const MEANING: Record<ValueColumn, string> = {
  metric: 'the measure id, exactly as in metrics.csv (e.g. waiting-count)',
  area:
    'the nine-character ONS code of the council, region or England, as in areas.csv (e.g. ' +
    'E06000016)',
  period: 'the period the figure covers: see "Periods" below',
  value:
    'the figure as a plain number: no commas, no % sign, a full stop for decimals, ' +
    'percentages from 0 to 100; empty only when the status is suppressed',
  source: 'the id of the publication the figure comes from, as in sources.csv',
  numerator: 'optional: the count on top of a percentage or rate; give the denominator too',
  denominator: 'optional: the count underneath; give the numerator too',
  lower: 'optional: the lower confidence limit, if the publication gives one',
  upper: 'optional: the upper confidence limit',
  section:
    'optional, shown to the public: the part of the publication, such as a section heading ' +
    'or table name (no line numbers)',
  status: 'final, provisional, estimated or suppressed; empty means final',
  note: 'optional: a short note shown with the figure (e.g. "revised after data cleansing")',
  source_ref:
    'optional, for officers only (never shown on the site): where in the publication the ' +
    'figure is (a table, page or line)',
};

const STATUS_MEANING: Record<Status, string> = {
  final: 'the published figure (the default when the status is empty)',
  provisional: 'may be revised in a later drop',
  estimated: 'an estimate rather than a count',
  suppressed:
    'withheld, usually because the numbers are small: leave the value empty, so it is ' +
    'never shown as a zero',
};

/** Plain-English instructions an officer finds in a new drop's folder. */
export function dropReadme(id: string, today: string, dataDir: string): string {
  const build = dataDir === 'data' ? 'npm run build' : `DATA_DIR=${dataDir} npm run build`;
  const columns = headerRow('values');
  const importCommand =
    `npm run import-wide -- path/to/sheet.xlsx --drop ${id} --source <source id> ` +
    `--status provisional --data ${dataDir}`;
  return `# Quarterly drop ${id}

This folder holds the figures for the drop ${id}. It was started on ${today} with
\`npm run new-drop\`, which also added it to \`${dataDir}/drops.csv\` with the title "Quarterly drop
${id}" and published date ${today}. Change the title, add a note, and set the published date to the
day the figures go public: the site orders drops by that date, so it must be later than the drop
above it in drops.csv and no earlier than the end of the quarter the drop is named for. The drop is
named for the latest quarter its figures report that had ended when it was published; the check says
if the name does not fit.

Until figures are added, the publish check fails with "the drop ${id} has no figures". That is
expected: nothing is published until the check passes.

## The files

- \`values.csv\`: the figures, one row per measure, area and period.
- \`commentary.csv\`: your comments on measures for this drop, one row each: \`metric\` (the
  measure id, as in metrics.csv), \`comment\` (what to say about the figures) and \`owner\` (who
  owns the action or can answer questions; may be empty).
- \`README.md\`: this file.

## Adding figures from a wide sheet

Most figures arrive as a sheet with one row per measure and one column per period. To import one:

1. Save the report sheet as it is: an Excel workbook (.xlsx) or "CSV UTF-8 (comma delimited)".
   Title lines, section lines and columns of words (description, aim, rating, notes) may stay.
2. The header row has a column headed \`Measure\`: each cell holds a measure id, an ASCOF code
   (\`ASCOF 1C pt 2a\`, \`1C2A\`) or the sheet's own name for the measure if you give a map (step
   4). Other columns of figures are headed with their period: \`2021/22\`, \`2022/23 Q1\`,
   \`Jun-22\`.
3. In the cells, a figure as you write it (\`52.1%\`, \`1,350\`); one of
   ${SUPPRESSION_MARKS.map((m) => `\`${m}\``).join(' ')} for a suppressed figure. Words ("N/A") are
   left out and listed.
4. Run:

       ${importCommand}

   Add \`--map path/to/map.csv\` if the sheet uses its own measure names. The map has two columns,
   \`measure\` (the name in the sheet, or a "Local" row's description) and \`metric\` (the measure
   id, or \`skip\`). Add \`--sheet <name>\` for a workbook's sheet, \`--note <text>\` for a note on
   every figure, and \`--area <ONS code>\` if the figures are for somewhere other than the council
   named in site.json (England, for example). See data/README.md, "Importing a report sheet".

The importer checks everything first. If anything is wrong, it lists every problem by line and
column of your sheet and writes nothing. Otherwise it adds the figures to values.csv and runs the
publish check.

## Adding figures by hand

Add rows below the header of values.csv. The columns are:

${columns.map((c) => `- \`${c}\`: ${MEANING[c]}.`).join('\n')}

A figure for the same measure, area and period may appear only once in a drop. A later drop may
repeat it with a revised figure.

## Periods

- a financial year: \`2024-25\` (April 2024 to March 2025)
- a quarter of a financial year: \`2025-26 Q3\` (Q1 is April to June, Q2 July to September,
  Q3 October to December, Q4 January to March)
- a month: \`2025-12\`
- a date: \`2025-12-31\`

The measure's frequency in metrics.csv decides which of these it takes:

${FREQUENCIES.map((f) => `- ${f}: ${periodFormatsFor(f)}`).join('\n')}

## Status

${STATUSES.map((s) => `- \`${s}\`: ${STATUS_MEANING[s]}.`).join('\n')}

## Checking and publishing

1. Run the publish check. It lists every problem as
   \`file:line: column: what is wrong — how to fix it\`, and \`--diff\` lists the figures the latest
   drop adds or revises:

       npm run check-data -- ${dataDir} --diff

2. When it reports no problems, build the site:

       ${build}

   The build runs the same check first and refuses to build if anything is wrong.
`;
}
