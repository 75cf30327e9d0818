/**
 * Small typed rows for unit tests: each builder fills every field, and a test overrides what it
 * needs.
 */
import { parsePeriod } from '../data/period';
import type { Drop, Metric, Observation, Site, Target } from '../data/types';
import type { Figure } from './figures';

export function periodOf(label: string) {
  const p = parsePeriod(label);
  if (!p.ok) throw new Error(p.message);
  return p.period;
}

export function testMetric(over: Partial<Metric> = {}): Metric {
  return {
    id: 'm',
    title: 'Median wait',
    description: '',
    unit: 'days',
    polarity: 'lower',
    frequency: 'point-in-time',
    theme: 'Working with people',
    qualityStatement: 'Assessing needs',
    family: 'waiting',
    definition: '',
    source: 's',
    caveats: '',
    decimals: 0,
    breakPeriod: undefined,
    breakKind: undefined,
    breakNote: '',
    ended: undefined,
    codes: [],
    line: 2,
    ...over,
  };
}

export function testObservation(
  over: Partial<Omit<Observation, 'period'>> & { period: string },
): Observation {
  const { period, ...rest } = over;
  return {
    metric: 'm',
    area: 'A',
    value: undefined,
    numerator: undefined,
    denominator: undefined,
    lower: undefined,
    upper: undefined,
    status: 'final',
    note: '',
    source: 's',
    section: '',
    sourceRef: '',
    drop: 'd1',
    line: 2,
    ...rest,
    period: periodOf(period),
  };
}

export function testFigure(over: Partial<Omit<Figure, 'period'>> & { period: string }): Figure {
  const { revisions = [], ...rest } = over;
  return { ...testObservation(rest), revisions };
}

export function testTarget(over: Partial<Target> = {}): Target {
  return {
    metric: 'm',
    area: 'A',
    date: '2026-11-30',
    value: undefined,
    kind: 'target',
    operator: undefined,
    outcome: '',
    source: 's',
    section: '',
    sourceRef: '',
    note: '',
    proxy: '',
    line: 2,
    ...over,
  };
}

export function testDrop(id: string, published: string): Drop {
  return { id, published, title: `Drop ${id}`, note: '', line: 2 };
}

export function testSite(over: Partial<Site> = {}): Site {
  return {
    title: 't',
    authority: { code: 'A', name: 'Leicester' },
    synthetic: true,
    groups: [{ id: 'g', name: 'Neighbours', version: '', source: 's', members: ['P', 'Q', 'R'] }],
    benchmarks: [{ code: 'E', name: 'England' }],
    meetings: [],
    ...over,
  };
}
