import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFolder } from '../../scripts/lib/checkFolder';
import { describeDiff } from '../../src/publish/describeDiff';

const minimal = join(import.meta.dirname, '..', 'fixtures', 'minimal');

async function minimalData() {
  const { data, problems } = await checkFolder(minimal);
  expect(problems).toEqual([]);
  if (!data) throw new Error('the minimal fixture did not load');
  return data;
}

describe('check-data --diff', () => {
  it('lists new figures with the previous period’s, direction; revisions old → new', async () => {
    // direct-payments (higher is better): 29.1 → 31.2 and 25.5 → 26 are better; Derby is
    // suppressed.
    // waiting-count (lower is better): Q1 in force is 1274 (revised in this drop), so 1190 is
    // better; the revision 1300 → 1274 is better too. Nottingham had 2023-24 but has no 2024-25.
    expect(describeDiff(await minimalData())).toBe(
      [
        '',
        'What 2025-26-Q2 changes against the drops before it:',
        '',
        'New figures: 4',
        '  direct-payments (People who receive direct payments):',
        '    Leicester, 2024-25: 31.2; 2023-24 was 29.1: better',
        '    England, 2024-25: 26; 2023-24 was 25.5: better',
        '    Derby, 2024-25: suppressed; 2023-24 was 30',
        '  waiting-count (People waiting for a Care Act assessment):',
        '    Leicester, 2025-26 Q2: 1190 (provisional); 2025-26 Q1 was 1274: better',
        '',
        'Revised figures: 1',
        '  waiting-count, Leicester, 2025-26 Q1: 1300 (provisional) → 1274: better (was ' +
          '2025-26-Q1 line 6, now line 5)',
        '',
        'Areas missing from the newest period: 1 measure',
        '  direct-payments, 2024-25: no figure for Nottingham',
        '',
        'Quarterly or monthly measures the previous drop had and this one has not: 0',
      ].join('\n'),
    );
  });

  it('never calls a change across a redefinition better or worse', async () => {
    const data = await minimalData();
    const metrics = data.metrics.map((m) =>
      m.id === 'direct-payments'
        ? { ...m, breakPeriod: '2024-25', breakKind: 'redefined' as const }
        : m,
    );
    const report = describeDiff({ ...data, metrics }).split('\n');
    expect(report).toContain(
      '    Leicester, 2024-25: 31.2; 2023-24 was 29.1: up (series break: not judged)',
    );
    // A renumbering changes nothing in the report.
    const renumbered = data.metrics.map((m) =>
      m.id === 'direct-payments'
        ? { ...m, breakPeriod: '2024-25', breakKind: 'renumbered' as const }
        : m,
    );
    expect(describeDiff({ ...data, metrics: renumbered })).toBe(describeDiff(data));
  });

  it('reports an earlier drop against the drops before it, and names a missing drop', async () => {
    const data = await minimalData();
    const first = describeDiff(data, '2025-26-Q1').split('\n');
    expect(first.slice(0, 5)).toEqual([
      '',
      'What 2025-26-Q1 changes against the drops before it:',
      '',
      'New figures: 6',
      '  direct-payments (People who receive direct payments):',
    ]);
    expect(first).toContain('    Leicester, 2023-24: 29.1; no earlier figure');
    expect(describeDiff(data, '2030-31-Q1')).toBe(
      'No drop "2030-31-Q1" to compare (drops: 2025-26-Q1, 2025-26-Q2).',
    );
  });
});
