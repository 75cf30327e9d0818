import type { Metric, Polarity } from '../data/types';
import { judgeChange } from './judge';

export type Verdict = 'better' | 'similar' | 'worse' | 'not-compared';

export interface Comparison {
  verdict: Verdict;
  /**
   * wilson: computed from numerator and denominator; interval: the publisher's own limits;
   * difference: no test.
   */
  method: 'wilson' | 'interval' | 'difference' | 'none';
  lower?: number;
  upper?: number;
}

export interface LocalFigure {
  value: number | undefined;
  numerator?: number;
  denominator?: number;
  lower?: number;
  upper?: number;
}

/** z for a two-sided 95% interval. */
const Z95 = 1.959964;

/**
 * Whether a measure's numerator and denominator count people, so a Wilson interval for a proportion
 * means something. No column of metrics.csv says what is counted, so the rule is the narrowest one
 * the catalogue supports: a percentage published under an ASCOF code (its `codes` column), as every
 * ASCOF percentage is a share of people who use services or of carers. A CQC assessment score
 * (points out of 36) and a council's own percentages (of complaints, posts, providers) are left
 * out.
 */
export function countsPeople(metric: Pick<Metric, 'unit' | 'codes'>): boolean {
  return metric.unit === 'percent' && (metric.codes ?? []).some((c) => /^ASCOF\s/i.test(c));
}

/**
 * Wilson score interval for a proportion, in percent (0–100); undefined for an impossible numerator
 * or denominator.
 */
export function wilsonInterval(
  numerator: number,
  denominator: number,
  z = Z95,
): { lower: number; upper: number } | undefined {
  if (!(denominator > 0) || !(numerator >= 0 && numerator <= denominator)) return undefined;
  // Wilson rather than p ± z·se: the normal approximation fails near 0% and 100% (zero width,
  // limits past the ends), and Wilson is the method public-health profiles use (PHE Fingertips,
  // after Newcombe and Altman).
  const p = numerator / denominator;
  const z2 = z * z;
  const scale = 1 + z2 / denominator;
  const centre = (p + z2 / (2 * denominator)) / scale;
  const half =
    (z * Math.sqrt((p * (1 - p)) / denominator + z2 / (4 * denominator * denominator))) / scale;
  // At 0/n and n/n the exact limit is 0% or 100%; set it so rounding cannot leave
  // 99.99999999999999.
  return {
    lower: numerator === 0 ? 0 : (centre - half) * 100,
    upper: numerator === denominator ? 100 : (centre + half) * 100,
  };
}

/**
 * Better, similar or worse than a benchmark, using an interval where there is one (published
 * limits, or a Wilson interval where the measure counts people: see countsPeople) and the plain
 * difference otherwise.
 */
export function compareWithBenchmark(
  local: LocalFigure,
  benchmark: number | undefined,
  polarity: Polarity,
  measure: Pick<Metric, 'unit' | 'codes'>,
): Comparison {
  const { value } = local;
  if (value === undefined || benchmark === undefined)
    return { verdict: 'not-compared', method: 'none' };
  if (local.lower !== undefined && local.upper !== undefined) {
    return {
      verdict: againstInterval(local.lower, local.upper, benchmark, polarity),
      method: 'interval',
      lower: local.lower,
      upper: local.upper,
    };
  }
  if (countsPeople(measure) && local.numerator !== undefined && local.denominator !== undefined) {
    const interval = wilsonInterval(local.numerator, local.denominator);
    if (interval)
      return {
        verdict: againstInterval(interval.lower, interval.upper, benchmark, polarity),
        method: 'wilson',
        ...interval,
      };
  }
  // No interval to test against: only an exact match is 'similar'; the UI says "not tested for
  // significance".
  return { verdict: verdictOf(value - benchmark, polarity), method: 'difference' };
}

/**
 * Significantly different only when the benchmark lies outside the local interval (the Fingertips
 * rule).
 */
function againstInterval(
  lower: number,
  upper: number,
  benchmark: number,
  polarity: Polarity,
): Verdict {
  if (benchmark >= lower && benchmark <= upper)
    return polarity === 'none' ? 'not-compared' : 'similar';
  // Benchmark below the whole interval: the local figure is significantly higher.
  return verdictOf(benchmark < lower ? 1 : -1, polarity);
}

function verdictOf(difference: number, polarity: Polarity): Verdict {
  if (polarity === 'none') return 'not-compared';
  const direction = judgeChange(difference, polarity);
  return direction === 'same'
    ? 'similar'
    : direction === 'no-judgement'
      ? 'not-compared'
      : direction;
}
