/** The schemas of the catalogue files: measures, areas, sources and the list of drops. */
import {
  date,
  maybeOneOf,
  maybePeriod,
  number,
  oneOf,
  required,
  table,
  list,
  text,
  type Issue,
} from './schema.ts';
import {
  AREA_KINDS,
  BREAK_KINDS,
  FAMILIES,
  FREQUENCIES,
  POLARITIES,
  QUALITY_STATEMENTS,
  THEMES,
  UNITS,
  type Area,
  type Drop,
  type Metric,
  type Source,
} from './types.ts';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DROP_ID = /^(\d{4})-(\d{2})-Q([1-4])$/;

/** A drop id names the quarter whose figures it brings, e.g. 2025-26-Q2. */
export function dropIdProblem(id: string): string | undefined {
  const m = DROP_ID.exec(id);
  if (!m || (Number(m[1]) + 1) % 100 !== Number(m[2]))
    return `"${id}" is not a drop name like 2025-26-Q2 (financial year, then the quarter)`;
  return undefined;
}

export const metrics = table({
  columns: {
    id: required('measure id', {
      check: (id): Issue | undefined =>
        ID.test(id)
          ? undefined
          : {
              message: `"${id}" is not a measure id`,
              fix:
                'use lower-case letters, digits and hyphens, e.g. ' +
                'care-act-assessment-median-wait',
            },
    }),
    title: required('title'),
    description: required('description'),
    unit: oneOf(UNITS),
    polarity: oneOf(POLARITIES),
    frequency: oneOf(FREQUENCIES),
    theme: oneOf(THEMES),
    quality_statement: oneOf(QUALITY_STATEMENTS),
    definition: required('definition'),
    source: required('source id'),
    decimals: number({
      check: (n) =>
        Number.isInteger(n) && n >= 0 && n <= 3
          ? undefined
          : {
              message: `${n} decimal places is not allowed`,
              fix: 'write a whole number from 0 to 3',
            },
    }),
    family: maybeOneOf(FAMILIES),
    caveats: text(),
    break_period: maybePeriod('write the first period of the new definition, e.g. 2023-24'),
    break_note: text(),
    break_kind: maybeOneOf(BREAK_KINDS),
    ended: maybePeriod('write the last period the series was published for, e.g. 2019-20'),
    in_year: text(),
    codes: list(),
  },
  unique: { column: 'id', what: 'measure' },
  // A column named as its field passes through as read; the others are renamed or converted here.
  row: (
    { quality_statement, break_period, break_note, break_kind, ended, in_year, ...same },
    line,
  ): Metric => ({
    ...same,
    qualityStatement: quality_statement,
    breakPeriod: break_period?.label,
    breakKind: break_period ? (break_kind ?? 'redefined') : undefined,
    breakNote: break_note,
    ended: ended?.label,
    inYear: in_year || undefined,
    line,
  }),
});

export const areas = table({
  columns: {
    code: required('ONS area code', {
      check: (code) =>
        /^E\d{8}$/.test(code)
          ? undefined
          : {
              message: `"${code}" is not an ONS code`,
              fix: 'write the nine-character ONS code, e.g. E06000016',
            },
    }),
    name: required('area name'),
    kind: oneOf(AREA_KINDS),
  },
  unique: { column: 'code', what: 'area' },
  row: (cells): Area => ({ ...cells }),
});

export const sources = table({
  columns: {
    id: required('source id'),
    publisher: required('publisher'),
    title: required('title'),
    published: required('publication date'),
    url: text({
      check: (url) =>
        /^https:\/\//.test(url)
          ? undefined
          : {
              message: `"${url}" is not a web address starting https://`,
              fix: 'write the full https:// address, or leave it empty',
            },
    }),
    licence: text(),
  },
  unique: { column: 'id', what: 'source' },
  row: (cells): Source => ({ ...cells }),
});

export const drops = table({
  columns: {
    id: required('drop name', {
      check: (id) => {
        const message = dropIdProblem(id);
        return message === undefined
          ? undefined
          : { message, fix: 'name the drop after the latest quarter it reports, e.g. 2025-26-Q2' };
      },
      reject: true,
    }),
    published: date(),
    title: required('title'),
    note: text(),
  },
  unique: { column: 'id', what: 'drop' },
  row: (cells, line): Drop => ({ ...cells, line }),
});
