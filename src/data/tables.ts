import { cellReader } from './cells';
import { readCsv, type CsvColumns } from './csv';
import { parsePeriod } from './period';
import type { Problem } from './problem';
import {
  AREA_KINDS,
  FAMILIES,
  FREQUENCIES,
  OPERATORS,
  POLARITIES,
  QUALITY_STATEMENTS,
  QUESTION_CREDITS,
  QUESTION_WHENS,
  STATUSES,
  TARGET_KINDS,
  THEMES,
  UNITS,
  type Area,
  type Commentary,
  type DataEvent,
  type Drop,
  type Metric,
  type Observation,
  type Outcome,
  type Question,
  type Source,
  type Target,
} from './types';

/** Flags a key already seen earlier in the same file. */
function duplicateCheck(file: string, column: string, what: string, problems: Problem[]) {
  const seen = new Map<string, number>();
  return (key: string | undefined, line: number): void => {
    if (key === undefined) return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, line);
    else
      problems.push({
        file,
        line,
        column,
        message: `the ${what} "${key}" is already listed on line ${first}`,
        fix: 'delete one of the two rows',
      });
  };
}

export interface Parsed<T> {
  rows: T[];
  problems: Problem[];
}

export const COLUMNS = {
  metrics: {
    required: [
      'id',
      'title',
      'description',
      'unit',
      'polarity',
      'frequency',
      'theme',
      'quality_statement',
      'definition',
      'source',
      'decimals',
    ],
    optional: ['family', 'caveats', 'break_period', 'break_note', 'ended'],
  },
  areas: { required: ['code', 'name', 'kind'], optional: [] },
  sources: { required: ['id', 'publisher', 'title', 'published'], optional: ['url', 'licence'] },
  drops: { required: ['id', 'published', 'title'], optional: ['note'] },
  values: {
    required: ['metric', 'area', 'period', 'value', 'source'],
    optional: [
      'numerator',
      'denominator',
      'lower',
      'upper',
      'status',
      'note',
      'source_ref',
      'section',
    ],
  },
  targets: {
    required: ['metric', 'area', 'date', 'value', 'kind', 'source'],
    optional: ['operator', 'outcome', 'section', 'source_ref', 'note', 'proxy'],
  },
  events: {
    required: ['start', 'label', 'source'],
    optional: ['end', 'metrics', 'section', 'source_ref'],
  },
  outcomes: {
    required: ['id', 'number', 'theme', 'title', 'outcome_text', 'source'],
    optional: ['measures', 'section', 'source_ref'],
  },
  questions: { required: ['question', 'when', 'source'], optional: ['metric', 'family', 'credit'] },
  commentary: { required: ['metric', 'comment'], optional: ['owner'] },
} as const satisfies Record<string, CsvColumns>;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DROP_ID = /^(\d{4})-(\d{2})-Q([1-4])$/;

/** A drop id names the quarter whose figures it brings, e.g. 2025-26-Q2. */
export function dropIdProblem(id: string): string | undefined {
  const m = DROP_ID.exec(id);
  if (!m || (Number(m[1]) + 1) % 100 !== Number(m[2]))
    return `"${id}" is not a drop name like 2025-26-Q2 (financial year, then the quarter)`;
  return undefined;
}

