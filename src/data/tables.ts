/**
 * Every CSV file of a data folder: its header and its parser, from the one schema per file declared
 * in tableCatalogue.ts, tableFigures.ts and tablePlan.ts and read by the one parse loop in
 * schema.ts.
 */
import type { RowProgress } from './csv.ts';
import { dropListProblems } from './dropRules.ts';
import { headerOf, parseTable, type Columns, type Parsed, type TableSpec } from './schema.ts';
import type { DataSet } from './dataset.ts';
import type { Commentary, Drop, Observation } from './types.ts';
import { areas, drops, metrics, sources } from './tableCatalogue.ts';
import { commentary, targets, values } from './tableFigures.ts';
import { events, outcomes, questions } from './tablePlan.ts';

export type { Parsed } from './schema.ts';
export { dropIdProblem } from './tableCatalogue.ts';

/** The header of every file, from its schema: required columns first, then optional ones. */
export const COLUMNS = {
  metrics: headerOf(metrics.columns),
  areas: headerOf(areas.columns),
  sources: headerOf(sources.columns),
  drops: headerOf(drops.columns),
  values: headerOf(values.columns),
  targets: headerOf(targets.columns),
  events: headerOf(events.columns),
  outcomes: headerOf(outcomes.columns),
  questions: headerOf(questions.columns),
  commentary: headerOf(commentary.columns),
};

/** Every column of a file in header order, for writing one. */
export function headerRow<K extends keyof typeof COLUMNS>(
  table: K,
): (typeof COLUMNS)[K]['required'][number][] {
  return [...COLUMNS[table].required, ...COLUMNS[table].optional];
}

/** A column name of values.csv. */
export type ValueColumn = keyof typeof values.columns;

/** A parser of a file whose rows need nothing beyond their text: the schema is all it knows. */
const reader =
  <S extends Columns, T>(spec: TableSpec<S, T>) =>
  (text: string, file: string): Parsed<T> =>
    parseTable(spec, text, file, undefined);

/** Reads metrics.csv, the catalogue of measures. */
export const parseMetrics = reader(metrics);
/** Reads areas.csv: every council, region and country a drop may name. */
export const parseAreas = reader(areas);
/** Reads sources.csv: the publications figures come from. */
export const parseSources = reader(sources);
/**
 * Reads drops.csv, held to the drop rules: its drops in publication order, earliest first, as
 * every reader of the folder takes them (even from a file listing them out of order, a problem).
 */
export function parseDrops(text: string, file: string): Parsed<Drop> {
  const parsed = reader(drops)(text, file);
  return {
    rows: [...parsed.rows].sort((a, b) => a.published.localeCompare(b.published)),
    problems: [...parsed.problems, ...dropListProblems(parsed.rows, file)],
  };
}
/**
 * Reads one drop's values.csv. Suppressed figures keep an empty value: never zero. `onRows` hears
 * how far it has got every few thousand rows (the Publish page's progress bar).
 */
export const parseValues = (
  text: string,
  file: string,
  drop: string,
  onRows?: RowProgress,
): Parsed<Observation> => parseTable(values, text, file, drop, onRows);
/** Reads targets.csv: improvement-plan baselines, milestones and targets. */
export const parseTargets = reader(targets);
/** Reads events.csv: dated events that explain the figures (a cyber incident, an inspection). */
export const parseEvents = reader(events);
/** Reads outcomes.csv: the improvement plan's outcomes and the measures that track them. */
export const parseOutcomes = reader(outcomes);
/** Reads questions.csv: questions for members and the picture each one fits. */
export const parseQuestions = reader(questions);
/** Reads a drop's commentary.csv: an officer's note per measure, and who owns the action. */
export const parseCommentary = (text: string, file: string, drop: string): Parsed<Commentary> =>
  parseTable(commentary, text, file, drop);

/** The files that are one table for the whole folder, named as in DATA_FILES (not a drop's). */
export type FolderTable =
  'metrics' | 'areas' | 'sources' | 'drops' | 'targets' | 'events' | 'outcomes' | 'questions';

/** The parser of each such file: the check of a folder and the site's queries read them alike. */
export const FOLDER_TABLES: {
  [K in FolderTable]: (text: string, file: string) => Parsed<DataSet[K][number]>;
} = {
  metrics: parseMetrics,
  areas: parseAreas,
  sources: parseSources,
  drops: parseDrops,
  targets: parseTargets,
  events: parseEvents,
  outcomes: parseOutcomes,
  questions: parseQuestions,
};

/** The parser of each file of a drop (DATA_FILES.values(drop), .commentary(drop)), given it. */
export const DROP_TABLES = { values: parseValues, commentary: parseCommentary } as const;
