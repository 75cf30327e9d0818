/**
 * Every browser measurement of one built site, run one after another (the machine may have two
 * cores).
 */
import type { Browser } from 'playwright-core';
import { comparatorChanges, type ChangeRun } from './comparatorChange';
import { firstViewFetches, type FirstView } from './firstView';
import { timeToChart, type LoadRun, type Condition, type PageKind } from './pageTiming';
import type { MeasureChoice } from './pickMeasure';
import { ms } from './report';

export interface SitePlan {
  name: string;
  /** The site's root address, ending in a slash. */
  url: string;
  measure: MeasureChoice;
  /** Cold loads per page and CPU rate. */
  runs: number;
  /** CPU slowdowns to time loads at: 1 is unthrottled. */
  cpuRates: number[];
  comparatorRuns: number;
  comparatorRates: number[];
  /** Also time three loads of each page on DevTools' "Slow 3G" network. */
  slow3g?: boolean;
  /**
   * If the first overview load takes longer than this, later loads use `reducedRuns` (and say so).
   */
  slowMs?: number;
  reducedRuns?: number;
}

export interface SiteFigures {
  overviewFetches: FirstView | undefined;
  measureFetches: FirstView | undefined;
  /** `${page}@${rate}` → runs. */
  loads: Map<string, LoadRun[]>;
  comparator: Map<number, ChangeRun[]>;
  errors: string[];
  notes: string[];
}

export const loadKey = (kind: PageKind, rate: Condition): string => `${kind}@${rate}`;

async function attempt<T>(
  what: string,
  errors: string[],
  run: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await run();
  } catch (e) {
    const message = `${what}: ${e instanceof Error ? e.message : String(e)}`;
    errors.push(message);
    console.log(`    ! ${message}`);
    return undefined;
  }
}

export async function measureSite(browser: Browser, plan: SitePlan): Promise<SiteFigures> {
  const measureUrl = `${plan.url}measure/${encodeURIComponent(plan.measure.id)}/`;
  const figures: SiteFigures = {
    overviewFetches: undefined,
    measureFetches: undefined,
    loads: new Map(),
    comparator: new Map(),
    errors: [],
    notes: [],
  };
  const log = (text: string) => console.log(`  [${plan.name}] ${text}`);

  log('first-view bytes: overview');
  figures.overviewFetches = await attempt('overview bytes', figures.errors, () =>
    firstViewFetches(browser, plan.url, 'overview'),
  );
  log(`first-view bytes: measure page ${plan.measure.id}`);
  figures.measureFetches = await attempt('measure page bytes', figures.errors, () =>
    firstViewFetches(browser, measureUrl, 'measure'),
  );

  let runs = plan.runs;
  for (const rate of plan.cpuRates) {
    for (const [kind, url] of [
      ['overview', plan.url],
      ['measure', measureUrl],
    ] as const) {
      const results: LoadRun[] = [];
      for (let i = 0; i < runs; i++) {
        const r = await attempt(`${kind} load ${i + 1} at ${rate}x CPU`, figures.errors, () =>
          timeToChart(browser, url, kind, rate),
        );
        if (r) results.push(r);
        if (
          r &&
          i === 0 &&
          plan.slowMs !== undefined &&
          plan.reducedRuns !== undefined &&
          r.dom > plan.slowMs &&
          runs > plan.reducedRuns
        ) {
          runs = plan.reducedRuns;
          figures.notes.push(
            `The first overview load took ${ms(r.dom)} (over ${ms(plan.slowMs)}), so every ` +
              `page was timed over ${runs} cold loads instead of ${plan.runs} to keep the ` +
              'whole run short.',
          );
        }
      }
      figures.loads.set(loadKey(kind, rate), results);
      log(`${kind} at ${rate}x CPU: ${results.map((r) => Math.round(r.dom)).join(', ')} ms`);
    }
  }

  for (const [kind, url] of plan.slow3g
    ? ([
        ['overview', plan.url],
        ['measure', measureUrl],
      ] as const)
    : []) {
    const results: LoadRun[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await attempt(`${kind} load ${i + 1} on slow 3G`, figures.errors, () =>
        timeToChart(browser, url, kind, 'slow-3g'),
      );
      if (r) results.push(r);
    }
    figures.loads.set(loadKey(kind, 'slow-3g'), results);
    log(`${kind} on slow 3G: ${results.map((r) => Math.round(r.dom)).join(', ')} ms`);
  }

  for (const rate of plan.comparatorRates) {
    const changes = await attempt(`comparator change at ${rate}x CPU`, figures.errors, () =>
      comparatorChanges(browser, {
        url: measureUrl,
        groups: { from: plan.measure.groupA, to: plan.measure.groupB },
        runs: plan.comparatorRuns,
        cpuRate: rate,
      }),
    );
    if (changes) {
      figures.comparator.set(rate, changes);
      log(
        `comparator change at ${rate}x CPU: ` +
          `${changes.map((c) => Math.round(c.dom)).join(', ')} ms (rows ` +
          `${changes[0]?.rowsBefore ?? '?'} → ${changes[0]?.rowsAfter ?? '?'})`,
      );
    }
  }
  return figures;
}
