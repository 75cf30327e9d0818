/** The benchmark's closing summary, as Markdown: figures against budgets, first-view bytes, and scale. */
import { sum, type Fetched, type FirstView, type Timed } from './firstView';
import { loadKey, type SiteFigures } from './measureSite';
import type { Condition } from './pageTiming';
import { requestRounds } from './rounds';
import type { PageKind } from './pageTiming';
import type { MeasureChoice } from './pickMeasure';
import { count, kb, ms, size, spread, spreadText, table, verdict, type Spread } from './report';

export interface SiteResult {
  name: string;
  label: string;
  buildSeconds: number;
  /** Bytes of the built site's data/ folder. */
  dataBytes: number;
  measure: MeasureChoice | undefined;
  figures: SiteFigures | undefined;
  error: string | undefined;
}

export interface Meta {
  date: string;
  machine: string;
  code: string;
  prep: string[];
  totalSeconds: number;
}

const JS_BUDGET = 200 * 1024;
const LOAD_BUDGET: Record<number, number> = { 1: 1000, 4: 3000 };
/** The first figure on screen (issue 11): 300 ms unthrottled, 1 s at 4× CPU. */
const FIGURE_BUDGET: Record<number, number> = { 1: 300, 4: 1000 };
const CHANGE_BUDGET = 100;

const loadSpread = (
  f: SiteFigures | undefined,
  kind: PageKind,
  rate: Condition,
  field: 'dom' | 'frame' | 'longestTask' | 'blocking' | 'fcp' | 'live' = 'dom',
): Spread | undefined =>
  spread(
    (f?.loads.get(loadKey(kind, rate)) ?? []).map((r) => r[field]).filter((v) => !Number.isNaN(v)),
  );
const changeSpread = (
  f: SiteFigures | undefined,
  rate: number,
  field: 'dom' | 'frame' = 'dom',
): Spread | undefined => spread((f?.comparator.get(rate) ?? []).map((c) => c[field]));
const scripts = (v: FirstView | undefined) => (v?.files ?? []).filter((f) => f.kind === 'script');
const data = (v: FirstView | undefined) => (v?.files ?? []).filter((f) => f.kind === 'data');
/** "12", or "12 (2 not found)" when optional files were asked for and the server answered 404. */
const files = (list: Fetched[]) => {
  const missing = list.filter((f) => f.status === 404).length;
  return missing > 0 ? `${list.length} (${missing} not found)` : `${list.length}`;
};
const rateWords = (rate: Condition) =>
  rate === 'slow-3g' ? 'slow 3G' : rate === 1 ? 'unthrottled' : `${rate}x CPU slowdown`;

function budgetRows(r: SiteResult, withBytes: boolean): string[][] {
  const f = r.figures;
  const rows: string[][] = [];
  const prefix = r.name === 'leicester' ? '' : `${r.label}: `;
  if (withBytes) {
    for (const [label, view] of [
      ['overview', f?.overviewFetches],
      ['measure page opened directly', f?.measureFetches],
    ] as const) {
      const js = view ? sum(scripts(view), 'gzip') : undefined;
      rows.push([
        `${prefix}first-view JavaScript, ${label} (gzip)`,
        js === undefined
          ? 'failed'
          : `${kb(js)} (${count(js)} bytes, ${scripts(view).length} files)`,
        `≤ ${kb(JS_BUDGET)}`,
        verdict(js, JS_BUDGET),
      ]);
    }
  }
  for (const rate of [1, 4, 'slow-3g'] as const) {
    for (const kind of ['overview', 'measure'] as const) {
      if (!f?.loads.has(loadKey(kind, rate))) continue;
      const page = kind === 'overview' ? 'overview' : 'measure page';
      const figure = loadSpread(f, kind, rate, 'fcp');
      const figureBudget = rate === 'slow-3g' ? undefined : FIGURE_BUDGET[rate];
      rows.push([
        `${prefix}first paint with text (a figure, where the page is pre-rendered), ${page}, ${rateWords(rate)}`,
        spreadText(figure),
        figureBudget ? `≤ ${ms(figureBudget)}` : '',
        figureBudget ? verdict(figure?.median, figureBudget) : '',
      ]);
      const s = loadSpread(f, kind, rate);
      const budget = rate === 'slow-3g' ? undefined : LOAD_BUDGET[rate];
      rows.push([
        `${prefix}time to first chart, ${page}, ${rateWords(rate)}`,
        spreadText(s),
        budget ? `≤ ${ms(budget)}` : '',
        budget ? verdict(s?.median, budget) : '',
      ]);
      rows.push([
        `${prefix}page live (controls respond), ${page}, ${rateWords(rate)}`,
        spreadText(loadSpread(f, kind, rate, 'live')),
        '',
        '',
      ]);
    }
  }
  const c = changeSpread(f, 1);
  rows.push([
    `${prefix}comparator change until the ranked table updates, unthrottled`,
    spreadText(c),
    `≤ ${ms(CHANGE_BUDGET)}`,
    verdict(c?.median, CHANGE_BUDGET),
  ]);
  return rows;
}

