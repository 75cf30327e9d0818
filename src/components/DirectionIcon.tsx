import type { Direction } from '../stats/judge';

/**
 * An arrow for the way a figure moved, with its judgement in the icon's shape: never colour alone.
 */
export function DirectionIcon({ direction, delta }: { direction: Direction; delta: number }) {
  const arrow = delta > 0 ? '▲' : delta < 0 ? '▼' : '▶';
  return (
    <span className={`direction direction-${direction}`} aria-hidden="true">
      {arrow}
      {direction === 'better' ? '✓' : direction === 'worse' ? '✗' : ''}
    </span>
  );
}
