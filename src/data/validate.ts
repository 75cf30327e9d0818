import { periodFits, periodFormatsFor } from './period';
import type { Problem } from './problem';
import { DATA_FILES, type DataSet } from './dataset';
import { dropNameProblems, latestFigures } from './dropRules';
import type { Metric, Observation } from './types';

/** Scale between numerator/denominator and the published value, by unit; undefined where a ratio of the two means nothing. */
const SCALE: Partial<Record<Metric['unit'], number>> = {
  percent: 100,
  'rate per 100,000': 100_000,
  ratio: 1,
};

/** Units that cannot be below zero. */
const NOT_NEGATIVE = new Set<Metric['unit']>([
  'count',
  'days',
  'weeks',
  'months',
  'rate per 100,000',
]);

function decimalsWritten(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

function nearest<T extends string>(word: string, known: Iterable<T>): string {
  let best: T | undefined;
  let score = 0;
  for (const k of known) {
    const shared = [...new Set(word.split('-'))].filter((w) => k.split('-').includes(w)).length;
    if (shared > score) [best, score] = [k, shared];
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

/** Checks a value against its measure's unit: percentages 0-100, no negative counts, days or rates. */
function rangeProblem(value: number, metric: Metric): { message: string; fix: string } | undefined {
  if (metric.unit === 'percent' && (value < 0 || value > 100)) {
    return {
      message: `${value} is outside 0-100 but "${metric.id}" is a percentage`,
      fix: 'check the figure; write percentages from 0 to 100, not as fractions',
    };
  }
  if (NOT_NEGATIVE.has(metric.unit) && value < 0) {
    return {
      message: `${value} is negative but "${metric.id}" is ${metric.unit === 'count' ? 'a count' : `measured in ${metric.unit}`}`,
      fix: 'check the figure: it cannot be below zero',
    };
  }
  if (metric.unit === 'cqc-score' && !(Number.isInteger(value) && value >= 1 && value <= 4))
    return {
      message: `${value} is not a CQC score but "${metric.id}" is one`,
      fix: 'write the score CQC gave: a whole number from 1 (significant shortfalls) to 4 (exceptional)',
    };
  if (metric.unit === 'count' && !Number.isInteger(value))
    return {
      message: `${value} is not a whole number but "${metric.id}" is a count`,
      fix: 'check the figure',
    };
  return undefined;
}

interface Known {
  metrics: Map<string, Metric>;
  areas: Set<string>;
  sources: Set<string>;
}

function checkObservation(
  o: Observation,
  file: string,
  { metrics, areas, sources }: Known,
  problems: Problem[],
): void {
  const at = (column: string, message: string, fix: string) =>
    problems.push({ file, line: o.line, column, message, fix });
  const metric = metrics.get(o.metric);
  if (!metric)
    at(
      'metric',
      `"${o.metric}" is not a measure in ${DATA_FILES.metrics}${nearest(o.metric, metrics.keys())}`,
      `correct the id, or add the measure to ${DATA_FILES.metrics}`,
    );
  if (!areas.has(o.area))
    at(
      'area',
      `"${o.area}" is not an area in ${DATA_FILES.areas}`,
      `correct the ONS code, or add the area to ${DATA_FILES.areas}`,
    );
  if (!sources.has(o.source))
    at(
      'source',
      `"${o.source}" is not a source in ${DATA_FILES.sources}`,
      `correct the source id, or add the publication to ${DATA_FILES.sources}`,
    );
  if (!metric) return;
  if (!periodFits(o.period, metric.frequency)) {
    at(
      'period',
      `"${o.period.label}" does not fit "${metric.id}", which is ${metric.frequency}`,
      `write ${periodFormatsFor(metric.frequency)}`,
    );
  }
  if (o.value !== undefined) {
    const r = rangeProblem(o.value, metric);
    if (r) at('value', r.message, r.fix);
    if (o.lower !== undefined && o.lower > o.value)
      at(
        'lower',
        `the lower confidence limit ${o.lower} is above the value ${o.value}`,
        'check the limits: lower ≤ value ≤ upper',
      );
    if (o.upper !== undefined && o.upper < o.value)
      at(
        'upper',
        `the upper confidence limit ${o.upper} is below the value ${o.value}`,
        'check the limits: lower ≤ value ≤ upper',
      );
  }
  for (const column of ['numerator', 'denominator'] as const) {
    const n = o[column];
    if (n !== undefined && n < 0) at(column, `the ${column} ${n} is negative`, 'check the figure');
  }
  const { numerator: n, denominator: d } = o;
  if ((n === undefined) !== (d === undefined)) {
    at(
      n === undefined ? 'numerator' : 'denominator',
      'a numerator needs a denominator, and the other way round',
      'fill in both or neither',
    );
  } else if (n !== undefined && d !== undefined) {
    const scale = SCALE[metric.unit];
    if (d === 0)
      at('denominator', 'the denominator is 0', 'check the figure: nothing can be divided by zero');
    else if (metric.unit === 'percent' && n > d)
      at(
        'numerator',
        `the numerator ${n} is larger than the denominator ${d}`,
        'check the figures: a percentage counts part of a whole',
      );
    else if (scale !== undefined && o.value !== undefined) {
      const expected = (scale * n) / d;
      const tolerance = 0.5 * 10 ** -decimalsWritten(o.value) + 1e-9;
      if (Math.abs(expected - o.value) > tolerance) {
        at(
          'value',
          `${o.value} does not match numerator ÷ denominator (${n} ÷ ${d}${scale === 1 ? '' : ` × ${scale.toLocaleString('en-GB')}`} = ${expected.toFixed(2)})`,
          'check the value, numerator and denominator',
        );
      }
    }
  }
}

/** Cross-checks a parsed data folder: every reference resolves, every figure fits its measure. */
export function validateDataSet(data: DataSet): Problem[] {
  const problems: Problem[] = [];
  const metrics = new Map<string, Metric>();
  const areas = new Set(data.areas.map((a) => a.code));
  const sources = new Set(data.sources.map((s) => s.id));
  const push = (file: string, line: number, column: string, message: string, fix: string) =>
    problems.push({ file, line, column, message, fix });

  for (const m of data.metrics) {
    metrics.set(m.id, m);
    if (!sources.has(m.source))
      push(
        DATA_FILES.metrics,
        m.line,
        'source',
        `"${m.source}" is not a source in ${DATA_FILES.sources}`,
        'correct the source id, or add the publication to sources.csv',
      );
  }
  for (const m of data.metrics) {
    const inYear = m.inYear === undefined ? undefined : metrics.get(m.inYear);
    if (
      m.inYear !== undefined &&
      (!inYear || inYear.frequency === 'annual' || inYear.frequency === 'biennial')
    )
      push(
        DATA_FILES.metrics,
        m.line,
        'in_year',
        inYear
          ? `"${m.inYear}" is ${inYear.frequency}, not an in-year measure`
          : `"${m.inYear}" is not a measure in ${DATA_FILES.metrics}`,
        'write the id of the quarterly, monthly or point-in-time measure that holds the position during the year, or leave it empty',
      );
  }
  const site = data.site;
  if (!areas.has(site.authority.code))
    push(
      DATA_FILES.site,
      0,
      'authority.code',
      `the authority ${site.authority.code} is not in ${DATA_FILES.areas}`,
      'add it',
    );
  for (const g of site.groups) {
    if (!sources.has(g.source))
      push(
        DATA_FILES.site,
        0,
        `groups.${g.id}.source`,
        `"${g.source}" is not a source in ${DATA_FILES.sources}`,
        'correct the source id',
      );
    for (const m of g.members)
      if (!areas.has(m))
        push(
          DATA_FILES.site,
          0,
          `groups.${g.id}.members`,
          `${m} is not an area in ${DATA_FILES.areas}`,
          'add it or correct the code',
        );
  }
  for (const b of site.benchmarks)
    if (!areas.has(b.code))
      push(
        DATA_FILES.site,
        0,
        'benchmarks',
        `${b.code} is not an area in ${DATA_FILES.areas}`,
        'add it or correct the code',
      );

  const byDrop = new Map<string, Observation[]>();
  for (const o of data.observations) {
    const list = byDrop.get(o.drop);
    if (list) list.push(o);
    else byDrop.set(o.drop, [o]);
  }
  for (const drop of data.drops) {
    const file = DATA_FILES.values(drop.id);
    const rows = byDrop.get(drop.id) ?? [];
    const seen = new Map<string, number>();
    for (const o of rows) {
      checkObservation(o, file, { metrics, areas, sources }, problems);
      const key = `${o.metric}|${o.area}|${o.period.label}`;
      const first = seen.get(key);
      if (first !== undefined)
        push(
          file,
          o.line,
          '',
          `this repeats ${o.metric} for ${o.area} in ${o.period.label}, already given on line ${first}`,
          'delete one of the two rows',
        );
      else seen.set(key, o.line);
    }
  }
  problems.push(...dropNameProblems(data.drops, latestFigures(data.observations)));
  for (const t of data.targets) {
    const at = (column: string, message: string, fix: string) =>
      push(DATA_FILES.targets, t.line, column, message, fix);
    const metric = metrics.get(t.metric);
    if (!metric)
      at(
        'metric',
        `"${t.metric}" is not a measure in ${DATA_FILES.metrics}${nearest(t.metric, metrics.keys())}`,
        `correct the id, or add the measure to ${DATA_FILES.metrics}`,
      );
    if (!areas.has(t.area))
      at('area', `"${t.area}" is not an area in ${DATA_FILES.areas}`, 'correct the ONS code');
    if (!sources.has(t.source))
      at(
        'source',
        `"${t.source}" is not a source in ${DATA_FILES.sources}`,
        'correct the source id',
      );
    if (metric && t.value !== undefined) {
      const r = rangeProblem(t.value, metric);
      if (r) at('value', r.message, r.fix);
    }
  }
  const known = (file: string, line: number, column: string, id: string) => {
    if (!metrics.has(id))
      push(
        file,
        line,
        column,
        `"${id}" is not a measure in ${DATA_FILES.metrics}${nearest(id, metrics.keys())}`,
        'correct the id',
      );
  };
  for (const o of data.outcomes) {
    for (const m of o.measures) known(DATA_FILES.outcomes, o.line, 'measures', m);
    if (!sources.has(o.source))
      push(
        DATA_FILES.outcomes,
        o.line,
        'source',
        `"${o.source}" is not a source in ${DATA_FILES.sources}`,
        'correct the source id',
      );
  }
  for (const q of data.questions) {
    if (q.metric) known(DATA_FILES.questions, q.line, 'metric', q.metric);
    if (!sources.has(q.source))
      push(
        DATA_FILES.questions,
        q.line,
        'source',
        `"${q.source}" is not a source in ${DATA_FILES.sources}`,
        'correct the source id',
      );
  }
  for (const c of data.commentary) known(DATA_FILES.commentary(c.drop), c.line, 'metric', c.metric);
  for (const e of data.events) {
    for (const m of e.metrics)
      if (!metrics.has(m))
        push(
          DATA_FILES.events,
          e.line,
          'metrics',
          `"${m}" is not a measure in ${DATA_FILES.metrics}`,
          'correct the id',
        );
    if (!sources.has(e.source))
      push(
        DATA_FILES.events,
        e.line,
        'source',
        `"${e.source}" is not a source in ${DATA_FILES.sources}`,
        'correct the source id',
      );
  }
  return problems;
}
