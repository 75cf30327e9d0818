/** The schemas of the improvement plan's outcomes, dated events and the question bank. */
import {
  custom,
  date,
  list,
  maybeDate,
  maybeOneOf,
  number,
  oneOf,
  required,
  table,
  text,
} from './schema.ts';
import {
  FAMILIES,
  QUESTION_CREDITS,
  QUESTION_WHENS,
  THEMES,
  type DataEvent,
  type Outcome,
  type Question,
} from './types.ts';

export const events = table({
  columns: {
    start: date(),
    label: required('label'),
    source: required('source id'),
    end: maybeDate(),
    metrics: list(),
    section: text(),
    source_ref: text(),
  },
  check: (r, c) => {
    if (r.start !== undefined && r.end !== undefined && r.end < r.start)
      c.fail('end', `the event ends (${r.end}) before it starts (${r.start})`, 'swap the dates');
  },
  row: ({ source_ref, ...same }, line): DataEvent => ({ ...same, sourceRef: source_ref, line }),
});

export const outcomes = table({
  columns: {
    id: required('outcome id'),
    number: number(),
    theme: oneOf(THEMES),
    title: required('title'),
    outcome_text: required('outcome text'),
    source: required('source id'),
    measures: list(),
    section: text(),
    source_ref: text(),
  },
  unique: { column: 'id', what: 'outcome' },
  row: ({ outcome_text, source_ref, ...same }, line): Outcome => ({
    ...same,
    text: outcome_text,
    sourceRef: source_ref,
    line,
  }),
});

/** `when`: one or more pictures joined by +, all of which must hold. */
const whens = custom('required', (c, column) => {
  const words = c
    .raw(column)
    .split('+')
    .map((w) => w.trim());
  const bad = words.filter((w) => !QUESTION_WHENS.some((q) => q === w));
  if (bad.length > 0)
    return c.fail(
      column,
      `"${bad.join('+')}" is not a picture a question can fit`,
      `write one or more of ${QUESTION_WHENS.join(', ')}, joined by +`,
    );
  return QUESTION_WHENS.filter((w) => words.includes(w));
});

export const questions = table({
  columns: {
    question: required('question'),
    when: whens,
    source: required('source id'),
    metric: text(),
    family: maybeOneOf(FAMILIES),
    credit: oneOf(QUESTION_CREDITS, 'from'),
  },
  row: ({ metric, ...same }, line): Question => ({ ...same, metric: metric || undefined, line }),
});
