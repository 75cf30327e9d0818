import { describe, expect, it } from 'vitest';
import { formatProblem } from './problem';
import { parsePeriod } from './period';
import { isConfirmed, medianWithout, plausibilityProblems } from './plausibility';
import type { AreaKind, Metric, Observation, Unit } from './types';

function metric(id: string, unit: Unit, decimals = 1, breakPeriod?: string): Metric {
  return {
    id,
    title: id,
    description: '',
    unit,
    polarity: 'higher',
    frequency: 'annual',
    theme: 'Providing support',
    qualityStatement: 'Assessing needs',
    family: undefined,
    definition: '',
    source: 's',
    caveats: '',
    decimals,
    breakPeriod,
    breakKind: breakPeriod ? 'redefined' : undefined,
    breakNote: '',
    ended: undefined,
    line: 2,
  };
}

let line = 1;
function figure(m: string, area: string, label: string, value: number, note = ''): Observation {
  const p = parsePeriod(label);
  if (!p.ok) throw new Error(p.message);
  line += 1;
  return {
    metric: m,
    area,
    period: p.period,
    value,
    numerator: undefined,
    denominator: undefined,
    lower: undefined,
    upper: undefined,
    status: 'final',
    note,
    source: 's',
    section: '',
    sourceRef: '',
    drop: '2025-26-Q2',
    line,
  };
}

const metrics = new Map(
  [
    metric('share', 'percent'),
    metric('waiting', 'count', 0),
    metric('rate', 'rate per 100,000'),
    metric('split', 'days', 0, '2023-24'),
  ].map((m) => [m.id, m]),
);
const councils = (code: string): AreaKind | undefined =>
  code.startsWith('E92') ? 'country' : 'council';

function check(observations: Observation[]): string[] {
  return plausibilityProblems(observations, metrics, councils).map(formatProblem);
}

const FIX =
  'check the figure; if it is right, confirm it: start its note with "Confirmed:" and say why';
const V = 'drops/2025-26-Q2/values.csv';

