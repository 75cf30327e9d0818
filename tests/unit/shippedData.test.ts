import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFolder } from '../../scripts/lib/checkFolder';
import type { DataSet } from '../../src/data/dataset';
import { currentFigures, dropsUpTo } from '../../src/stats/figures';

// The shipped Leicester data, read by the same parser and checks the site and `check-data` use.
let data: DataSet;

beforeAll(async () => {
  const result = await checkFolder(resolve(import.meta.dirname, '..', '..', 'data'));
  expect(result.problems).toEqual([]);
  if (!result.data) throw new Error('data/ did not load');
  data = result.data;
});

const value = (metric: string, area: string, period: string) =>
  data.observations.find((o) => o.metric === metric && o.area === area && o.period.label === period)
    ?.value;

describe('the shipped data', () => {
  it('has the direct-payment share 2017-18 to 2023-24: Leicester, 15 neighbours, England', () => {
    const cipfa = data.site.groups.find((g) => g.id === 'cipfa')?.members ?? [];
    expect(cipfa).toHaveLength(15);
    const years = ['2017-18', '2018-19', '2019-20', '2020-21', '2021-22', '2022-23', '2023-24'];
    for (const area of ['E06000016', 'E92000001', ...cipfa]) {
      for (const year of years)
        expect(value('ascof-direct-payments-users', area, year), `${area} ${year}`).toBeTypeOf(
          'number',
        );
    }
    expect(value('ascof-direct-payments-users', 'E06000016', '2023-24')).toBe(46);
    expect(value('ascof-direct-payments-users', 'E92000001', '2023-24')).toBe(25.5);
  });

  it('marks the 2023-24 ASCOF renumbering as a series break, a renumbering only', () => {
    const dp = data.metrics.find((m) => m.id === 'ascof-direct-payments-users');
    expect(dp?.breakPeriod).toBe('2023-24');
    expect(dp?.breakKind).toBe('renumbered');
    expect(dp?.breakNote).toContain('1C2A');
    // The mental health measures' 2021-22 fall was a change in counting: never judged across.
    const mh = data.metrics.find((m) => m.id === 'ascof-mental-health-independent');
    expect([mh?.breakPeriod, mh?.breakKind]).toEqual(['2021-22', 'redefined']);
  });

  it('has the Care Act assessment wait of 135 days (Jan 2025), 90-day target (Nov 2026)', () => {
    expect(value('care-act-assessment-median-wait-days', 'E06000016', '2025-01')).toBe(135);
    const target = data.targets.find(
      (t) => t.metric === 'care-act-assessment-median-wait-days' && t.kind === 'target',
    );
    expect(target).toMatchObject({
      date: '2026-11-30',
      value: 90,
      operator: 'at-most',
      outcome: 'outcome-1',
    });
  });

  it('has 45% of threshold decisions in 5 days, SACE 2023-24 18.52% vs England’s 32.98%', () => {
    expect(
      // "a 12-month period between 2023 and 2025", shown at February 2025 when the CQC visited.
      value('safeguarding-threshold-decisions-within-5-days-percent', 'E06000016', '2025-02'),
    ).toBe(45);
    expect(value('carers-support-groups-percent', 'E06000016', '2023-24')).toBe(18.52);
    expect(value('carers-support-groups-percent', 'E92000001', '2023-24')).toBe(32.98);
  });

  it('has the nine improvement-plan outcomes', () => {
    expect(data.outcomes.map((o) => o.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('names a known source for every figure; the council’s own figures say where they are', () => {
    const sources = new Set(data.sources.map((s) => s.id));
    expect(data.observations.filter((o) => !sources.has(o.source))).toEqual([]);
    const local = data.observations.filter(
      (o) => o.source.startsWith('lcc-') || o.source === 'cqc-leicester-assessment-2025-07',
    );
    expect(local.length).toBeGreaterThan(50);
    expect(local.filter((o) => !/line/.test(o.sourceRef))).toEqual([]);
  });

  it('holds drops in publication order, not by name: ASCOF 2024-25 before client-level', () => {
    expect(data.drops.map((d) => [d.id, d.published])).toEqual([
      ['2025-26-Q2', '2025-11-13'],
      ['2024-25-Q4', '2026-01-23'],
      ['2025-26-Q4', '2026-09-07'],
    ]);
    const figure = (drop: string, metric: string, period: string) =>
      data.observations.find(
        (o) =>
          o.drop === drop &&
          o.metric === metric &&
          o.area === 'E06000016' &&
          o.period.label === period,
      )?.value;
    expect(figure('2024-25-Q4', 'ascof-quality-of-life', '2024-25')).toBe(18.6);
    expect(figure('2025-26-Q4', 'cld-long-term-support-rate', '2026-03-31')).toBeTypeOf('number');
    expect(data.drops[0]?.title).toContain('a reconstruction');
  });

  it('shows the drops up to one drop in publication order: 2024-25-Q4 follows 2025-26-Q2', () => {
    expect(dropsUpTo(data.drops, '2024-25-Q4').map((d) => d.id)).toEqual([
      '2025-26-Q2',
      '2024-25-Q4',
    ]);
    const snapshot = currentFigures(
      data.observations,
      dropsUpTo(data.drops, '2024-25-Q4').map((d) => d.id),
    );
    expect(snapshot.some((f) => f.metric === 'cld-long-term-support-rate')).toBe(false);
    expect(
      snapshot.find(
        (f) =>
          f.metric === 'ascof-quality-of-life' &&
          f.area === 'E06000016' &&
          f.period.label === '2024-25',
      )?.value,
    ).toBe(18.6);
  });

  it('puts the council’s own figure beside the statistic for its period as a public note', () => {
    const turnover = data.observations.find(
      (o) =>
        o.metric === 'oflog-workforce-turnover' &&
        o.area === 'E06000016' &&
        o.period.label === '2022-23',
    );
    expect(turnover?.value).toBe(18.56);
    expect(turnover?.note).toBe(
      "Also reported for this period: 18.6% in the council's 2024 local account, Key facts " +
        'and figures: People working in care and support.',
    );
  });
});
