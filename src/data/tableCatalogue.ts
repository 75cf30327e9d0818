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
    ended: maybePeriod('write the last period the series was published for, e.g. 2019-20'),
    in_year: text(),
    codes: list(),
  },
  unique: { column: 'id', what: 'measure' },
  row: (r, line): Metric => ({
    id: r.id,
    title: r.title,
    description: r.description,
    unit: r.unit,
    polarity: r.polarity,
    frequency: r.frequency,
    theme: r.theme,
    qualityStatement: r.quality_statement,
    definition: r.definition,
    source: r.source,
    decimals: r.decimals,
    family: r.family,
    caveats: r.caveats,
    breakPeriod: r.break_period?.label,
    breakNote: r.break_note,
    ended: r.ended?.label,
    inYear: r.in_year || undefined,
    codes: r.codes,
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
  row: (r): Area => ({ code: r.code, name: r.name, kind: r.kind }),
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
  row: (r): Source => ({
    id: r.id,
    publisher: r.publisher,
    title: r.title,
    published: r.published,
    url: r.url,
    licence: r.licence,
  }),
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
  row: (r, line): Drop => ({
    id: r.id,
    published: r.published,
    title: r.title,
    note: r.note,
    line,
  }),
});