/** Reads metrics.csv, the catalogue of measures. */
export function parseMetrics(text: string, file: string): Parsed<Metric> {
  const { records, problems } = readCsv(text, file, COLUMNS.metrics);
  const rows: Metric[] = [];
  const duplicate = duplicateCheck(file, 'id', 'measure', problems);
  for (const record of records) {
    const c = cellReader(file, record, problems);
    const id = c.required('id', 'measure id');
    duplicate(id, record.line);
    if (id !== undefined && !ID.test(id))
      c.fail(
        'id',
        `"${id}" is not a measure id`,
        'use lower-case letters, digits and hyphens, e.g. care-act-assessment-median-wait',
      );
    const decimals = c.number('decimals', { required: true });
    if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 3))
      c.fail(
        'decimals',
        `${decimals} decimal places is not allowed`,
        'write a whole number from 0 to 3',
      );
    const ended = c.text('ended');
    if (ended !== '') {
      const p = parsePeriod(ended);
      if (!p.ok)
        c.fail(
          'ended',
          p.message,
          'write the last period the series was published for, e.g. 2019-20',
        );
    }
    const breakPeriod = c.text('break_period');
    if (breakPeriod !== '') {
      const p = parsePeriod(breakPeriod);
      if (!p.ok)
        c.fail(
          'break_period',
          p.message,
          'write the first period of the new definition, e.g. 2023-24',
        );
    }
    const fields = {
      title: c.required('title', 'title'),
      description: c.required('description', 'description'),
      unit: c.oneOf('unit', UNITS),
      polarity: c.oneOf('polarity', POLARITIES),
      frequency: c.oneOf('frequency', FREQUENCIES),
      theme: c.oneOf('theme', THEMES),
      qualityStatement: c.oneOf('quality_statement', QUALITY_STATEMENTS),
      family: c.text('family') === '' ? undefined : c.oneOf('family', FAMILIES),
      definition: c.required('definition', 'definition'),
      source: c.required('source', 'source id'),
    };
    const {
      title,
      description,
      unit,
      polarity,
      frequency,
      theme,
      qualityStatement,
      definition,
      source,
    } = fields;
    if (
      id === undefined ||
      decimals === undefined ||
      title === undefined ||
      description === undefined ||
      unit === undefined ||
      polarity === undefined
    )
      continue;
    if (
      frequency === undefined ||
      theme === undefined ||
      qualityStatement === undefined ||
      definition === undefined ||
      source === undefined
    )
      continue;
    rows.push({
      id,
      title,
      description,
      unit,
      polarity,
      frequency,
      theme,
      qualityStatement,
      definition,
      source,
      decimals,
      family: fields.family,
      caveats: c.text('caveats'),
      breakPeriod: breakPeriod || undefined,
      breakNote: c.text('break_note'),
      ended: ended || undefined,
      line: record.line,
    });
  }
  return { rows, problems };
}

/** Reads areas.csv: every council, region and country a drop may name. */
export function parseAreas(text: string, file: string): Parsed<Area> {
  const { records, problems } = readCsv(text, file, COLUMNS.areas);
  const rows: Area[] = [];
  const duplicate = duplicateCheck(file, 'code', 'area', problems);
  for (const record of records) {
    const c = cellReader(file, record, problems);
    const code = c.required('code', 'ONS area code');
    duplicate(code, record.line);
    if (code !== undefined && !/^E\d{8}$/.test(code))
      c.fail(
        'code',
        `"${code}" is not an ONS code`,
        'write the nine-character ONS code, e.g. E06000016',
      );
    const name = c.required('name', 'area name');
    const kind = c.oneOf('kind', AREA_KINDS);
    if (code !== undefined && name !== undefined && kind !== undefined)
      rows.push({ code, name, kind });
  }
  return { rows, problems };
}

