/**
 * The build's server rendering: one page of the site as HTML, with the same components the browser
 * runs, and the data files it was rendered from (the browser loads exactly those before taking over).
 * Built by Vite as a server bundle and run by scripts/build.ts; never loaded in the browser.
 */
import { QueryClient, type Query } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { preloadPage } from '../App';
import { ServerLocation } from '../app/useRoute';
import { parseRoute } from '../routes';
import { TitleSink } from '../app/useTitle';
import { dataUrl, readDataWith, type TextReader } from '../data/queries';
import { siteRoot } from '../data/siteRoot';
import { PageShell } from './PageShell';

export interface RenderedPage {
  /** The content of the page's root element. */
  html: string;
  /** The page's title, as the browser tab shows it. */
  title: string;
  /** The data files the page shows, named as in the data folder, with their addresses. */
  files: { file: string; href: string }[];
}

/** Parsed data files, shared between pages so each file is parsed once per build. */
export type ParsedFiles = Map<string, unknown>;

const fileOf = (q: Query): string => {
  const file = q.queryKey[1];
  return typeof file === 'string' ? file : '';
};

async function html(client: QueryClient, path: string, today: string, sink: { title: string }) {
  const { prelude } = await prerender(
    <ServerLocation value={`${siteRoot()}${path}`}>
      <TitleSink value={(title) => (sink.title = title)}>
        <PageShell client={client} builtOn={today} />
      </TitleSink>
    </ServerLocation>,
    // Every part inline: a large part would otherwise be sent after the rest with a script to place it.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}

/**
 * Renders the page at `path` (below the site's base) as of `today`. Each render reveals the files
 * the page asks for next (the drops once the drop list is known, a page's targets once it shows), so it
 * renders until it asks for nothing new. A file that fails to load or parse fails the build.
 */
export async function renderPage(
  path: string,
  today: string,
  read: TextReader,
  parsed: ParsedFiles,
): Promise<RenderedPage> {
  readDataWith(read);
  await preloadPage(parseRoute(path));
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const sink = { title: '' };
  const tried = new Set<string>();
  for (;;) {
    const page = await html(client, path, today, sink);
    const waiting = client
      .getQueryCache()
      .getAll()
      .filter((q) => q.state.status === 'pending' && !tried.has(q.queryHash) && fileOf(q));
    if (waiting.length === 0) {
      const files = client
        .getQueryCache()
        .getAll()
        .filter((q) => q.state.status === 'success')
        .map(fileOf)
        .filter((f) => f !== '')
        .sort();
      return {
        html: page,
        title: sink.title,
        files: files.map((file) => ({ file, href: dataUrl(file) })),
      };
    }
    await Promise.all(
      waiting.map(async (q) => {
        tried.add(q.queryHash);
        if (parsed.has(q.queryHash)) client.setQueryData(q.queryKey, parsed.get(q.queryHash));
        else parsed.set(q.queryHash, await q.fetch());
      }),
    );
    const failed = client
      .getQueryCache()
      .getAll()
      .find((q) => q.state.status === 'error');
    const error = failed?.state.error;
    if (error) throw error instanceof Error ? error : new Error(String(error));
  }
}
