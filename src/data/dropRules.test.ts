import { describe, expect, it } from 'vitest';
import {
  dropListProblems,
  dropNameProblems,
  latestFigures,
  quarterDates,
  quarterEndedBy,
  quarterId,
  quarterOfDate,
  quarterOfDropId,
} from './dropRules';
import { parseDrops } from './tables';

describe('quarters', () => {
  it('reads a drop id as the financial-year quarter it names, and refuses anything else', () => {
    expect(quarterOfDropId('2025-26-Q2')).toEqual({ year: 2025, n: 2 });
    expect(quarterOfDropId('2025-27-Q2')).toBeUndefined();
    expect(quarterOfDropId('2025-26 Q2')).toBeUndefined();
  });

  it('gives each quarter its first and last day: Q1 is April to June, Q4 January to March', () => {
    expect(quarterDates({ year: 2025, n: 1 })).toEqual({ start: '2025-04-01', end: '2025-06-30' });
    expect(quarterDates({ year: 2025, n: 3 })).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(quarterDates({ year: 2023, n: 4 })).toEqual({ start: '2024-01-01', end: '2024-03-31' });
  });

  it('finds the quarter a date falls in, and the latest quarter that had ended on it', () => {
    expect(quarterId(quarterOfDate('2026-03-31'))).toBe('2025-26-Q4');
    expect(quarterId(quarterOfDate('2025-04-01'))).toBe('2025-26-Q1');
    // 13 November 2025 is in Q3, which has not ended: Q2 (July to September) had.
    expect(quarterId(quarterEndedBy('2025-11-13'))).toBe('2025-26-Q2');
    // On its last day a quarter has ended; on 1 April the year's Q4 has.
    expect(quarterId(quarterEndedBy('2025-09-30'))).toBe('2025-26-Q2');
    expect(quarterId(quarterEndedBy('2025-04-01'))).toBe('2024-25-Q4');
    expect(quarterId(quarterEndedBy('2025-06-29'))).toBe('2024-25-Q4');
  });
});

describe('dropListProblems', () => {
  it('accepts drops in publication order, even a yearly release named for an older quarter', () => {
    expect(
      dropListProblems([
        { id: '2025-26-Q2', published: '2025-11-13', line: 2 },
        { id: '2024-25-Q4', published: '2026-01-23', line: 3 },
        { id: '2025-26-Q4', published: '2026-09-07', line: 4 },
      ]),
    ).toEqual([]);
  });

  it('compares each drop with the latest date above it, so one early row is reported once', () => {
    expect(
      dropListProblems([
        { id: '2025-26-Q2', published: '2025-11-13', line: 2 },
        { id: '2024-25-Q4', published: '2025-10-01', line: 3 },
        { id: '2025-26-Q3', published: '2026-01-20', line: 4 },
      ]).map((p) => [p.line, p.message]),
    ).toEqual([
      [3, 'the drop 2024-25-Q4 (2025-10-01) is dated before 2025-26-Q2 on line 2 (2025-11-13)'],
    ]);
  });
});

describe('dropNameProblems', () => {
  const drops = [{ id: '2025-26-Q2', published: '2025-11-13', line: 2 }];
  const latest = (period: string, end: string) =>
    new Map([['2025-26-Q2', { period, end, line: 9 }]]);

  it('accepts a latest figure in a quarter not ended when published (October, in November)', () => {
    expect(dropNameProblems(drops, latest('2025-10', '2025-10-31'))).toEqual([]);
  });

  it('accepts a forecast for the year: the drop is named for the latest quarter ended', () => {
    expect(dropNameProblems(drops, latest('2025-26', '2026-03-31'))).toEqual([]);
  });

  it('refuses a drop named for a quarter after its latest figure, or before the one it has', () => {
    expect(dropNameProblems(drops, latest('2024-25', '2025-03-31'))[0]?.fix).toBe(
      'name it for the latest quarter it reports: 2024-25-Q4',
    );
    expect(
      dropNameProblems(
        [{ id: '2025-26-Q1', published: '2025-11-13', line: 2 }],
        new Map([['2025-26-Q1', { period: '2025-09', end: '2025-09-30', line: 4 }]]),
      )[0]?.fix,
    ).toBe('name it for the latest quarter it reports: 2025-26-Q2');
  });

  it('takes the figure whose period ends last as the latest, whatever its kind', () => {
    const period = (label: string, end: string) => ({ label, end });
    expect(
      latestFigures([
        { drop: 'a', period: period('2024-25', '2025-03-31'), line: 2 },
        { drop: 'a', period: period('2025-06-26', '2025-06-26'), line: 3 },
        { drop: 'a', period: period('2025-01', '2025-01-31'), line: 4 },
      ]).get('a'),
    ).toEqual({ period: '2025-06-26', end: '2025-06-26', line: 3 });
  });
});

describe('parseDrops, the parser the site and check-data share', () => {
  it('reports drops.csv out of publication order: the browser refuses it as the check does', () => {
    const { rows, problems } = parseDrops(
      'id,published,title\n2025-26-Q2,2025-11-13,A\n2025-26-Q3,2025-11-13,B\n',
      'drops.csv',
    );
    expect(rows.map((d) => [d.id, d.line])).toEqual([
      ['2025-26-Q2', 2],
      ['2025-26-Q3', 3],
    ]);
    expect(problems.map((p) => `${p.line} ${p.column}: ${p.message}`)).toEqual([
      '3 published: the drop 2025-26-Q3 has the same date (2025-11-13) as 2025-26-Q2 on line 2',
      '3 published: the drop 2025-26-Q3 is dated 2025-11-13, before its quarter ends on 2025-12-31',
    ]);
  });
});