/** Reads sources.csv: the publications figures come from. */
export function parseSources(text: string, file: string): Parsed<Source> {
  const { records, problems } = readCsv(text, file, COLUMNS.sources);
  const rows: Source[] = [];
  const duplicate = duplicateCheck(file, 'id', 'source', problems);
  for (const record of records) {
    const c = cellReader(file, record, problems);
    const id = c.required('id', 'source id');
    duplicate(id, record.line);
    const publisher = c.required('publisher', 'publisher');
    const title = c.required('title', 'title');
    const published = c.required('published', 'publication date');
    const url = c.text('url');
    if (url !== '' && !/^https:\/\//.test(url))
      c.fail(
        'url',
        `"${url}" is not a web address starting https://`,
        'write the full https:// address, or leave it empty',
      );
    if (
      id !== undefined &&
      publisher !== undefined &&
      title !== undefined &&
      published !== undefined
    ) {
      rows.push({ id, publisher, title, published, url, licence: c.text('licence') });
    }
  }
  return { rows, problems };
}

/** Reads drops.csv: the list of quarterly drops in the order they were published. */
export function parseDrops(text: string, file: string): Parsed<Drop> {
  const { records, problems } = readCsv(text, file, COLUMNS.drops);
  const rows: Drop[] = [];
  const duplicate = duplicateCheck(file, 'id', 'drop', problems);
  for (const record of records) {
    const c = cellReader(file, record, problems);
    const id = c.required('id', 'drop name');
    duplicate(id, record.line);
    const idProblem = id === undefined ? undefined : dropIdProblem(id);
    if (idProblem)
      c.fail('id', idProblem, 'name the drop after the latest quarter it reports, e.g. 2025-26-Q2');
    const published = c.date('published', { required: true });
    const title = c.required('title', 'title');
    if (id !== undefined && !idProblem && published !== undefined && title !== undefined)
      rows.push({ id, published, title, note: c.text('note') });
  }
  return { rows, problems };
}

/** Reads one drop's values.csv. Suppressed figures keep an empty value: never zero. */
export function parseValues(text: string, file: string, drop: string): Parsed<Observation> {
  const { records, problems } = readCsv(text, file, COLUMNS.values);
  const rows: Observation[] = [];
  for (const record of records) {
    const c = cellReader(file, record, problems);
    const metric = c.required('metric', 'measure id');
    const area = c.required('area', 'area code');
    const periodText = c.required('period', 'period');
    let period;
    if (periodText !== undefined) {
      const p = parsePeriod(periodText);
      if (p.ok) period = p.period;
      else
        c.fail(
          'period',
          p.message,
          'write a financial year 2023-24, a quarter 2025-26 Q2, a month 2025-01 or a date 2025-06-26',
        );
    }
    const status = c.oneOf('status', STATUSES, 'final');
    const value = c.number('value', { required: false });
    if (c.raw('value') === '' && status !== undefined && status !== 'suppressed') {
      c.fail(
        'value',
        'the value is empty',
        'write the figure, or write "suppressed" in the status column if it is withheld',
      );
    }
    if (value !== undefined && status === 'suppressed')
      c.fail(
        'value',
        'a suppressed figure must not be published',
        'leave the value empty, or change the status',
      );
    const numerator = c.number('numerator', { required: false });
    const denominator = c.number('denominator', { required: false });
    const lower = c.number('lower', { required: false });
    const upper = c.number('upper', { required: false });
    const source = c.required('source', 'source id');
    if (
      metric === undefined ||
      area === undefined ||
      period === undefined ||
      status === undefined ||
      source === undefined
    )
      continue;
    rows.push({
      metric,
      area,
      period,
      value,
      numerator,
      denominator,
      lower,
      upper,
      status,
      source,
      drop,
      note: c.text('note'),
      section: c.text('section'),
      sourceRef: c.text('source_ref'),
      line: record.line,
    });
  }
  return { rows, problems };
}

/** Reads targets.csv: improvement-plan baselines, milestones and targets. */
export function parseTargets(text: string, file: string): Parsed<Target> {
  const { records, problems } = readCsv(text, file, COLUMNS.targets);
  const rows: Target[] = [];
  for (const record of records) {
    const c = cellReader(file, record, problems);
    const metric = c.required('metric', 'measure id');
    const area = c.required('area', 'area code');
    const date = c.date('date', { required: true });
    const value = c.number('value', { required: false });
    const kind = c.oneOf('kind', TARGET_KINDS);
    const operator = c.text('operator') === '' ? undefined : c.oneOf('operator', OPERATORS);
    if (
      kind === 'target' &&
      value !== undefined &&
      operator === undefined &&
      c.text('operator') === ''
    ) {
      c.fail(
        'operator',
        'a target needs to say which way it counts',
        `write one of: ${OPERATORS.join(', ')}`,
      );
    }
    if (value === undefined && c.raw('value') === '' && c.text('note') === '')
      c.fail(
        'value',
        'the value is empty',
        'write the figure, or explain in the note column why the target has no number',
      );
    const source = c.required('source', 'source id');
    if (
      metric === undefined ||
      area === undefined ||
      date === undefined ||
      kind === undefined ||
      source === undefined
    )
      continue;
    rows.push({
      metric,
      area,
      date,
      value,
      kind,
      operator,
      source,
      outcome: c.text('outcome'),
      section: c.text('section'),
      sourceRef: c.text('source_ref'),
      note: c.text('note'),
      proxy: c.text('proxy'),
      line: record.line,
    });
  }
  return { rows, problems };
}

/** Reads events.csv: dated events that explain the figures (a cyber incident, an inspection). */
export function parseEvents(text: string, file: string): Parsed<DataEvent> {
  const { records, problems } = readCsv(text, file, COLUMNS.events);
  const rows: DataEvent[] = [];
  for (const record of records) {
    const c = cellReader(file, record, problems);
    const start = c.date('start', { required: true });
    const end = c.date('end', { required: false });
    if (start !== undefined && end !== undefined && end < start)
      c.fail('end', `the event ends (${end}) before it starts (${start})`, 'swap the dates');
    const label = c.required('label', 'label');
    const source = c.required('source', 'source id');
    if (start !== undefined && label !== undefined && source !== undefined) {
      rows.push({
        start,
        end,
        label,
        source,
        metrics: c.list('metrics'),
        section: c.text('section'),
        sourceRef: c.text('source_ref'),
        line: record.line,
      });
    }
  }
  return { rows, problems };
}

/** Reads outcomes.csv: the improvement plan's outcomes and the measures that track them. */
export function parseOutcomes(text: string, file: string): Parsed<Outcome> {
  const { records, problems } = readCsv(text, file, COLUMNS.outcomes);
  const rows: Outcome[] = [];
  const duplicate = duplicateCheck(file, 'id', 'outcome', problems);
  for (const record of records) {
    const c = cellReader(file, record, problems);
    const id = c.required('id', 'outcome id');
    duplicate(id, record.line);
    const number = c.number('number', { required: true });
    const theme = c.oneOf('theme', THEMES);
    const title = c.required('title', 'title');
    const outcomeText = c.required('outcome_text', 'outcome text');
    const source = c.required('source', 'source id');
    if (
      id === undefined ||
      number === undefined ||
      theme === undefined ||
      title === undefined ||
      outcomeText === undefined ||
      source === undefined
    )
      continue;
    rows.push({
      id,
      number,
      theme,
      title,
      text: outcomeText,
      measures: c.list('measures'),
      source,
      section: c.text('section'),
      sourceRef: c.text('source_ref'),
      line: record.line,
    });
  }
  return { rows, problems };
}

/** Reads questions.csv: questions for members and the picture each one fits. */
export function parseQuestions(text: string, file: string): Parsed<Question> {
  const { records, problems } = readCsv(text, file, COLUMNS.questions);
  const rows: Question[] = [];
  for (const record of records) {
    const c = cellReader(file, record, problems);
    const question = c.required('question', 'question');
    const source = c.required('source', 'source id');
    const when = c
      .raw('when')
      .split('+')
      .map((w) => w.trim());
    const bad = when.filter((w) => !QUESTION_WHENS.some((q) => q === w));
    if (bad.length > 0)
      c.fail(
        'when',
        `"${bad.join('+')}" is not a picture a question can fit`,
        `write one or more of ${QUESTION_WHENS.join(', ')}, joined by +`,
      );
    const family = c.text('family') === '' ? undefined : c.oneOf('family', FAMILIES);
    const credit = c.oneOf('credit', QUESTION_CREDITS, 'from');
    const whens = QUESTION_WHENS.filter((w) => when.includes(w));
    if (question === undefined || source === undefined || bad.length > 0) continue;
    rows.push({
      question,
      source,
      when: whens,
      metric: c.text('metric') || undefined,
      family,
      credit: credit ?? 'from',
      line: record.line,
    });
  }
  return { rows, problems };
}

/** Reads a drop's commentary.csv: an officer's note per measure, and who owns the action. */
export function parseCommentary(text: string, file: string, drop: string): Parsed<Commentary> {
  const { records, problems } = readCsv(text, file, COLUMNS.commentary);
  const rows: Commentary[] = [];
  for (const record of records) {
    const c = cellReader(file, record, problems);
    const metric = c.required('metric', 'measure id');
    const comment = c.required('comment', 'comment');
    if (metric !== undefined && comment !== undefined)
      rows.push({ drop, metric, comment, owner: c.text('owner'), line: record.line });
  }
  return { rows, problems };
}
