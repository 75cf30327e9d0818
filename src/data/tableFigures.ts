/** The schemas of the files that hold figures: a drop's values and commentary, and plan targets. */
import { date, maybeNumber, maybeOneOf, oneOf, period, required, table, text } from './schema.ts';
import {
  OPERATORS,
  STATUSES,
  TARGET_KINDS,
  type Commentary,
  type Observation,
  type Target,
} from './types.ts';

const ANY_PERIOD =
  'write a financial year 2023-24, a quarter 2025-26 Q2, a month 2025-01 or a date 2025-06-26';

export const values = table({
  columns: {
    metric: required('measure id'),
    area: required('area code'),
    period: period(ANY_PERIOD),
    value: maybeNumber('required'),
    source: required('source id'),
    numerator: maybeNumber(),
    denominator: maybeNumber(),
    lower: maybeNumber(),
    upper: maybeNumber(),
    status: oneOf(STATUSES, 'final'),
    note: text(),
    source_ref: text(),
    section: text(),
  },
  check: (r, c) => {
    if (c.raw('value') === '' && r.status !== undefined && r.status !== 'suppressed')
      c.fail(
        'value',
        'the value is empty',
        'write the figure, or write "suppressed" in the status column if it is withheld',
      );
    if (r.value !== undefined && r.status === 'suppressed')
      c.fail(
        'value',
        'a suppressed figure must not be published',
        'leave the value empty, or change the status',
      );
  },
  row: (r, line, drop: string): Observation => ({
    metric: r.metric,
    area: r.area,
    period: r.period,
    value: r.value,
    numerator: r.numerator,
    denominator: r.denominator,
    lower: r.lower,
    upper: r.upper,
    status: r.status,
    source: r.source,
    drop,
    note: r.note,
    section: r.section,
    sourceRef: r.source_ref,
    line,
  }),
});

export const targets = table({
  columns: {
    metric: required('measure id'),
    area: required('area code'),
    date: date(),
    value: maybeNumber('required'),
    kind: oneOf(TARGET_KINDS),
    source: required('source id'),
    operator: maybeOneOf(OPERATORS),
    outcome: text(),
    section: text(),
    source_ref: text(),
    note: text(),
    proxy: text(),
  },
  check: (r, c) => {
    if (r.kind === 'target' && r.value !== undefined && c.text('operator') === '')
      c.fail(
        'operator',
        'a target needs to say which way it counts',
        `write one of: ${OPERATORS.join(', ')}`,
      );
    if (c.raw('value') === '' && c.text('note') === '')
      c.fail(
        'value',
        'the value is empty',
        'write the figure, or explain in the note column why the target has no number',
      );
  },
  row: (r, line): Target => ({
    metric: r.metric,
    area: r.area,
    date: r.date,
    value: r.value,
    kind: r.kind,
    operator: r.operator,
    source: r.source,
    outcome: r.outcome,
    section: r.section,
    sourceRef: r.source_ref,
    note: r.note,
    proxy: r.proxy,
    line,
  }),
});

export const commentary = table({
  columns: { metric: required('measure id'), comment: required('comment'), owner: text() },
  row: (r, line, drop: string): Commentary => ({
    drop,
    metric: r.metric,
    comment: r.comment,
    owner: r.owner,
    line,
  }),
});
