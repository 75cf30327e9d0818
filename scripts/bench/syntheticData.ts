/**
 * A labelled synthetic data folder for load testing: 153 made-up councils × 60 made-up quarterly
 * measures × 40 quarters (2016-17 Q1 to 2025-26 Q4), plus a made-up England and region, one drop
 * per quarter.
 * Every figure comes from a seeded generator, so two runs write the same bytes. site.json says
 * `"synthetic": true`, so the site shows its "Synthetic test data" banner on every page.
 *
 * Run on its own: `npx tsx scripts/bench/syntheticData.ts [out-dir]` (default .bench/synthetic).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { headerRow } from '../../src/data/tables';
import {
  QUALITY_STATEMENTS,
  THEMES,
  FAMILIES,
  type Polarity,
  type Unit,
} from '../../src/data/types';
import { writeCsvFile } from '../lib/csvFile';

export const SYNTHETIC_SHAPE = {
  councils: 153,
  measures: 60,
  quarters: 40,
  firstYear: 2016,
} as const;

/**
 * mulberry32: a small, fast, seeded generator; good enough for test figures, not for statistics.
 */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Council codes in the four ONS forms, numbered from 900001 so they cannot be real codes. */
const PREFIXES = [
  ['E06', 60],
  ['E08', 36],
  ['E09', 33],
  ['E10', 24],
] as const;

function councilCodes(): string[] {
  return PREFIXES.flatMap(([prefix, n]) =>
    Array.from({ length: n }, (_, i) => `${prefix}${String(900001 + i)}`),
  );
}

const ENGLAND = 'E92900001';
const REGION = 'E12900001';

interface UnitShape {
  unit: Unit;
  decimals: number;
  /** Typical level and spread between councils. */
  level: number;
  spread: number;
  min: number;
  max: number;
}

const UNIT_SHAPES: UnitShape[] = [
  { unit: 'percent', decimals: 1, level: 60, spread: 15, min: 0, max: 100 },
  { unit: 'days', decimals: 0, level: 90, spread: 40, min: 0, max: Infinity },
  { unit: 'count', decimals: 0, level: 800, spread: 400, min: 0, max: Infinity },
  { unit: 'rate per 100,000', decimals: 1, level: 1500, spread: 500, min: 0, max: Infinity },
  { unit: 'score', decimals: 1, level: 18, spread: 2, min: 0, max: 24 },
  { unit: 'ratio', decimals: 3, level: 0.4, spread: 0.08, min: 0, max: Infinity },
];
const POLARITIES: Polarity[] = ['higher', 'lower', 'none'];

