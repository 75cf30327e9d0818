import { capitalise, countOf, formatDate } from '../format';
import type { Reference, SinceReference } from '../stats/sinceMeeting';

/** "Since the last meeting (3 November 2026)", or "Since the previous drop (…)" with no meeting. */
export function sinceTitle(reference: Reference | undefined): string {
  if (!reference) return 'Since the last meeting';
  const since = reference.kind === 'meeting' ? 'last meeting' : 'previous drop';
  return `Since the ${since} (${formatDate(reference.date)})`;
}

/**
 * The sentence that opens "since the last meeting": how many measures have a newer figure and which
 * way they moved, then how many have a first figure and how many figures were revised.
 */
export function sinceHeadline(since: SinceReference): string {
  const { worse, better, same, unjudged, first, revised } = since;
  const moved = worse.length + better.length + same.length + unjudged.length;
  const noDirection = unjudged.length > 0 ? `, ${unjudged.length} with no better direction` : '';
  return (
    `${countOf(moved, 'measure')} with a newer figure: ${worse.length} worse, ` +
    `${better.length} better, ${same.length} unchanged${noDirection}. ` +
    `${capitalise(countOf(first.length, 'measure'))} with a first figure; ` +
    `${countOf(revised.length, 'figure')} revised.`
  );
}

/** The sentence that opens the list of measures whose latest figure is older than it should be. */
export function staleHeadline(count: number): string {
  const [have, their] = count === 1 ? ['has', 'its'] : ['have', 'their'];
  return (
    `${capitalise(countOf(count, 'measure'))} ${have} had no new figure for longer than ${their} ` +
    'frequency allows. Oldest first:'
  );
}
