import type { OutcomeStatus } from '../stats/outcomeStatus';
import type { PlanStatus } from '../stats/planTarget';

/** The look of a status: its icon's shape and colour. The words beside it carry the meaning. */
export type Tone = 'met' | 'on-track' | 'off-track' | 'missed' | 'unknown' | 'proxy';

export function planTone(status: PlanStatus): Tone {
  switch (status.status) {
    case 'met':
    case 'on-track':
    case 'off-track':
    case 'missed':
    case 'proxy':
      return status.status;
    case 'not-measured-since':
    case 'no-data':
      return 'unknown';
  }
}

export function outcomeTone(status: OutcomeStatus): Tone {
  return status.kind === 'verdict' ? status.status : 'unknown';
}
