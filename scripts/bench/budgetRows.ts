/** The summary's first table: each site's figures against the budgets the issues set. */
import { sum } from './firstView';
import { loadKey } from './measureSite';
import { count, kb, ms, spreadText, verdict } from './report';
import { changeSpread, loadSpread, rateWords, scripts, type SiteResult } from './siteResult';

const JS_BUDGET = 200 * 1024;
const LOAD_BUDGET: Record<number, number> = { 1: 1000, 4: 3000 };
/** The first figure on screen (issue 11): 300 ms unthrottled, 1 s at 4× CPU. */
const FIGURE_BUDGET: Record<number, number> = { 1: 300, 4: 1000 };
const CHANGE_BUDGET = 100;

export function budgetRows(r: SiteResult, withBytes: boolean): string[][] {
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
        `${prefix}first paint with text (a figure, where the page is pre-rendered), ` +
          `${page}, ${rateWords(rate)}`,
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
