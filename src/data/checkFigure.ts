/**
 * The checks on one figure: its references resolve, its period fits, its value fits its measure.
 */
import { periodFits, periodFormatsFor } from './period';
import type { Problem } from './problem';
import { DATA_FILES } from './dataset';
import { UNIT_RULES, type Metric, type Observation, type Unit } from './types';

/** Scale between numerator/denominator and the published value, by unit (see UNIT_RULES). */
const SCALE = new Map<Unit, number>(
  UNIT_RULES.flatMap((r) => ('scale' in r ? [[r.unit, r.scale] as const] : [])),
);

/** Units that cannot be below zero. */
const AT_LEAST_ZERO = new Set<Unit>(
  UNIT_RULES.flatMap((r) => ('atLeastZero' in r ? [r.unit] : [])),
);

function decimalsWritten(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** A source id that sources.csv does not list, in any file that cites one. */
export function unknownSource(file: string, line: number, column: string, id: string): Problem {
  return {
    file,
    line,
    column,
    message: `"${id}" is not a source in ${DATA_FILES.sources}`,
    fix: `correct the source id, or add the publication to ${DATA_FILES.sources}`,
  };
}

/** " (did you mean …?)" naming the known id sharing most hyphenated words, or nothing. */
export function nearest<T extends string>(word: string, known: Iterable<T>): string {
  // "Outcome 1" and "outcome_1" are read as outcome-1: ids are lower case, words joined by hyphens.
  const words = new Set(word.toLowerCase().split(/[^a-z0-9]+/));
  let best: T | undefined;
  let score = 0;
  for (const k of known) {
    const parts = k.split('-');
    const shared = [...words].filter((w) => parts.includes(w)).length;
    const exact = parts.length === words.size && shared === parts.length;
    if (exact) return ` (did you mean "${k}"?)`;
    if (shared > score) [best, score] = [k, shared];
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

/**
 * Checks a value against its measure's unit: percentages 0-100, no negative counts, days or rates.
 */
export function rangeProblem(
  value: number,
  metric: Metric,
): { message: string; fix: string } | undefined {
  if (metric.unit === 'percent' && (value < 0 || value > 100)) {
    return {
      message: `${value} is outside 0-100 but "${metric.id}" is a percentage`,
      fix: 'check the figure; write percentages from 0 to 100, not as fractions',
    };
  }
  if (AT_LEAST_ZERO.has(metric.unit) && value < 0) {
    return {
      message:
        `${value} is negative but "${metric.id}" is ` +
        `${metric.unit === 'count' ? 'a count' : `measured in ${metric.unit}`}`,
      fix: 'check the figure: it cannot be below zero',
    };
  }
  if (metric.unit === 'cqc-score' && !(Number.isInteger(value) && value >= 1 && value <= 4))
    return {
      message: `${value} is not a CQC score but "${metric.id}" is one`,
      fix:
        'write the score CQC gave: a whole number from 1 (significant shortfalls) to 4 ' +
        '(exceptional)',
    };
  if (metric.unit === 'count' && !Number.isInteger(value))
    return {
      message: `${value} is not a whole number but "${metric.id}" is a count`,
      fix: 'check the figure',
    };
  return undefined;
}

export interface Known {
  metrics: Map<string, Metric>;
  areas: Set<string>;
  sources: Set<string>;
}

/** Adds one problem (a function, not a closure made for each of a million rows). */
function add(
  problems: Problem[],
  file: string,
  line: number,
  column: string,
  message: string,
  fix: string,
): void {
  problems.push({ file, line, column, message, fix });
}

/** Checks one row of a values.csv, adding a problem for each thing wrong with it. */
export function checkObservation(
  o: Observation,
  file: string,
  { metrics, areas, sources }: Known,
  problems: Problem[],
): void {
  const metric = metrics.get(o.metric);
  if (!metric)
    add(
      problems,
      file,
      o.line,
      'metric',
      `"${o.metric}" is not a measure in ${DATA_FILES.metrics}${nearest(o.metric, metrics.keys())}`,
      `correct the id, or add the measure to ${DATA_FILES.metrics}`,
    );
  if (!areas.has(o.area))
    add(
      problems,
      file,
      o.line,
      'area',
      `"${o.area}" is not an area in ${DATA_FILES.areas}`,
      `correct the ONS code, or add the area to ${DATA_FILES.areas}`,
    );
  if (!sources.has(o.source)) problems.push(unknownSource(file, o.line, 'source', o.source));
  if (!metric) return;
  if (!periodFits(o.period, metric.frequency)) {
    add(
      problems,
      file,
      o.line,
      'period',
      `"${o.period.label}" does not fit "${metric.id}", which is ${metric.frequency}`,
      `write ${periodFormatsFor(metric.frequency)}`,
    );
  }
  if (o.value !== undefined) {
    const r = rangeProblem(o.value, metric);
    if (r) add(problems, file, o.line, 'value', r.message, r.fix);
    if (o.lower !== undefined && o.lower > o.value)
      add(
        problems,
        file,
        o.line,
        'lower',
        `the lower confidence limit ${o.lower} is above the value ${o.value}`,
        'check the limits: lower ≤ value ≤ upper',
      );
    if (o.upper !== undefined && o.upper < o.value)
      add(
        problems,
        file,
        o.line,
        'upper',
        `the upper confidence limit ${o.upper} is below the value ${o.value}`,
        'check the limits: lower ≤ value ≤ upper',
      );
  }
  for (const column of ['numerator', 'denominator'] as const) {
    const n = o[column];
    if (n !== undefined && n < 0)
      add(problems, file, o.line, column, `the ${column} ${n} is negative`, 'check the figure');
  }
  const { numerator: n, denominator: d } = o;
  if ((n === undefined) !== (d === undefined)) {
    add(
      problems,
      file,
      o.line,
      n === undefined ? 'numerator' : 'denominator',
      'a numerator needs a denominator, and the other way round',
      'fill in both or neither',
    );
  } else if (n !== undefined && d !== undefined) {
    const scale = SCALE.get(metric.unit);
    if (d === 0)
      add(
        problems,
        file,
        o.line,
        'denominator',
        'the denominator is 0',
        'check the figure: nothing can be divided by zero',
      );
    else if (metric.unit === 'percent' && n > d)
      add(
        problems,
        file,
        o.line,
        'numerator',
        `the numerator ${n} is larger than the denominator ${d}`,
        'check the figures: a percentage counts part of a whole',
      );
    else if (scale !== undefined && o.value !== undefined) {
      const expected = (scale * n) / d;
      const tolerance = 0.5 * 10 ** -decimalsWritten(o.value) + 1e-9;
      if (Math.abs(expected - o.value) > tolerance) {
        add(
          problems,
          file,
          o.line,
          'value',
          `${o.value} does not match numerator ÷ denominator (${n} ÷ ` +
            `${d}${scale === 1 ? '' : ` × ${scale.toLocaleString('en-GB')}`} = ` +
            `${expected.toFixed(2)})`,
          'check the value, numerator and denominator',
        );
      }
    }
  }
}
