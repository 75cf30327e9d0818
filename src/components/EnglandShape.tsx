import type { EnglandMark } from '../app/matrixRow';
import { Glyph } from './Glyph';

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
  return <Glyph family="england" value={mark} symbols={SHAPES} />;
}
