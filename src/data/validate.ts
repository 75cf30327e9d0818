import { append } from './append';
import { checkObservation, nearest, rangeProblem, unknownSource } from './checkFigure';
import { DATA_FILES, type DataFolder } from './dataset';
import { dropNameProblems, latestFigures } from './dropRules';
import { plausibilityProblems } from './plausibility';
import type { Problem } from './problem';
import type { Metric, Observation, Site } from './types';

export interface CheckOptions {
  /** Today, yyyy-mm-dd: figures for periods starting more than a year later are refused. */
  today?: string;
  /** Hears how far loadFolder has got, for a progress bar (see LoadProgress). */
  onProgress?: (p: LoadProgress) => void;
}

/**
 * How far a folder's check has got: `reading` a drop's figures (`rows` read so far, `done` of
 * `total` characters of `file`), then `checking` them all together.
 */
export type LoadProgress =
  | { step: 'reading'; file: string; rows: number; done: number; total: number }
  | { step: 'checking' };

/** A period that starts more than a year after today: no figure can have been published for it. */
function futureProblem(o: Observation, today: string, yearOn: string): Problem | undefined {
  if (o.period.start <= yearOn) return undefined;
  return {
    file: DATA_FILES.values(o.drop),
    line: o.line,
    column: 'period',
    message:
      `"${o.period.label}" starts on ${o.period.start}, more than a year after today ` +
      `(${today})`,
    fix: 'check the period: a figure is for a period that has begun',
  };
}

/** Cross-checks a parsed data folder: every reference resolves, every figure fits its measure. */
export function validateDataSet(data: DataFolder, { today }: CheckOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const metrics = new Map<string, Metric>();
  const areas = new Set(data.areas.map((a) => a.code));
  const sources = new Set(data.sources.map((s) => s.id));
  const push = (file: string, line: number, column: string, message: string, fix: string) =>
    problems.push({ file, line, column, message, fix });
  const source = (file: string, line: number, id: string) => {
    if (!sources.has(id)) problems.push(unknownSource(file, line, 'source', id));
  };

  for (const m of data.metrics) {
    metrics.set(m.id, m);
    source(DATA_FILES.metrics, m.line, m.source);
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
        'write the id of the quarterly, monthly or point-in-time measure that holds the ' +
          'position during the year, or leave it empty',
      );
  }
  if (data.site) append(problems, siteProblems(data.site, areas, sources));

  const byDrop = new Map<string, Observation[]>();
  for (const o of data.observations) {
    const list = byDrop.get(o.drop);
    if (list) list.push(o);
    else byDrop.set(o.drop, [o]);
  }
  // A year after today, yyyy-mm-dd: a period starting later is refused.
  const yearOn = today && `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  const references = { metrics, areas, sources };
  for (const drop of data.drops) {
    const file = DATA_FILES.values(drop.id);
    const rows = byDrop.get(drop.id) ?? [];
    // The line of each measure, area and period's first row, in maps nested by measure and area
    // (a key string built for every row costs more than the rest of the check on a million rows).
    const seen = new Map<string, Map<string, Map<string, number>>>();
    for (const o of rows) {
      checkObservation(o, file, references, problems);
      const future = today && yearOn ? futureProblem(o, today, yearOn) : undefined;
      if (future) problems.push(future);
      let byArea = seen.get(o.metric);
      if (!byArea) seen.set(o.metric, (byArea = new Map<string, Map<string, number>>()));
      let byPeriod = byArea.get(o.area);
      if (!byPeriod) byArea.set(o.area, (byPeriod = new Map<string, number>()));
      const first = byPeriod.get(o.period.label);
      if (first !== undefined)
        push(
          file,
          o.line,
          '',
          `this repeats ${o.metric} for ${o.area} in ${o.period.label}, already given on ` +
            `line ${first}`,
          'delete one of the two rows',
        );
      else byPeriod.set(o.period.label, o.line);
    }
  }
  append(problems, dropNameProblems(data.drops, latestFigures(data.observations)));
  const outcomes = new Set(data.outcomes.map((o) => o.id));
  const kinds = new Map(data.areas.map((a) => [a.code, a.kind]));
  append(
    problems,
    plausibilityProblems(data.observations, metrics, (code) => kinds.get(code)),
  );
  for (const t of data.targets) {
    const at = (column: string, message: string, fix: string) =>
      push(DATA_FILES.targets, t.line, column, message, fix);
    const metric = metrics.get(t.metric);
    if (!metric)
      at(
        'metric',
        `"${t.metric}" is not a measure in ` +
          `${DATA_FILES.metrics}${nearest(t.metric, metrics.keys())}`,
        `correct the id, or add the measure to ${DATA_FILES.metrics}`,
      );
    if (!areas.has(t.area))
      at('area', `"${t.area}" is not an area in ${DATA_FILES.areas}`, 'correct the ONS code');
    source(DATA_FILES.targets, t.line, t.source);
    if (metric && t.value !== undefined) {
      const r = rangeProblem(t.value, metric);
      if (r) at('value', r.message, r.fix);
    }
    // A target under an unknown outcome would vanish from the plan page without a word.
    if (t.outcome !== '' && !outcomes.has(t.outcome))
      at(
        'outcome',
        `"${t.outcome}" is not an outcome in ${DATA_FILES.outcomes}${nearest(t.outcome, outcomes)}`,
        `correct the outcome id, or add the outcome to ${DATA_FILES.outcomes}`,
      );
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
    source(DATA_FILES.outcomes, o.line, o.source);
  }
  for (const q of data.questions) {
    if (q.metric) known(DATA_FILES.questions, q.line, 'metric', q.metric);
    source(DATA_FILES.questions, q.line, q.source);
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
    source(DATA_FILES.events, e.line, e.source);
  }
  return problems;
}

/**
 * site.json's references: the authority, comparator members and benchmarks are areas; groups cite
 * sources.
 */
function siteProblems(site: Site, areas: Set<string>, sources: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const push = (file: string, line: number, column: string, message: string, fix: string) =>
    problems.push({ file, line, column, message, fix });
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
      problems.push(unknownSource(DATA_FILES.site, 0, `groups.${g.id}.source`, g.source));
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

  return problems;
}
