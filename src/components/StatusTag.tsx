import type { TargetStatus } from '../stats/trajectory';

const ICONS: Record<TargetStatus['status'], string> = {
  met: '✓',
  'on-track': '↗',
  'off-track': '!',
  missed: '✗',
  'not-measured-since': '?',
  'no-data': '?',
};

/** A target status icon; the words beside it carry the meaning, the shape repeats it. */
export function StatusTag({ status }: { status: TargetStatus }) {
  return (
    <span className={`status status-${status.status}`} aria-hidden="true">
      {ICONS[status.status]}
    </span>
  );
}
