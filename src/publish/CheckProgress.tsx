import type { Progress } from './runCheck';

/**
 * How far the check has got. Only the step is in the live region, so a screen reader hears a few
 * words as each step starts (politely), never every file or every few thousand rows; the bar and
 * the file and rows read so far are there to see. A bar with nothing to measure yet moves on its
 * own.
 */
export function CheckProgress({ progress }: { progress: Progress | undefined }) {
  return (
    <div className="check-progress">
      <p role="status" className="check-step">
        {progress?.step}
      </p>
      {progress && (
        <p className="check-detail">
          {progress.total > 0 ? (
            <progress value={progress.done} max={progress.total} aria-label="Checking" />
          ) : (
            <progress aria-label="Checking" />
          )}{' '}
          {progress.detail}
        </p>
      )}
    </div>
  );
}
