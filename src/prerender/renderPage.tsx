/**
 * The build's server rendering: one page of the site as HTML, with the same components the browser
 * runs, and the data files it was rendered from (the browser loads exactly those before taking
 * over).
 * Built by Vite as a server bundle and run by scripts/build.ts; never loaded in the browser.
 */
import {
  QueryCache,
  QueryClient,
  type DefaultError,
  type Query,
  type QueryKey,
  type QueryOptions,
  type QueryState,
} from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { preloadPage } from '../App';
import { ServerLocation } from '../app/useRoute';
import { parseRoute } from '../routes';
import { TitleSink } from '../app/useTitle';
import { dataUrl, readDataWith, type TextReader } from '../data/queries';
import { renderSiteAt, siteRoot } from '../data/siteRoot';
import { PageShell } from './PageShell';

export interface RenderedPage {
  /** The content of the page's root element. */
  html: string;
  /** The page's title, as the browser tab shows it. */
  title: string;
  /** The data files the page shows, named as in the data folder, with their addresses. */
  files: { file: string; href: string }[];
}

/**
 * The query cache of every page the build renders, which records the queries each render asks for:
 * a data file is read and parsed once per build, and each page still names exactly the files it
 * shows.
 */
class TrackingCache extends QueryCache {
  readonly asked = new Set<string>();
  override build<
    TQueryFnData = unknown,
    TError = DefaultError,
    TData = TQueryFnData,
    TQueryKey extends QueryKey = QueryKey,
  >(
    client: QueryClient,
    options: QueryOptions<TQueryFnData, TError, TData, TQueryKey> & { queryKey: TQueryKey },
    state?: QueryState<TData, TError>,
  ): Query<TQueryFnData, TError, TData, TQueryKey> {
    const query = super.build(client, options, state);
    this.asked.add(query.queryHash);
    return query;
  }
}
const cache = new TrackingCache();
const client = new QueryClient({
  queryCache: cache,
  defaultOptions: { queries: { retry: false } },
});

/** The data file a query reads (its key is ['data', file]); '' for any other query. */
const fileOf = (q: Query): string => {
  const [kind, file] = q.queryKey;
  return kind === 'data' && typeof file === 'string' ? file : '';
};

async function html(client: QueryClient, path: string, today: string, sink: { title: string }) {
  const { prelude } = await prerender(
    <ServerLocation value={`${siteRoot()}${path}`}>
      <TitleSink value={(title) => (sink.title = title)}>
        <PageShell client={client} builtOn={today} />
      </TitleSink>
    </ServerLocation>,
    // Every part inline: a large part would otherwise be sent after the rest with a script to place
    // it.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}

let council: string | undefined;
/** The text of each data file as last read, to tell which files the next council has the same. */
const texts = new Map<string, string | undefined>();

/**
 * Moves the renderer to another council's folder. Much of a national build's data is the same for
 * every council (the national figures): a file whose text is unchanged keeps its parsed data (and
 * the figures folded from it); any other is forgotten, as is every query that is not a data file.
 */
async function moveTo(root: string, read: TextReader): Promise<void> {
  council = root;
  renderSiteAt(root);
  client.removeQueries({ predicate: (q) => fileOf(q) === '' });
  for (const [file, text] of texts) {
    if ((await read(file)) === text) continue;
    texts.delete(file);
    client.removeQueries({ queryKey: ['data', file], exact: true });
  }
}

/**
 * Renders the page at `path` (below the site's root) as of `today`. Each render reveals the files
 * the page asks for next (the drops once the drop list is known, a page's targets once it shows),
 * so it renders until it asks for nothing new. A file that fails to load or parse fails the build.
 * `root` is the council's folder in a national build (its pages are rendered one council at a
 * time):
 * the data read for one council is forgotten when the next begins.
 */
export async function renderPage(
  path: string,
  today: string,
  read: TextReader,
  root?: string,
): Promise<RenderedPage> {
  if (root !== undefined && root !== council) await moveTo(root, read);
  readDataWith(async (file) => {
    const text = await read(file);
    texts.set(file, text);
    return text;
  });
  await preloadPage(parseRoute(path));
  const sink = { title: '' };
  const tried = new Set<string>();
  for (;;) {
    cache.asked.clear();
    const page = await html(client, path, today, sink);
    const asked = [...cache.asked].flatMap((hash) => cache.get(hash) ?? []);
    const waiting = asked.filter(
      (q) => q.state.status === 'pending' && fileOf(q) !== '' && !tried.has(q.queryHash),
    );
    if (waiting.length === 0) {
      const files = asked
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
    for (const q of waiting) tried.add(q.queryHash);
    // A file that fails to load or parse rejects here, and the build fails with its message.
    await Promise.all(waiting.map((q) => q.fetch()));
  }
}
