import type { Tone } from './statusTone';
import { Glyph } from './Glyph';

const ICONS: Record<Tone, string> = {
  met: '✓',
  'on-track': '↗',
  'off-track': '!',
  missed: '✗',
  unknown: '?',
  proxy: '~',
};

/**
 * A status icon: its shape repeats what the words beside it say, so colour is never the only cue.
 */
export function StatusTag({ tone }: { tone: Tone }) {
  return <Glyph family="status" value={tone} symbols={ICONS} />;
}
