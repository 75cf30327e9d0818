import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  areasQuery,
  dropsQuery,
  metricsQuery,
  siteQuery,
  sourcesQuery,
  valuesQuery,
} from '../data/queries';
import { knownScope, type FigureScope } from '../data/figureScope';
import type { Area, Drop, Metric, Site, Source } from '../data/types';
import { dropsUpTo, type Figure } from '../stats/figures';
import { foldFigures } from './foldFigures';

export interface SiteData {
  site: Site;
  metrics: Metric[];
  areas: Map<string, Area>;
  sources: Map<string, Source>;
  /** Every published drop, earliest first. */
  allDrops: Drop[];
  /** The drops this view shows: all of them, or those up to a snapshot. */
  drops: Drop[];
  figures: Figure[];
  byMetric: Map<string, Figure[]>;
}

export interface FailedFile {
  error: unknown;
  retry: () => void;
}

/**
 * Loads the site's core files and, for the drops up to `asOf`, the figures the page needs
 * (`scope`), folding them into the figures in force. A drop that fails to load is reported in
 * `failed` while the rest of the site keeps working.
 */
export function useSiteData(asOf: string | undefined, scope: FigureScope) {
  const site = useQuery(siteQuery());
  const metrics = useQuery(metricsQuery());
  const areas = useQuery(areasQuery());
  const sources = useQuery(sourcesQuery());
  const drops = useQuery(dropsQuery());
  // Figures are fetched once the drops and measures are known: an address naming no measure falls
  // back to the overview's.
  const shown = useMemo(
    () => (metrics.data ? dropsUpTo(drops.data ?? [], asOf) : []),
    [drops.data, metrics.data, asOf],
  );
  // No `combine`: combining would compare every figure deeply each time one drop arrives. The
  // figures are folded once below, keyed by when each drop's query last changed.
  const values = useQueries({
    queries: shown.map((d) => valuesQuery(d.id, knownScope(scope, metrics.data ?? []))),
  });
  const valuesKey = values.map((q) => `${q.status}:${q.dataUpdatedAt}`).join('|');
  const pending = values.some((q) => q.isPending);
  const failed = values
    .filter((q) => q.isError)
    .map((q): FailedFile => ({ error: q.error, retry: () => void q.refetch() }));
  const valueData = values.map((q) => q.data);

  const core = [site, metrics, areas, sources, drops];
  const coreError = core.find((q) => q.isError);
  const loading = core.some((q) => q.isPending) || pending;

  const data = useMemo((): SiteData | undefined => {
    if (!site.data || !metrics.data || !areas.data || !sources.data || !drops.data)
      return undefined;
    const { figures, byMetric } = foldFigures(
      valueData,
      shown.map((d) => d.id),
    );
    return {
      site: site.data,
      metrics: metrics.data,
      areas: new Map(areas.data.map((a) => [a.code, a])),
      sources: new Map(sources.data.map((s) => [s.id, s])),
      allDrops: drops.data,
      drops: shown,
      figures,
      byMetric,
    };
    // valuesKey changes whenever any drop's data does; valueData itself is a new array on every
    // render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [site.data, metrics.data, areas.data, sources.data, drops.data, shown, valuesKey]);

  return {
    data,
    loading,
    coreError: coreError?.error,
    retryCore: () => core.filter((q) => q.isError).forEach((q) => void q.refetch()),
    failed,
  };
}