/** Quarter labels and drop ids, oldest first: `2016-17 Q1` / `2016-17-Q1` … */
export function syntheticQuarters(
  quarters: number = SYNTHETIC_SHAPE.quarters,
  firstYear: number = SYNTHETIC_SHAPE.firstYear,
): { period: string; drop: string; published: string }[] {
  return Array.from({ length: quarters }, (_, i) => {
    const y = firstYear + Math.floor(i / 4);
    const q = (i % 4) + 1;
    const fy = `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
    // Published about two months after the quarter ends (Q1 ends in June, Q4 in March of the next
    // year).
    const endMonth = 3 + q * 3; // 6, 9, 12, 15
    const pubMonth = endMonth + 2;
    const pubYear = y + Math.floor((pubMonth - 1) / 12);
    const published = `${pubYear}-${String(((pubMonth - 1) % 12) + 1).padStart(2, '0')}-15`;
    return { period: `${fy} Q${q}`, drop: `${fy}-Q${q}`, published };
  });
}

export const syntheticMeasureId = (i: number): string =>
  `synthetic-measure-${String(i + 1).padStart(2, '0')}`;

/** How many quarters from which year, and whether every quarter's figures go into one drop. */
export interface SyntheticSpan {
  quarters: number;
  firstYear: number;
  /**
   * All the figures in a single drop (the last quarter's), as for the check's million-row bench.
   */
  oneDrop: boolean;
}

/** Writes the folder and returns how many figures it holds. */
export function writeSyntheticData(
  outDir: string,
  seed = 20260101,
  span: SyntheticSpan = { ...SYNTHETIC_SHAPE, oneDrop: false },
): { figures: number; dir: string } {
  const out = resolve(outDir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const random = seeded(seed);
  const councils = councilCodes();
  if (councils.length !== SYNTHETIC_SHAPE.councils)
    throw new Error(`expected ${SYNTHETIC_SHAPE.councils} councils, made ${councils.length}`);
  const authority = councils[0] ?? '';
  const name = (i: number) => `Synthetic council ${String(i + 1).padStart(3, '0')}`;

  writeCsvFile(join(out, 'areas.csv'), headerRow('areas'), [
    ...councils.map((code, i) => ({ code, name: name(i), kind: 'council' })),
    { code: REGION, name: 'Synthetic region', kind: 'region' },
    { code: ENGLAND, name: 'Synthetic England', kind: 'country' },
  ]);
  writeCsvFile(join(out, 'sources.csv'), headerRow('sources'), [
    {
      id: 'synthetic',
      publisher: 'Benchmark generator (scripts/bench/syntheticData.ts)',
      title:
        'SYNTHETIC TEST DATA: made-up figures for load testing; not real and not published ' +
        'by anyone',
      published: 'Generated for testing',
      url: '',
      licence: '',
    },
  ]);

  const shapes = Array.from({ length: SYNTHETIC_SHAPE.measures }, (_, i) => ({
    id: syntheticMeasureId(i),
    shape: UNIT_SHAPES[i % UNIT_SHAPES.length] ?? UNIT_SHAPES[0],
    polarity: POLARITIES[i % POLARITIES.length] ?? 'none',
  }));
  writeCsvFile(
    join(out, 'metrics.csv'),
    headerRow('metrics'),
    shapes.map(({ id, shape, polarity }, i) => ({
      id,
      title: `Synthetic measure ${String(i + 1).padStart(2, '0')} (${shape?.unit ?? ''})`,
      description:
        'A made-up measure for load testing. Its figures are synthetic and mean nothing.',
      unit: shape?.unit,
      polarity,
      frequency: 'quarterly',
      theme: THEMES[i % THEMES.length],
      quality_statement: QUALITY_STATEMENTS[i % QUALITY_STATEMENTS.length],
      definition:
        'Synthetic: random figures from a seeded generator (a level per council, a trend, ' +
        'a seasonal swing and noise).',
      source: 'synthetic',
      decimals: shape?.decimals,
      // The first ten measures stand in for the Commission's five families, two each.
      family: i < 10 ? FAMILIES[Math.floor(i / 2)] : '',
      caveats: 'Synthetic test data: not real.',
    })),
  );

  const site = {
    title: 'Adult social care performance (synthetic test data)',
    authority: { code: authority, name: name(0) },
    synthetic: true,
    groups: [
      {
        id: 'cipfa',
        name: 'Synthetic nearest neighbours',
        version: 'Made up for load testing',
        source: 'synthetic',
        members: councils.slice(1, 16),
      },
      {
        id: 'commission',
        name: 'Synthetic comparator councils',
        version: 'Made up for load testing',
        source: 'synthetic',
        members: [10, 20, 40, 70, 100, 130].map((i) => councils[i] ?? ''),
      },
    ],
    benchmarks: [
      { code: ENGLAND, name: 'Synthetic England' },
      { code: REGION, name: 'Synthetic region' },
    ],
    meetings: [],
  };
  writeFileSync(join(out, 'site.json'), `${JSON.stringify(site, null, 2)}\n`);
  for (const table of ['targets', 'events', 'outcomes', 'questions'] as const)
    writeFileSync(join(out, `${table}.csv`), `${headerRow(table).join(',')}\n`);

  // Each area's level, trend and noise per measure, drawn once in a fixed order so the output is
  // reproducible.
  const areas = [...councils, REGION, ENGLAND];
  const params = shapes.map(({ shape }) =>
    areas.map(() => ({
      level: (shape?.level ?? 1) + (random() - 0.5) * 2 * (shape?.spread ?? 0),
      // Over a longer span the trend is gentler, so no series drifts into figures the check
      // questions.
      trend: ((random() - 0.5) * 0.01 * SYNTHETIC_SHAPE.quarters) / span.quarters,
      season: random() * 0.05,
    })),
  );
  const quarters = syntheticQuarters(span.quarters, span.firstYear);
  const last = quarters.at(-1);
  writeCsvFile(
    join(out, 'drops.csv'),
    headerRow('drops'),
    (span.oneDrop && last ? [last] : quarters).map((q) => ({
      id: q.drop,
      published: q.published,
      title: `Synthetic drop for ${q.period}`,
      note: 'Synthetic test data',
    })),
  );
  let figures = 0;
  let lines = ['metric,area,period,value,status,source'];
  quarters.forEach((q, qi) => {
    if (!span.oneDrop) lines = ['metric,area,period,value,status,source'];
    shapes.forEach(({ id, shape }, mi) => {
      areas.forEach((area, ai) => {
        const p = params[mi]?.[ai];
        const r = random();
        // About 1 figure in 100 is suppressed, as small numbers are in real tables.
        if (r < 0.01 || !shape || !p) {
          lines.push(`${id},${area},${q.period},,suppressed,synthetic`);
        } else {
          const raw =
            p.level *
            (1 + p.trend * qi + p.season * Math.sin((qi * Math.PI) / 2) + (random() - 0.5) * 0.1);
          const v = Math.min(shape.max, Math.max(shape.min, raw));
          lines.push(`${id},${area},${q.period},${v.toFixed(shape.decimals)},,synthetic`);
        }
        figures++;
      });
    });
    if (span.oneDrop && q !== last) return;
    mkdirSync(join(out, 'drops', q.drop), { recursive: true });
    writeFileSync(join(out, 'drops', q.drop, 'values.csv'), `${lines.join('\n')}\n`);
  });
  return { figures, dir: out };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { figures, dir } = writeSyntheticData(process.argv[2] ?? '.bench/synthetic');
  console.log(`Wrote ${dir}: ${figures.toLocaleString('en-GB')} synthetic figures.`);
}
