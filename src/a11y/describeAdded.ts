import type { Metric } from '../data/types';
import { formatPeriod, formatValue } from '../format';
import type { Figure } from '../stats/figures';

/**
 * The councils added to a comparison in words, each with its latest figure for the measure, so the
 * lines the chart draws for them are also said: "Added to the comparison: Kent, 31.9% in 2023-24."
 */
export function addedSentence(
  added: { code: string; name: string }[],
  figures: Figure[],
  metric: Metric,
): string | undefined {
  if (added.length === 0) return undefined;
  const parts = added.map(({ code, name }) => {
    const latest = figures
      .filter((f) => f.area === code)
      .reduce<Figure | undefined>((a, f) => (a && a.period.end >= f.period.end ? a : f), undefined);
    if (!latest) return `${name}, no figure`;
    const value = latest.value === undefined ? 'suppressed' : formatValue(latest.value, metric);
    return `${name}, ${value} in ${formatPeriod(latest.period)}`;
  });
  return `Added to the comparison: ${parts.join('; ')}.`;
}
