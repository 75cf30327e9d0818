import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { DATA_FILES } from './dataset';
import { scopeOfFile, scopedValuesFile, type FigureScope } from './figureScope';
import { formatProblem, type Problem } from './problem';
import { parseSite } from './site';
import { siteRoot } from './siteRoot';
import { DROP_TABLES, FOLDER_TABLES, type FolderTable, type Parsed } from './tables';

/** A data file that could not be fetched or did not pass its schema. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'DataFileError';
  }
}

/**
 * The address of one of the data files: in the council's own data folder, beside its pages, which a
 * national build puts under the shared base.
 */
export const dataUrl = (file: string) => `${siteRoot()}data/${file}`;

/**
 * Reads a data file's text, or undefined where there is none; the build reads from its own folder.
 */
export type TextReader = (file: string) => Promise<string | undefined>;
let reader: TextReader | undefined;

/**
 * Makes every query read its file with `read` instead of fetching it (the build's pre-rendering).
 */
export function readDataWith(read: TextReader): void {
  reader = read;
}

/**
 * A data file's text. The build publishes every file a page asks for (an optional file the folder
 * lacks is published empty), so any failure, a 404 included, is an error the page shows: never
 * read as "none".
 */
async function fetchText(file: string): Promise<string> {
  if (reader) {
    const text = await reader(file);
    if (text === undefined)
      throw new DataFileError(file, `${file} is missing from the built site.`);
    return text;
  }
  let res: Response;
  try {
    res = await fetch(dataUrl(file));
  } catch {
    throw new DataFileError(file, `${file} could not be loaded: the connection failed.`);
  }
  if (!res.ok)
    throw new DataFileError(
      file,
      `${file} could not be loaded (the server answered ${res.status}).`,
    );
  return res.text();
}

function checked<T>(file: string, parsed: Parsed<T>): T[] {
  if (parsed.problems.length > 0) {
    throw new DataFileError(
      file,
      `${file} has ${parsed.problems.length} problem(s): ` +
        `${parsed.problems.slice(0, 3).map(formatProblem).join('; ')}`,
      parsed.problems,
    );
  }
  return parsed.rows;
}

async function table<T>(
  file: string,
  parse: (text: string, file: string) => Parsed<T>,
): Promise<T[]> {
  return checked(file, parse(await fetchText(file), file));
}

// The data changes only when a new drop is published and the site rebuilt: never refetch in a
// session.
const forever = { staleTime: Infinity, gcTime: Infinity, retry: 1 } as const;

export const siteQuery = () =>
  queryOptions({
    queryKey: ['data', DATA_FILES.site],
    queryFn: async () => {
      const text = await fetchText(DATA_FILES.site);
      const { site, problems } = parseSite(text, DATA_FILES.site);
      if (!site)
        throw new DataFileError(
          DATA_FILES.site,
          `${DATA_FILES.site} could not be read: ${problems.map(formatProblem).join('; ')}`,
          problems,
        );
      return site;
    },
    ...forever,
  });

/** The query of a file that is one table for the whole folder. */
const folderQuery = <K extends FolderTable>(name: K) =>
  queryOptions({
    queryKey: ['data', DATA_FILES[name]],
    queryFn: () => table(DATA_FILES[name], FOLDER_TABLES[name]),
    ...forever,
  });

export const metricsQuery = () => folderQuery('metrics');
export const areasQuery = () => folderQuery('areas');
export const sourcesQuery = () => folderQuery('sources');
export const targetsQuery = () => folderQuery('targets');
export const eventsQuery = () => folderQuery('events');
export const outcomesQuery = () => folderQuery('outcomes');
export const questionsQuery = () => folderQuery('questions');

/** The drops, in publication order. */
export const dropsQuery = () => folderQuery('drops');

export const valuesQuery = (drop: string, scope: FigureScope = { kind: 'all' }) => {
  const file = scopedValuesFile(drop, scope);
  return queryOptions({
    queryKey: ['data', file],
    queryFn: () => table(file, (text, name) => DROP_TABLES.values(text, name, drop)),
    ...forever,
  });
};

/** Officers' commentary published with a drop; a drop without any is simply empty. */
export const commentaryQuery = (drop: string) =>
  queryOptions({
    queryKey: ['data', DATA_FILES.commentary(drop)],
    queryFn: () =>
      table(DATA_FILES.commentary(drop), (text, file) => DROP_TABLES.commentary(text, file, drop)),
    ...forever,
  });

/**
 * Loads one data file, named as in the cache (`['data', file]`), into the cache, so a page the
 * build pre-rendered can be taken over with the same figures. A file this site does not publish is
 * ignored.
 */
export function prefetchFile(client: QueryClient, file: string): Promise<void> {
  const plain: Record<string, () => Promise<void>> = {
    [DATA_FILES.site]: () => client.prefetchQuery(siteQuery()),
    [DATA_FILES.metrics]: () => client.prefetchQuery(metricsQuery()),
    [DATA_FILES.areas]: () => client.prefetchQuery(areasQuery()),
    [DATA_FILES.sources]: () => client.prefetchQuery(sourcesQuery()),
    [DATA_FILES.drops]: () => client.prefetchQuery(dropsQuery()),
    [DATA_FILES.targets]: () => client.prefetchQuery(targetsQuery()),
    [DATA_FILES.events]: () => client.prefetchQuery(eventsQuery()),
    [DATA_FILES.outcomes]: () => client.prefetchQuery(outcomesQuery()),
    [DATA_FILES.questions]: () => client.prefetchQuery(questionsQuery()),
  };
  const load = plain[file];
  if (load) return load();
  const figures = scopeOfFile(file);
  if (figures) return client.prefetchQuery(valuesQuery(figures.drop, figures.scope));
  const [top, drop, name, ...more] = file.split('/');
  if (top === 'drops' && drop && name === 'commentary.csv' && more.length === 0)
    return client.prefetchQuery(commentaryQuery(drop));
  return Promise.resolve();
}
