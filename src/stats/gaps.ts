import type { Frequency } from '../data/types';

/**
 * How far apart two figures may be before the line between them is broken: one and a half times the
 * usual spacing. Biennial surveys allow a missed round (the carers' survey moved during COVID-19)
 * no further; point-in-time snapshots come when they come and are always joined.
 */
export function gapAfterDays(frequency: Frequency): number {
  switch (frequency) {
    case 'monthly':
      return 46;
    case 'quarterly':
      return 137;
    case 'annual':
      return 548;
    case 'biennial':
      return 1096;
    case 'point-in-time':
      return Infinity;
  }
}
