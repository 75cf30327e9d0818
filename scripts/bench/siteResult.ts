/** One benchmarked site's results, and the accessors the summary's tables share. */
import type { Fetched, FirstView } from './firstView';
import { loadKey, type SiteFigures } from './measureSite';
import type { Condition, PageKind } from './pageTiming';
import type { MeasureChoice } from './pickMeasure';
import { spread, type Spread } from './report';

export interface SiteResult {
  name: string;
  label: string;
  buildSeconds: number;
  /** Bytes of the built site's data/ folder. */
  dataBytes: number;
  measure: MeasureChoice | undefined;
  figures: SiteFigures | undefined;
  error: string | undefined;
}

export interface Meta {
  date: string;
  machine: string;
  code: string;
  prep: string[];
  totalSeconds: number;
}

export const loadSpread = (
  f: SiteFigures | undefined,
  kind: PageKind,
  rate: Condition,
  field: 'dom' | 'frame' | 'longestTask' | 'blocking' | 'fcp' | 'live' = 'dom',
): Spread | undefined =>
  spread(
    (f?.loads.get(loadKey(kind, rate)) ?? []).map((r) => r[field]).filter((v) => !Number.isNaN(v)),
  );
export const changeSpread = (
  f: SiteFigures | undefined,
  rate: number,
  field: 'dom' | 'frame' = 'dom',
): Spread | undefined => spread((f?.comparator.get(rate) ?? []).map((c) => c[field]));
export const scripts = (v: FirstView | undefined) =>
  (v?.files ?? []).filter((f) => f.kind === 'script');
export const data = (v: FirstView | undefined) => (v?.files ?? []).filter((f) => f.kind === 'data');
/** "12", or "12 (2 not found)" when optional files were asked for and the server answered 404. */
export const files = (list: Fetched[]) => {
  const missing = list.filter((f) => f.status === 404).length;
  return missing > 0 ? `${list.length} (${missing} not found)` : `${list.length}`;
};
export const rateWords = (rate: Condition) =>
  rate === 'slow-3g' ? 'slow 3G' : rate === 1 ? 'unthrottled' : `${rate}x CPU slowdown`;
