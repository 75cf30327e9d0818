/**
 * One council's data folder in the national build, without importing the national figures again:
 * every file but two is the same for every council, so a council's folder is the shared one with
 * its own site.json and sources.csv, written exactly as `import:real-data --authority` writes them
 * (a test compares the two), and checked by the same schema and cross-checks as `check-data`.
 */
import type { DataSet } from '../../src/data/dataset';
import { DATA_FILES } from '../../src/data/dataset';
import type { Problem } from '../../src/data/problem';
import { parseSite } from '../../src/data/site';
import { headerRow, parseSources } from '../../src/data/tables';
import { validateDataSet } from '../../src/data/validate';
import { councilSite } from './councilConfig';
import { csvText, readCsvFile } from './csvFile';
import type { Council, NationalAreas } from './nationalAreas';

export interface CouncilFolder {
  data: DataSet;
  /** The files that differ from the shared folder, by their path in the data folder. */
  files: Map<string, string>;
  problems: Problem[];
}

export function councilFolder(
  council: Council,
  national: NationalAreas,
  shared: DataSet,
  sourcesFile: string,
): CouncilFolder {
  const siteJson = `${JSON.stringify(councilSite(council, national), null, 2)}\n`;
  const { site, problems } = parseSite(siteJson, DATA_FILES.site);
  if (!site) return { data: shared, files: new Map(), problems };
  // The publications this folder cites: the figures', the measures', the questions' and the
  // groups'.
  const used = new Set([
    ...shared.observations.map((o) => o.source),
    ...shared.metrics.map((m) => m.source),
    ...shared.questions.map((q) => q.source),
    ...site.groups.map((g) => g.source),
  ]);
  const sourcesCsv = csvText(
    headerRow('sources'),
    readCsvFile(sourcesFile).filter((s) => used.has(s.id ?? '')),
  );
  const sources = parseSources(sourcesCsv, DATA_FILES.sources);
  const data: DataSet = { ...shared, site, sources: sources.rows };
  return {
    data,
    files: new Map([
      [DATA_FILES.site, siteJson],
      [DATA_FILES.sources, sourcesCsv],
    ]),
    problems: [...sources.problems, ...validateDataSet(data)],
  };
}
