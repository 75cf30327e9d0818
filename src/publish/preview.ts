import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { DATA_FILES } from '../data/dataset';
import { overviewAreas } from '../data/overviewAreas';
import { commentaryQuery, dropsQuery, metricsQuery, siteQuery, valuesQuery } from '../data/queries';
import { parseCommentary, parseDrops, parseValues } from '../data/tables';
import type { DropFile } from './scaffoldDrop';

/** A drop being previewed on this computer only: never published. */
export interface Preview {
  drop: string;
}

/** Whether the dashboard is showing a preview; set only by startPreview. */
export const previewQuery = () =>
  queryOptions({
    queryKey: ['publish', 'preview'],
    queryFn: (): Preview | null => null,
    staleTime: Infinity,
    gcTime: Infinity,
  });

const fileText = (files: DropFile[], path: string): string =>
  files.find((f) => f.path === path)?.text ?? '';

/**
 * Shows the dashboard with a checked drop: the page's own query cache is given the new drops.csv
 * and the drop's figures, split the ways pages ask for them, so every page reads them through the
 * usual queries. Nothing is written anywhere; a reload shows the published site again.
 */
export function startPreview(client: QueryClient, drop: string, files: DropFile[]): void {
  const site = client.getQueryData(siteQuery().queryKey);
  const metrics = client.getQueryData(metricsQuery().queryKey) ?? [];
  const drops = parseDrops(fileText(files, DATA_FILES.drops), DATA_FILES.drops).rows;
  const values = parseValues(
    fileText(files, DATA_FILES.values(drop)),
    DATA_FILES.values(drop),
    drop,
  ).rows;
  const commentary = parseCommentary(
    fileText(files, DATA_FILES.commentary(drop)),
    DATA_FILES.commentary(drop),
    drop,
  ).rows;
  // Seeded data must stay for the whole visit, as fetched data does.
  client.setQueryDefaults(['data'], { staleTime: Infinity, gcTime: Infinity });
  client.setQueryData(dropsQuery().queryKey, drops);
  client.setQueryData(valuesQuery(drop).queryKey, values);
  const shown = site ? overviewAreas(site) : undefined;
  client.setQueryData(
    valuesQuery(drop, { kind: 'overview' }).queryKey,
    shown ? values.filter((o) => shown.has(o.area)) : values,
  );
  for (const m of metrics)
    client.setQueryData(
      valuesQuery(drop, { kind: 'measure', id: m.id }).queryKey,
      values.filter((o) => o.metric === m.id),
    );
  client.setQueryData(commentaryQuery(drop).queryKey, commentary);
  const preview: Preview = { drop };
  client.setQueryData(previewQuery().queryKey, preview);
}

/** Back to the published site: the seeded drop is forgotten and drops.csv read again. */
export async function endPreview(client: QueryClient, drop: string): Promise<void> {
  client.setQueryData(previewQuery().queryKey, null);
  client.removeQueries({
    predicate: (q) => {
      const file = q.queryKey[1];
      return typeof file === 'string' && (file.includes(`/${drop}/`) || file.endsWith(drop));
    },
  });
  await client.refetchQueries({ queryKey: dropsQuery().queryKey });
}
