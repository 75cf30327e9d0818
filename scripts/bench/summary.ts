/**
 * The benchmark's closing summary, as Markdown: figures against budgets, first-view bytes, and
 * scale.
 */
import { budgetRows } from './budgetRows';
import { sum, type FirstView, type Timed } from './firstView';
import type { Condition } from './pageTiming';
import { requestRounds } from './rounds';
import { count, kb, ms, size, spread, spreadText, table } from './report';
import {
  changeSpread,
  data,
  files,
  loadSpread,
  rateWords,
  scripts,
  type Meta,
  type SiteResult,
} from './siteResult';

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
      'measure page after the overview: only what it adds ' +
        `(${js.map((x) => x.path.replace(/^.*\//, '')).join(', ') || 'no scripts'})`,
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
      `comparator change (${changes[0]?.rowsBefore ?? '?'} → ` +
        `${changes[0]?.rowsAfter ?? '?'} rows), ${rateWords(rate)}`,
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

/**
 * One line per page: each file as `name asked–arrived` in ms, many drops' values files folded into
 * one.
 */
function waterfallLines(r: SiteResult): string[] {
  const line = (page: string, v: FirstView | undefined): string[] => {
    if (!v) return [];
    // A drop's files are named after the drop; more than three of one kind are folded into one
    // entry.
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
          `${w.path.replace(/^.*\/(?=[^/]+\/[^/]+\.csv$)|^.*\/(?=[^/]+$)/, '')} ` +
          `${Math.round(w.start)}–${Math.round(w.end)}`,
      );
    for (const [k, list] of folded)
      parts.push(
        `${list.length} × ${k} ${Math.round(Math.min(...list.map((w) => w.start)))}–` +
          `${Math.round(Math.max(...list.map((w) => w.end)))}`,
      );
    const rounds = requestRounds(v.waterfall, v.chart.dom);
    return [
      `- ${r.label}, ${page}: ${parts.join(', ')}; first chart ${ms(v.chart.dom)}, after ` +
        `${rounds} round${rounds === 1 ? '' : 's'} of requests that waited on another.`,
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
    '- Method: each site is built with `scripts/build.ts` and served by the browser ' +
      "tests' plain static server on 127.0.0.1 (no compression, no caching). Each load is a " +
      'fresh browser context (cold cache). "Time to first chart" counts from navigation ' +
      'start (`performance.now()` in the page) until a MutationObserver sees the first ' +
      "`.mrow svg.sparkline` (overview) or the chart's line path (measure page), whether " +
      'the HTML carried it or a script drew it; the "next frame" column is the animation ' +
      'frame after that. "First paint with text" is Chromium\'s first contentful paint; ' +
      '"page live" is when the app marks the page (html data-live) after taking it over. ' +
      "Slow 3G is DevTools' preset (2 s round trip, 50 KB/s each way). The comparator " +
      "change is a real click on the second group's radio button, timed from the click " +
      'event until the ranked table has a different number of rows, on one page, alternating ' +
      'back (untimed) between runs. gzip sizes come from node:zlib at its default level, per ' +
      'file. KB = 1,024 bytes. Figures are medians (min–max, number of runs).',
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
    'When each file was asked for and arrived (ms from navigation start, the unthrottled ' +
      'load that measured the bytes):',
    '',
    ...results.flatMap(waterfallLines),
    '',
    ...meta.prep.map((p) => `- ${p}`),
    '- Synthetic site showed its "Synthetic test data" banner: ' +
      `${banner === undefined ? 'not checked' : banner ? 'yes' : 'NO'}.`,
    ...results.map(
      (r) =>
        `- ${r.label}: site data folder ${size(r.dataBytes)}; measure page timed: ` +
        `${r.measure?.id ?? 'none'}.`,
    ),
    ...notes.map((n) => `- Note: ${n}`),
    ...(errors.length > 0 ? ['', '### Errors', '', ...errors.map((e) => `- ${e}`)] : []),
  ].join('\n');
}
