import type { Area, DataEvent, Drop, Metric, Observation, Site, Source, Target } from './types';

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
}

/** The files of a data folder, relative to it. */
export const DATA_FILES = {
  site: 'site.json',
  metrics: 'metrics.csv',
  areas: 'areas.csv',
  sources: 'sources.csv',
  drops: 'drops.csv',
  targets: 'targets.csv',
  events: 'events.csv',
  values: (drop: string) => `drops/${drop}/values.csv`,
} as const;