describe('plausibility', () => {
  it('asks if a percentage under 1 was typed as a fraction when its series is above 10', () => {
    line = 1;
    // The rest of the series is 89.5 and 90.0: median 89.75 > 10, and 0.912 < 1.
    expect(
      check([
        figure('share', 'E06000016', '2022-23', 89.5),
        figure('share', 'E06000016', '2023-24', 90),
        figure('share', 'E06000016', '2024-25', 0.912),
      ]),
    ).toEqual([
      `${V}:4: value: 0.912 — the previous period (2023-24) was 90.0; was this typed as a ` +
        'fraction? — write percentages from 0 to 100; if the figure is right, start its note ' +
        'with "Confirmed:" and say why',
    ]);
  });

  it('questions a figure more than 3 times, or less than a third of, the previous period’s', () => {
    line = 1;
    // 310 > 3 × 100 = 300; then 300 → 99 < 300 / 3 = 100; 300 and 100 themselves are within reach.
    expect(
      check([
        figure('waiting', 'E06000016', '2021-22', 100),
        figure('waiting', 'E06000016', '2022-23', 300),
        figure('waiting', 'E06000016', '2023-24', 100),
        figure('waiting', 'E06000020', '2022-23', 100),
        figure('waiting', 'E06000020', '2023-24', 310),
        figure('waiting', 'E06000020', '2024-25', 310),
        figure('waiting', 'E06000021', '2022-23', 300),
        figure('waiting', 'E06000021', '2023-24', 99),
      ]),
    ).toEqual([
      `${V}:6: value: 310 is more than 3 times the previous period's figure (2022-23: 100) ` +
        `— ${FIX}`,
      `${V}:9: value: 99 is less than a third of the previous period's figure (2022-23: ` +
        `300) — ${FIX}`,
    ]);
  });

  it('never questions the first period of a series against a previous one, which it lacks', () => {
    line = 1;
    // 10 is first: nothing before it. 40 > 3 × 10 = 30 is questioned; 41 against 40 is not.
    expect(
      check([
        figure('waiting', 'E06000016', '2021-22', 10),
        figure('waiting', 'E06000016', '2022-23', 40),
        figure('waiting', 'E06000016', '2023-24', 41),
        figure('waiting', 'E06000020', '2023-24', 1),
      ]),
    ).toEqual([
      `${V}:3: value: 40 is more than 3 times the previous period's figure (2021-22: 10) — ${FIX}`,
    ]);
  });

  it('accepts a jump confirmed in its note, and sets the next period against that figure', () => {
    line = 1;
    // 40 is confirmed; 41 is set against 40 (within reach), not against 10.
    expect(
      check([
        figure('waiting', 'E06000016', '2021-22', 10),
        figure(
          'waiting',
          'E06000016',
          '2022-23',
          40,
          'Confirmed: the waiting list now includes OT',
        ),
        figure('waiting', 'E06000016', '2023-24', 41),
      ]),
    ).toEqual([]);
    expect(isConfirmed('confirmed by the service manager')).toBe(true);
    expect(isConfirmed('Not confirmed')).toBe(false);
    expect(isConfirmed('Unconfirmed')).toBe(false);
  });

  it('does not question a figure that only returns to the level before a questioned one', () => {
    line = 1;
    // 9 < 90 / 3 is questioned; 91 > 3 × 9 but is back within reach of 90, two periods back.
    expect(
      check([
        figure('rate', 'E06000016', '2022-23', 90),
        figure('rate', 'E06000016', '2023-24', 9),
        figure('rate', 'E06000016', '2024-25', 91),
      ]),
    ).toEqual([
      `${V}:3: value: 9 is less than a third of the previous period's figure (2022-23: ` +
        `90.0) — ${FIX}`,
    ]);
  });

  it('does not compare across a break in the series', () => {
    line = 1;
    expect(
      check([
        figure('split', 'E06000016', '2022-23', 10),
        figure('split', 'E06000016', '2023-24', 40),
      ]),
    ).toEqual([]);
  });

  it('questions a figure over 3 times the median of five or more others, and above all', () => {
    line = 1;
    const others = [10, 11, 12, 13, 14].map((v, i) => figure('rate', `E0600002${i}`, '2024-25', v));
    // Others 10, 11, 12, 13, 14: median 12; 37 > 3 × 12 = 36 and above 14. England is not a
    // council.
    expect(
      check([
        ...others,
        figure('rate', 'E06000016', '2024-25', 37),
        figure('rate', 'E92000001', '2024-25', 400),
      ]),
    ).toEqual([
      `${V}:7: value: 37 is more than 3 times the median of the other 5 councils for ` +
        `2024-25 (12.0) — ${FIX}`,
    ]);
  });

  it('leaves alone a council with under five others, one not beyond them all, or a count', () => {
    line = 1;
    const four = [10, 11, 12, 13].map((v, i) => figure('rate', `E0600002${i}`, '2023-24', v));
    // 45 is beyond 3 × 12 but not beyond 46, which is questioned (line 10) in its place.
    const withPeer = [10, 11, 12, 13, 46].map((v, i) =>
      figure('rate', `E0600002${i}`, '2024-25', v),
    );
    const counts = [10, 11, 12, 13, 14].map((v, i) =>
      figure('waiting', `E0600002${i}`, '2024-25', v),
    );
    expect(
      check([
        ...four,
        figure('rate', 'E06000016', '2023-24', 40),
        ...withPeer,
        figure('rate', 'E06000016', '2024-25', 45),
        ...counts,
        figure('waiting', 'E06000016', '2024-25', 400),
      ]),
    ).toEqual([
      `${V}:10: value: 46 is more than 3 times the median of the other 5 councils for ` +
        `2024-25 (12.0) — ${FIX}`,
    ]);
  });

  it('takes the median of a sorted list without one element', () => {
    // [1, 2, 3, 10] without 10 → [1, 2, 3]: 2; without 1 → [2, 3, 10]: 3; [1, 2, 3] without 2 →
    // (1 + 3) / 2.
    expect(medianWithout([1, 2, 3, 10], 3)).toBe(2);
    expect(medianWithout([1, 2, 3, 10], 0)).toBe(3);
    expect(medianWithout([1, 2, 3], 1)).toBe(2);
    expect(medianWithout([5], 0)).toBeUndefined();
  });
});
