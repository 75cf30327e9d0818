/**
 * `npm run import:real-data -- [config.json] [--out folder]`: builds a council's data folder from
 * the published statistics in ../shared/real-data and the figures transcribed from its own reports
 * (each with the document and line it came from). Run it again when a new ASCOF release arrives.
 * `--authority <ONS code or name> --out <folder>` builds the folder for any English council from
 * the national files alone (scripts/lib/councilConfig.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { headerRow } from '../src/data/tables';
import { confirmPublished } from './lib/confirmPublished';
import { councilConfig } from './lib/councilConfig';
import { configSchema, type ImportConfig } from './lib/importConfig';
import { readCsvFile, writeCsvFile } from './lib/csvFile';
import { findCouncil } from './lib/findCouncil';
import { selectAreas } from './lib/importAreas';
import { eventDate, importLocal, reference, type AddedNote } from './lib/importLocal';
import { normaliseName } from './lib/councilName';
import { importAscof } from './lib/importAscof';
import { importCqc } from './lib/importCqc';
import { importDhsc, importOflog } from './lib/importNational';
import type { ValueRow } from './lib/valueRow';
import { publicCodes } from './lib/publicCodes';
import { ALL_COUNCILS_FILE, readNationalAreas } from './lib/nationalAreas';

const args = parseArgs({
  options: { authority: { type: 'string' }, out: { type: 'string' } },
  allowPositionals: true,
});
const realData = resolve(process.env.REAL_DATA ?? '../shared/real-data');
const national = 'scripts/import/national';
const nationalAreas = () => readNationalAreas(realData, join(national, 'code-changes.csv'));
const chosen = args.values.authority;
let config: ImportConfig;
if (chosen === undefined) {
  const configPath = args.positionals[0] ?? 'scripts/import/leicester/import.json';
  config = configSchema.parse(JSON.parse(readFileSync(configPath, 'utf8')));
} else {
  const areas = nationalAreas();
  const found = findCouncil(chosen, areas.councils, areas.codeChanges);
  if ('error' in found || !args.values.out) {
    console.error(
      'error' in found ? found.error : 'Say where to write the folder: --out <folder>.',
    );
    process.exit(1);
  }
  config = configSchema.parse(councilConfig(found.council, areas, args.values.out));
}
const out = resolve(args.values.out ?? config.out);
const equivalents = config.publishedEquivalents ?? {};
const documents = config.documents ?? {};
const exclude = new Set(config.excludeMeasures ?? []);
const ref = (text: string) => reference(text, '', documents);

// Areas: the authority, its groups' members and the benchmarks (in a national folder, every area).
const areasFrom = config.areas === 'national' ? nationalAreas() : undefined;
const { groups, areaRows } = selectAreas(config.site, realData, areasFrom);
const areaCodes = new Set(areaRows.map((a) => a.code));
const names = new Map(areaRows.map((a) => [normaliseName(a.name), a.code]));

// Values from the published statistics, then the council's own figures.
const ascof = importAscof(realData, readCsvFile(join(national, 'code-map.csv')), areaCodes, {
  ...areasFrom?.codeChanges,
  ...config.areaCodeChanges,
});
const published: ValueRow[] = [
  ...ascof,
  ...importOflog(realData, areaCodes, ascof),
  ...importCqc(realData, names),
  ...importDhsc(realData, areaCodes, areasFrom ? ALL_COUNCILS_FILE : undefined),
];
// Each figure goes to the drop that first published its source (drops are in publication order).
const firstDrop = config.drops[0]?.id ?? '';
const dropOfSource = (source: string) => config.laterSources[source] ?? firstDrop;
const dropIndex = (source: string) => config.drops.findIndex((d) => d.id === dropOfSource(source));
const catalogue = readCsvFile(join(national, 'catalogue.csv'));
const local = existsSync(join(config.local, 'seed-figures.csv'))
  ? importLocal(config.local, published, {
      equivalents,
      documents,
      exclude,
      dropIndex,
      sourceNames: config.sourceNames ?? {},
      units: new Map(catalogue.map((m) => [m.id ?? '', m.unit ?? ''])),
    })
  : { values: [], metrics: [], notes: new Map<string, AddedNote>() };
for (const row of published) {
  const added = local.notes.get(`${row.metric}|${row.area}|${row.period}`);
  if (!added) continue;
  row.note = [row.note, added.note].filter(Boolean).join(' ');
  row.source_ref = [row.source_ref, added.ref].filter(Boolean).join('; ');
}
const values = [...published, ...local.values];

// Measures: the national catalogue rows that have figures here, then the local ones.
const used = new Set(values.map((v) => v.metric));
const SOURCE_OF: [string, string][] = [
  ['ascof-', 'nhse-ascof'],
  ['oflog-', 'oflog-asc'],
  ['cld-', 'dhsc-cld-2025-26'],
  ['cqc-', 'cqc-la-assessments'],
];
// Series that ended, and breaks in method, from series-changes.csv (its evidence column is for
// officers).
const changes = new Map(
  readCsvFile(join(national, 'series-changes.csv')).map((c) => [c.id ?? '', c]),
);
const metrics = catalogue
  .filter((m) => used.has(m.id ?? ''))
  .map((m): Record<string, string> => {
    const codes = m.codes ?? '';
    const renumbered = /2023-24: (\w+); before: (\w+)/.exec(codes);
    const changed = renumbered && renumbered[1] !== renumbered[2];
    const change = changes.get(m.id ?? '');
    return {
      ...m,
      codes: publicCodes(m.codes ?? '').join('; '),
      source: SOURCE_OF.find(([prefix]) => (m.id ?? '').startsWith(prefix))?.[1] ?? '',
      ended: change?.ended ?? '',
      break_period: change?.break_period || (changed ? '2023-24' : ''),
      // A change of method stops a move across it being judged; a renumbering does not.
      break_kind: change?.break_period ? 'redefined' : changed ? 'renumbered' : '',
      break_note:
        change?.break_note ||
        (changed
          ? `ASCOF was renumbered for 2023-24: this measure was ${renumbered[2]} and is now ` +
            `${renumbered[1]}. The figures are calculated as before, so the years either side ` +
            'are compared.'
          : ''),
    };
  });
// A measure the plan sets a target on stays in the catalogue with no figures: the site says it is
// not measured.
const targetsFile = join(config.local, config.targets ?? 'plan-targets.csv');
const targetRows = existsSync(targetsFile) ? readCsvFile(targetsFile) : [];
const targeted = new Set(targetRows.map((t) => t.metric ?? ''));
const allMetrics = [
  ...metrics,
  ...local.metrics.filter((m) => {
    const id = m.id ?? '';
    const equivalent = equivalents[id];
    return used.has(id) || (targeted.has(id) && !(equivalent && used.has(equivalent)));
  }),
];
const knownMetrics = new Set(allMetrics.map((m) => m.id ?? ''));
// An annual measure's in-year position is the local `<id>-in-year` measure (or that of a local
// measure the published one stands for): import-wide puts a report sheet's quarter columns there.
const metricIds = new Set(allMetrics.map((m) => m.id ?? ''));
for (const m of allMetrics) {
  const id = m.id ?? '';
  const locals = [id, ...Object.keys(equivalents).filter((k) => equivalents[k] === id)];
  const annual = m.frequency === 'annual' || m.frequency === 'biennial';
  m.in_year = (annual && locals.map((l) => `${l}-in-year`).find((l) => metricIds.has(l))) || '';
}

const writeValues = (log: boolean) => {
  for (const d of config.drops) {
    const rows = values
      .filter((v) => dropOfSource(v.source) === d.id)
      .sort((a, b) => (a.metric + a.area + a.period).localeCompare(b.metric + b.area + b.period));
    writeCsvFile(
      join(out, 'drops', d.id, 'values.csv'),
      headerRow('values'),
      rows.map((r) => ({ ...r, status: r.status ?? 'final' })),
    );
    // Officers add their commentary here each quarter; the importer has none to give (it is never
    // invented).
    if (!existsSync(join(out, 'drops', d.id, 'commentary.csv')))
      writeCsvFile(join(out, 'drops', d.id, 'commentary.csv'), headerRow('commentary'), []);
    if (log) console.log(`${d.id}: ${rows.length} figures`);
  }
};
writeValues(true);
writeCsvFile(join(out, 'drops.csv'), headerRow('drops'), config.drops);
writeCsvFile(join(out, 'areas.csv'), headerRow('areas'), areaRows);
writeCsvFile(join(out, 'metrics.csv'), headerRow('metrics'), allMetrics);
const usedSources = new Set([
  ...values.map((v) => v.source),
  ...allMetrics.map((m) => m.source ?? ''),
  ...groups.map((g) => g.source),
]);
// Targets, events and outcomes on a local measure with a published equivalent go with the published
// series.
const measureId = (id: string) => {
  const equivalent = equivalents[id];
  return equivalent && (used.has(equivalent) || !used.has(id)) ? equivalent : id;
};
const targets = targetRows
  .filter((t) => !exclude.has(t.metric ?? ''))
  .map((t): Record<string, string> => ({
    ...t,
    metric: measureId(t.metric ?? ''),
    source_ref: ref(t.source_ref ?? ''),
  }));
const events = (
  existsSync(join(config.local, 'events.csv')) ? readCsvFile(join(config.local, 'events.csv')) : []
).map((e): Record<string, string> => ({
  ...e,
  start: eventDate(e.start ?? '', false),
  source_ref: ref(e.source_ref ?? ''),
  end: e.end ? eventDate(e.end, true) : '',
  metrics: [
    ...new Set(
      (e.metrics ?? '')
        .split(';')
        .filter((m) => m && !exclude.has(m))
        .map(measureId),
    ),
  ].join(';'),
}));
for (const r of [...targets, ...events]) usedSources.add(r.source ?? '');
writeCsvFile(join(out, 'targets.csv'), headerRow('targets'), targets);
writeCsvFile(join(out, 'events.csv'), headerRow('events'), events);
// The plan's outcomes (from the council's documents) and the question bank shared by every council.
const outcomes = (
  existsSync(join(config.local, 'plan-outcomes.csv'))
    ? readCsvFile(join(config.local, 'plan-outcomes.csv'))
    : []
).map((o): Record<string, string> => ({
  ...o,
  measures: [...new Set((o.measures ?? '').split(';').filter(Boolean).map(measureId))]
    .filter((m) => knownMetrics.has(m))
    .join(';'),
  source: o.source ?? config.planSource ?? '',
  source_ref: ref(o.source_ref ?? ''),
}));
// Questions shared by every council, and those from one council's own papers (its ONS code in
// `authority`).
const questions = readCsvFile('scripts/import/questions.csv').filter(
  (q) =>
    (!q.metric || knownMetrics.has(q.metric)) &&
    (!q.authority || q.authority === config.site.authority.code),
);
for (const r of [...outcomes, ...questions]) usedSources.add(r.source ?? '');
writeCsvFile(join(out, 'outcomes.csv'), headerRow('outcomes'), outcomes);
writeCsvFile(join(out, 'questions.csv'), headerRow('questions'), questions);
const sources = readCsvFile('scripts/import/sources.csv').filter((s) =>
  usedSources.has(s.id ?? ''),
);
writeCsvFile(join(out, 'sources.csv'), headerRow('sources'), sources);
writeFileSync(join(out, 'site.json'), `${JSON.stringify({ ...config.site, groups }, null, 2)}\n`);
// Published statistics the publish check questions are confirmed as published; the council's own
// are listed.
const transcribed = new Set(local.values);
const questioned = await confirmPublished(
  out,
  values,
  (row) => transcribed.has(row),
  () => writeValues(false),
);
for (const { figure, message } of questioned)
  console.log(
    `Check against its document, then start its note in ${config.local}/seed-figures.csv ` +
      `with "Confirmed:": ${figure.metric}, ${figure.area}, ${figure.period.label}: ${message}`,
  );
console.log(
  `Wrote ${out}: ${allMetrics.length} measures, ${areaRows.length} areas, ${values.length} ` +
    `figures, ${targets.length} targets, ${events.length} events.`,
);