function bytesRows(r: SiteResult): string[][] {
  const f = r.figures;
  const row = (page: string, v: FirstView | undefined): string[] =>
    v
      ? [
          r.label,
          page,
          `${scripts(v).length}`,
          kb(sum(scripts(v), 'raw')),
          kb(sum(scripts(v), 'gzip')),
          files(data(v)),
          size(sum(data(v), 'raw')),
          size(sum(data(v), 'gzip')),
        ]
      : [r.label, page, 'failed', '', '', '', '', ''];
  const rows = [
    row('overview', f?.overviewFetches),
    row(`measure page (${r.measure?.id ?? '?'}) opened directly`, f?.measureFetches),
  ];
  if (f?.overviewFetches && f.measureFetches) {
    const seen = new Set(f.overviewFetches.files.map((x) => x.path));
    const more = f.measureFetches.files.filter((x) => !seen.has(x.path));
    const js = more.filter((x) => x.kind === 'script');
    const d = more.filter((x) => x.kind === 'data');
    rows.push([
      r.label,
      `measure page after the overview: only what it adds (${js.map((x) => x.path.replace(/^.*\//, '')).join(', ') || 'no scripts'})`,
      `${js.length}`,
      kb(sum(js, 'raw')),
      kb(sum(js, 'gzip')),
      files(d),
      size(sum(d, 'raw')),
      size(sum(d, 'gzip')),
    ]);
  }
  return rows;
}

function detailRows(r: SiteResult): string[][] {
  const f = r.figures;
  const rows: string[][] = [];
  for (const [key, runs] of f?.loads ?? []) {
    const [kind = 'overview', rate = '1'] = key.split('@');
    const k = kind === 'measure' ? 'measure' : 'overview';
    const n: Condition = rate === 'slow-3g' ? rate : Number(rate);
    const heap = spread(runs.flatMap((x) => (x.heap === undefined ? [] : [x.heap])));
    rows.push([
      r.label,
      `${k === 'overview' ? 'overview' : 'measure page'}, ${rateWords(n)}`,
      spreadText(loadSpread(f, k, n)),
      spreadText(loadSpread(f, k, n, 'frame')),
      ms(loadSpread(f, k, n, 'longestTask')?.median),
      ms(loadSpread(f, k, n, 'blocking')?.median),
      heap ? size(heap.median) : '—',
    ]);
  }
  for (const [rate, changes] of f?.comparator ?? []) {
    rows.push([
      r.label,
      `comparator change (${changes[0]?.rowsBefore ?? '?'} → ${changes[0]?.rowsAfter ?? '?'} rows), ${rateWords(rate)}`,
      spreadText(changeSpread(f, rate)),
      spreadText(changeSpread(f, rate, 'frame')),
      '',
      '',
      '',
    ]);
  }
  return rows;
}

function scaleRows(results: SiteResult[]): string[][] {
  const base = results.find((r) => r.name === 'leicester');
  const baseRows = base?.measure?.figures;
  const baseTime = loadSpread(base?.figures, 'overview', 1)?.median;
  return results.map((r) => {
    const f = r.figures;
    const rows = r.measure?.figures;
    const overview = loadSpread(f, 'overview', 1)?.median;
    const fetched = data(f?.overviewFetches);
    return [
      r.label,
      rows === undefined ? '?' : count(rows),
      rows !== undefined && baseRows ? `${(rows / baseRows).toFixed(1)}×` : '',
      f?.overviewFetches ? `${size(sum(fetched, 'raw'))} / ${size(sum(fetched, 'gzip'))}` : '—',
      ms(overview),
      overview !== undefined && baseTime ? `${(overview / baseTime).toFixed(1)}×` : '',
      ms(loadSpread(f, 'measure', 1)?.median),
      ms(changeSpread(f, 1)?.median),
      `${r.buildSeconds.toFixed(1)} s`,
    ];
  });
}

