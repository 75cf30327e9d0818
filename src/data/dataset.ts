import type {
  Area,
  Commentary,
  DataEvent,
  Drop,
  Metric,
  Observation,
  Outcome,
  Question,
  Site,
  Source,
  Target,
} from './types.ts';

/** Everything one data folder holds, parsed. */
export interface DataSet {
  site: Site;
  metrics: Metric[];
  areas: Area[];
  sources: Source[];
  /** In publication order, earliest first. */
  drops: Drop[];
  /** Every row of every drop, in drop order. */
  observations: Observation[];
  targets: Target[];
  events: DataEvent[];
  outcomes: Outcome[];
  questions: Question[];
  commentary: Commentary[];
}

/**
 * A data folder as read, whether or not its site.json could be: the cross-file checks need no more.
 */
export type DataFolder = Omit<DataSet, 'site'> & { site: Site | undefined };

/** The files of a data folder, relative to it. */
export const DATA_FILES = {
  site: 'site.json',
  metrics: 'metrics.csv',
  areas: 'areas.csv',
  sources: 'sources.csv',
  drops: 'drops.csv',
  targets: 'targets.csv',
  events: 'events.csv',
  outcomes: 'outcomes.csv',
  questions: 'questions.csv',
  values: (drop: string) => `drops/${drop}/values.csv`,
  commentary: (drop: string) => `drops/${drop}/commentary.csv`,
} as const;
