import type { Tone } from './statusTone';

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
  return (
    <span className={`status status-${tone}`} aria-hidden="true">
      {ICONS[tone]}
    </span>
  );
}
