import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { areasQuery, dropsQuery, metricsQuery, siteQuery, sourcesQuery, valuesQuery } from '../data/queries';
import type { Area, Drop, Metric, Site, Source } from '../data/types';
import { currentFigures, dropsUpTo, type Figure } from '../stats/figures';

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
 * Loads the site's core files and the drops up to `asOf`, folding them into the figures in force.
 * A drop that fails to load is reported in `failed` while the rest of the site keeps working.
 */
export function useSiteData(asOf: string | undefined) {
  const site = useQuery(siteQuery());
  const metrics = useQuery(metricsQuery());
  const areas = useQuery(areasQuery());
  const sources = useQuery(sourcesQuery());
  const drops = useQuery(dropsQuery());
  const shown = useMemo(() => dropsUpTo(drops.data ?? [], asOf), [drops.data, asOf]);
  const values = useQueries({
    queries: shown.map((d) => valuesQuery(d.id)),
    combine: (results) => ({
      observations: results.flatMap((r) => r.data ?? []),
      pending: results.some((r) => r.isPending),
      failed: results.filter((r) => r.isError).map((r): FailedFile => ({ error: r.error, retry: () => void r.refetch() })),
    }),
  });

  const core = [site, metrics, areas, sources, drops];
  const coreError = core.find((q) => q.isError);
  const loading = core.some((q) => q.isPending) || values.pending;

  const data = useMemo((): SiteData | undefined => {
    if (!site.data || !metrics.data || !areas.data || !sources.data || !drops.data) return undefined;
    const figures = currentFigures(values.observations, shown.map((d) => d.id));
    const byMetric = new Map<string, Figure[]>();
    for (const f of figures) byMetric.set(f.metric, [...(byMetric.get(f.metric) ?? []), f]);
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
  }, [site.data, metrics.data, areas.data, sources.data, drops.data, shown, values.observations]);

  return {
    data,
    loading,
    coreError: coreError?.error,
    retryCore: () => core.filter((q) => q.isError).forEach((q) => void q.refetch()),
    failed: values.failed,
  };
}
