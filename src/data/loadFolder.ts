import { append } from './append';
import { DATA_FILES, type DataSet } from './dataset';
import { fileProblem, type Problem } from './problem';
import { parseSite } from './site';
import { DROP_TABLES, FOLDER_TABLES, type FolderTable, type Parsed } from './tables';
import type { Commentary, Drop, Observation } from './types';
import { validateDataSet, type CheckOptions } from './validate';

/** Reads a file of the data folder as text; undefined when there is no such file. */
export type ReadText = (path: string) => Promise<string | undefined>;

function missing(file: string, what: string): Problem {
  return fileProblem(
    file,
    `the file is missing (${what})`,
    'add it: see data/README.md for its columns',
  );
}

/** Reads and checks a whole data folder with the same parsers the site uses. */
export async function loadFolder(
  read: ReadText,
  options: CheckOptions = {},
): Promise<{
  data: DataSet | undefined;
  problems: Problem[];
  /** The drops drops.csv lists, when it was read without a problem. */
  drops: Drop[] | undefined;
}> {
  const problems: Problem[] = [];
  async function table<T>(
    file: string,
    parse: (text: string, file: string) => Parsed<T>,
    what: string,
    optional = false,
  ): Promise<T[]> {
    const text = await read(file);
    if (text === undefined) {
      if (!optional) problems.push(missing(file, what));
      return [];
    }
    const parsed = parse(text, file);
    append(problems, parsed.problems);
    return parsed.rows;
  }
  const folderTable = <K extends FolderTable>(name: K, what: string, optional = false) =>
    table(DATA_FILES[name], FOLDER_TABLES[name], what, optional);
  const siteText = await read(DATA_FILES.site);
  const siteResult = siteText === undefined ? undefined : parseSite(siteText, DATA_FILES.site);
  if (siteText === undefined)
    problems.push(missing(DATA_FILES.site, 'the authority and its comparators'));
  else append(problems, siteResult?.problems ?? []);

  const metrics = await folderTable('metrics', 'the catalogue of measures');
  const areas = await folderTable('areas', 'the councils, regions and England');
  const sources = await folderTable('sources', 'the publications figures come from');
  const before = problems.length;
  const drops = await folderTable('drops', 'the list of quarterly drops');
  const dropsProblems = problems.length - before;
  const targets = await folderTable('targets', 'improvement-plan targets', true);
  const events = await folderTable('events', 'events', true);
  const outcomes = await folderTable('outcomes', 'improvement-plan outcomes', true);
  const questions = await folderTable('questions', 'questions for members', true);
  const observations: Observation[] = [];
  const commentary: Commentary[] = [];
  for (const drop of drops) {
    append(
      commentary,
      await table(
        DATA_FILES.commentary(drop.id),
        (text, file) => DROP_TABLES.commentary(text, file, drop.id),
        'commentary',
        true,
      ),
    );
    const file = DATA_FILES.values(drop.id);
    const text = await read(file);
    if (text === undefined) {
      problems.push(
        fileProblem(
          file,
          `drops.csv lists the drop ${drop.id} but it has no values.csv`,
          `create ${file}, or remove the drop from drops.csv`,
        ),
      );
      continue;
    }
    const parsed = DROP_TABLES.values(text, file, drop.id, (rows, done, total) =>
      options.onProgress?.({ step: 'reading', file, rows, done, total }),
    );
    append(problems, parsed.problems);
    if (parsed.rows.length === 0 && parsed.problems.length === 0) {
      problems.push(
        fileProblem(
          file,
          `the drop ${drop.id} has no figures`,
          'add its figures below the header row, or remove the drop from drops.csv',
        ),
      );
    }
    append(observations, parsed.rows);
  }
  const folder = {
    site: siteResult?.site,
    metrics,
    areas,
    sources,
    drops,
    observations,
    targets,
    events,
    outcomes,
    questions,
    commentary,
  };
  options.onProgress?.({ step: 'checking' });
  append(problems, validateDataSet(folder, options));
  // A broken site.json still lets every other file be checked, but there is no data set to show.
  const { site } = folder;
  const listed = dropsProblems === 0 ? drops : undefined;
  return { data: site ? { ...folder, site } : undefined, problems, drops: listed };
}