/** One line per page: each file as `name asked–arrived` in ms, many drops' values files folded into one. */
function waterfallLines(r: SiteResult): string[] {
  const line = (page: string, v: FirstView | undefined): string[] => {
    if (!v) return [];
    // A drop's files are named after the drop; more than three of one kind are folded into one entry.
    const perDrop = (w: Timed) => /drops\/[^/]+\/([^/]+)$/.exec(w.path)?.[1];
    const kinds = new Map<string, Timed[]>();
    for (const w of v.waterfall) {
      const k = perDrop(w);
      if (k) kinds.set(k, [...(kinds.get(k) ?? []), w]);
    }
    const folded = [...kinds].filter(([, list]) => list.length > 3);
    const parts = v.waterfall
      .filter((w) => !folded.some(([, list]) => list.includes(w)))
      .map(
        (w) =>
          `${w.path.replace(/^.*\/(?=[^/]+\/[^/]+\.csv$)|^.*\/(?=[^/]+$)/, '')} ${Math.round(w.start)}–${Math.round(w.end)}`,
      );
    for (const [k, list] of folded)
      parts.push(
        `${list.length} × ${k} ${Math.round(Math.min(...list.map((w) => w.start)))}–${Math.round(Math.max(...list.map((w) => w.end)))}`,
      );
    const rounds = requestRounds(v.waterfall, v.chart.dom);
    return [
      `- ${r.label}, ${page}: ${parts.join(', ')}; first chart ${ms(v.chart.dom)}, after ${rounds} round${rounds === 1 ? '' : 's'} of requests that waited on another.`,
    ];
  };
  return [
    ...line('overview', r.figures?.overviewFetches),
    ...line('measure page', r.figures?.measureFetches),
  ];
}

export function summarise(results: SiteResult[], meta: Meta): string {
  const leicester = results.find((r) => r.name === 'leicester');
  const notes = results.flatMap((r) => [
    ...(r.figures?.notes ?? []).map((n) => `${r.label}: ${n}`),
    ...(r.error ? [`${r.label}: ${r.error}`] : []),
  ]);
  const errors = results.flatMap((r) => (r.figures?.errors ?? []).map((e) => `${r.label}: ${e}`));
  const banner = results.find((r) => r.name === 'synthetic')?.figures?.overviewFetches
    ?.syntheticBanner;
  return [
    '## Performance benchmark (`npm run bench`)',
    '',
    `- Date: ${meta.date}`,
    `- Machine: ${meta.machine}`,
    `- Code: ${meta.code}`,
    `- Whole run: ${meta.totalSeconds.toFixed(0)} s`,
    '- Method: each site is built with `scripts/build.ts` and served by the browser tests\' plain static server on 127.0.0.1 (no compression, no caching). Each load is a fresh browser context (cold cache). "Time to first chart" counts from navigation start (`performance.now()` in the page) until a MutationObserver sees the first `.mrow svg.sparkline` (overview) or the chart\'s line path (measure page), whether the HTML carried it or a script drew it; the "next frame" column is the animation frame after that. "First paint with text" is Chromium\'s first contentful paint; "page live" is when the app marks the page (html data-live) after taking it over. Slow 3G is DevTools\' preset (2 s round trip, 50 KB/s each way). The comparator change is a real click on the second group\'s radio button, timed from the click event until the ranked table has a different number of rows, on one page, alternating back (untimed) between runs. gzip sizes come from node:zlib at its default level, per file. KB = 1,024 bytes. Figures are medians (min–max, number of runs).',
    '',
    '### Against the budgets',
    '',
    table(
      ['Figure', 'Measured', 'Budget', 'Verdict'],
      [
        ...(leicester ? budgetRows(leicester, true) : []),
        ...results.filter((r) => r !== leicester).flatMap((r) => budgetRows(r, false)),
      ],
    ),
    '',
    '### What the first view fetches',
    '',
    table(
      ['Data set', 'Page', 'JS files', 'JS raw', 'JS gzip', 'Data files', 'Data raw', 'Data gzip'],
      results.flatMap(bytesRows),
    ),
    '',
    '### How load time grows with the data (unthrottled medians)',
    '',
    table(
      [
        'Data set',
        'Figures (rows)',
        'Rows vs shipped',
        'Overview data raw / gzip',
        'Overview first chart',
        'Time vs shipped',
        'Measure page first chart',
        'Comparator change',
        'Build',
      ],
      scaleRows(results),
    ),
    '',
    '### Details',
    '',
    table(
      [
        'Data set',
        'What',
        'First chart in DOM',
        'Next frame',
        'Longest task before it',
        'Blocking time before it',
        'JS heap after',
      ],
      results.flatMap(detailRows),
    ),
    '',
    'When each file was asked for and arrived (ms from navigation start, the unthrottled load that measured the bytes):',
    '',
    ...results.flatMap(waterfallLines),
    '',
    ...meta.prep.map((p) => `- ${p}`),
    `- Synthetic site showed its "Synthetic test data" banner: ${banner === undefined ? 'not checked' : banner ? 'yes' : 'NO'}.`,
    ...results.map(
      (r) =>
        `- ${r.label}: site data folder ${size(r.dataBytes)}; measure page timed: ${r.measure?.id ?? 'none'}.`,
    ),
    ...notes.map((n) => `- Note: ${n}`),
    ...(errors.length > 0 ? ['', '### Errors', '', ...errors.map((e) => `- ${e}`)] : []),
  ].join('\n');
}
