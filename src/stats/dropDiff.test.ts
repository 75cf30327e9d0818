import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../data/period';
import type { Observation } from '../data/types';
import { dropDiff } from './dropDiff';

function row(
  drop: string,
  metric: string,
  area: string,
  label: string,
  value?: number,
): Observation {
  const p = parsePeriod(label);
  if (!p.ok) throw new Error(p.message);
  return {
    metric,
    area,
    period: p.period,
    value,
    numerator: undefined,
    denominator: undefined,
    lower: undefined,
    upper: undefined,
    status: value === undefined ? 'suppressed' : 'final',
    note: '',
    source: 's',
    section: '',
    sourceRef: '',
    drop,
    line: 2,
  };
}

const DROPS = ['2025-26-Q1', '2025-26-Q2'];

describe('dropDiff', () => {
  it('calls every figure of the first drop added: there is nothing earlier to revise', () => {
    const rows = [row('2025-26-Q1', 'a', 'X', '2025-26 Q1', 10)];
    const d = dropDiff(rows, DROPS, '2025-26-Q1');
    expect(d.added).toEqual(rows);
    expect(d.revised).toEqual([]);
    expect(d.missingAreas).toEqual([]);
    expect(d.missingMetrics).toEqual([]);
  });

  it('splits a drop into figures added and figures revised, by value or by status', () => {
    const q1 = [
      row('2025-26-Q1', 'a', 'X', '2025-26 Q1', 10),
      row('2025-26-Q1', 'a', 'Y', '2025-26 Q1', 20),
      row('2025-26-Q1', 'a', 'Z', '2025-26 Q1', 30),
    ];
    const q2 = [
      row('2025-26-Q2', 'a', 'X', '2025-26 Q1', 11), // revised value
      row('2025-26-Q2', 'a', 'Y', '2025-26 Q1', undefined), // now suppressed
      row('2025-26-Q2', 'a', 'Z', '2025-26 Q1', 30), // repeated unchanged: neither
      row('2025-26-Q2', 'a', 'X', '2025-26 Q2', 12), // new
    ];
    const d = dropDiff([...q1, ...q2], DROPS, '2025-26-Q2');
    expect(d.added).toEqual([q2[3]]);
    expect(d.revised.map((r) => [r.area, r.before.value, r.after.value])).toEqual([
      ['X', 10, 11],
      ['Y', 20, undefined],
    ]);
  });

  it('names areas the previous period had and the newest lacks, and measures due each drop', () => {
    const rows = [
      row('2025-26-Q1', 'a', 'X', '2025-26 Q1', 10),
      row('2025-26-Q1', 'a', 'Y', '2025-26 Q1', 20),
      row('2025-26-Q1', 'b', 'X', '2025-26 Q1', 5),
      row('2025-26-Q2', 'a', 'X', '2025-26 Q2', 12),
    ];
    const d = dropDiff(rows, DROPS, '2025-26-Q2', new Set(['a', 'b']));
    expect(d.missingAreas).toEqual([{ metric: 'a', period: '2025-26 Q2', areas: ['Y'] }]);
    expect(d.missingMetrics).toEqual(['b']);
  });
});
