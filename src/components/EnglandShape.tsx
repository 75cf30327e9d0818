import type { EnglandMark } from '../app/matrixRow';

const SHAPES: Record<EnglandMark, string> = {
  better: '✓',
  similar: '≈',
  worse: '✗',
  higher: '↑',
  lower: '↓',
  same: '=',
};

/**
 * The comparison with England as a shape; the words beside it carry the meaning, never colour
 * alone.
 */
export function EnglandShape({ mark }: { mark: EnglandMark }) {
  return (
    <span className={`england england-${mark}`} aria-hidden="true">
      {SHAPES[mark]}
    </span>
  );
}
