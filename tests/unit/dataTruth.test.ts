import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFolder } from '../../scripts/lib/checkFolder';
import type { DataSet } from '../../src/data/dataset';
import { currentFigures } from '../../src/stats/figures';

// Both shipped data folders, read by the same parser and checks the site and `check-data` use.
const FOLDERS = ['data', 'data/examples/leicestershire'] as const;
const loaded = new Map<string, DataSet>();

beforeAll(async () => {
  for (const folder of FOLDERS) {
    const result = await checkFolder(resolve(import.meta.dirname, '..', '..', folder));
    expect(result.problems).toEqual([]);
    if (!result.data) throw new Error(`${folder} did not load`);
    loaded.set(folder, result.data);
  }
});

const dataOf = (folder: string): DataSet => {
  const data = loaded.get(folder);
  if (!data) throw new Error(`${folder} did not load`);
  return data;
};

/** Officer wording that must stay in source_ref: where in a document's text a figure is. */
const OFFICER_WORDS = /\blines? \d+|interleaved|garbled|agenda pack text|\bseed \d{3}\b/i;

/** Every field a page may show, with where it is, for each file of a data folder. */
function publicText(data: DataSet): { where: string; text: string }[] {
  const at = (file: string, line: number, column: string, text: string) => ({
    where: `${file}:${line}: ${column}`,
    text,
  });
  return [
    ...data.observations.flatMap((o) => [
      at(`drops/${o.drop}/values.csv`, o.line, 'note', o.note),
      at(`drops/${o.drop}/values.csv`, o.line, 'section', o.section),
    ]),
    ...data.targets.flatMap((t) => [
      at('targets.csv', t.line, 'note', t.note),
      at('targets.csv', t.line, 'section', t.section),
      at('targets.csv', t.line, 'proxy', t.proxy),
    ]),
    ...data.outcomes.flatMap((o) => [
      at('outcomes.csv', o.line, 'title', o.title),
      at('outcomes.csv', o.line, 'outcome_text', o.text),
      at('outcomes.csv', o.line, 'section', o.section),
    ]),
    ...data.events.flatMap((e) => [
      at('events.csv', e.line, 'label', e.label),
      at('events.csv', e.line, 'section', e.section),
    ]),
    ...data.questions.map((q) => at('questions.csv', q.line, 'question', q.question)),
    ...data.drops.flatMap((d) => [
      at('drops.csv', d.line, 'title', d.title),
      at('drops.csv', d.line, 'note', d.note),
    ]),
    ...data.metrics.flatMap((m) =>
      (['title', 'description', 'definition', 'caveats', 'breakNote'] as const).map((c) =>
        at('metrics.csv', m.line, c, m[c]),
      ),
    ),
    ...data.site.groups.flatMap((g) => [
      at('site.json', 0, `groups.${g.id}.name`, g.name),
      at('site.json', 0, `groups.${g.id}.version`, g.version),
    ]),
  ];
}

describe.each(FOLDERS)('the shipped data in %s', (folder) => {
  it('keeps officer wording (document lines, "garbled", …) out of every public field', () => {
    const leaks = publicText(dataOf(folder))
      .filter(({ text }) => OFFICER_WORDS.test(text))
      .map(({ where, text }) => `${where}: ${text}`);
    expect(leaks).toEqual([]);
  });

  it('gives every council figure a public section and an officer reference to its place', () => {
    const local = dataOf(folder).observations.filter(
      (o) => o.source.startsWith('lcc-') || o.source === 'cqc-leicester-assessment-2025-07',
    );
    expect(local.filter((o) => o.section === '' || !/line/.test(o.sourceRef))).toEqual([]);
  });

  it('starts every plan baseline from the figure its series shows for the same period', () => {
    const data = dataOf(folder);
    const figures = currentFigures(
      data.observations,
      data.drops.map((d) => d.id),
    );
    const disagree = data.targets
      .filter((t) => t.kind === 'baseline')
      .flatMap((t) => {
        const same = figures.find(
          (f) => f.metric === t.metric && f.area === t.area && f.period.end === t.date,
        );
        return same?.value === t.value
          ? []
          : [
              `targets.csv:${t.line}: ${t.metric} ${t.date}: baseline ${t.value}, series ` +
                `${same?.value}`,
            ];
      });
    expect(disagree).toEqual([]);
  });

  it('marks stand-in targets in the proxy column, saying publicly what judging needs', () => {
    const targets = dataOf(folder).targets;
    expect(targets.filter((t) => /^proxy/i.test(t.note)).map((t) => t.line)).toEqual([]);
    const proxies = targets.filter((t) => t.proxy !== '');
    expect(proxies.every((t) => t.kind === 'target')).toBe(true);
    expect(proxies.filter((t) => !/To judge the target/.test(t.proxy)).map((t) => t.line)).toEqual(
      [],
    );
  });
});

describe('Leicester’s improvement plan', () => {
  it('marks as stand-ins the four targets set on a measure other than the plan’s own', () => {
    const proxyMetrics = dataOf('data')
      .targets.filter((t) => t.proxy !== '')
      .map((t) => t.metric);
    // Avoidable direct-payment cessations, the waiting-time gap between teams, reviews more than 6
    // months overdue and new home-care contracts: each is judged by a different count.
    expect(proxyMetrics).toEqual(
      expect.arrayContaining([
        'direct-payments-ceased-count',
        'care-act-assessment-median-wait-days-learning-disability',
        'review-median-wait-days',
        'contracted-homecare-good-outstanding-percent',
      ]),
    );
  });

  it('starts outcome 3 from ASCOF’s 72.4% (2023-24); CQC’s 69.71%, account’s 73% a note', () => {
    const data = dataOf('data');
    const baseline = data.targets.find((t) => t.outcome === 'outcome-3' && t.kind === 'baseline');
    expect(baseline).toMatchObject({
      metric: 'ascof-users-easy-information',
      date: '2024-03-31',
      value: 72.4,
    });
    const figure = data.observations.find(
      (o) =>
        o.metric === 'ascof-users-easy-information' &&
        o.area === 'E06000016' &&
        o.period.label === '2023-24',
    );
    expect(figure?.note).toContain('69.71%');
    expect(figure?.note).toContain('73%');
  });

  it('says which series stopped being published, and when', () => {
    const ended = Object.fromEntries(
      dataOf('data')
        .metrics.filter((m) => m.ended !== undefined)
        .map((m) => [m.id, m.ended]),
    );
    expect(ended).toMatchObject({
      'ascof-delayed-transfers-total': '2019-20',
      'ascof-mental-health-independent': '2022-23',
      'ascof-services-made-feel-safe': '2022-23',
    });
  });
});
