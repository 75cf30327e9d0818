import { capitalise, countOf, formatDate } from '../format';
import type { Reference, SinceReference } from '../stats/sinceMeeting';

/** "Since the last meeting (3 November 2026)", or "Since the previous drop (…)" with no meeting. */
export function sinceTitle(reference: Reference | undefined): string {
  if (!reference) return 'Since the last meeting';
  const since = reference.kind === 'meeting' ? 'last meeting' : 'previous drop';
  return `Since the ${since} (${formatDate(reference.date)})`;
}

/**
 * The sentences that open "since the last meeting": how many measures have a newer figure and which
 * way they moved, then any first figures and revisions. Nothing new is said in words, not as a row
 * of noughts.
 */
export function sinceHeadline(since: SinceReference): string {
  const { worse, better, same, unjudged, first, revised } = since;
  const moved = worse.length + better.length + same.length + unjudged.length;
  const noDirection = unjudged.length > 0 ? `, ${unjudged.length} not judged` : '';
  const moves =
    moved === 0
      ? 'No measure has a newer figure.'
      : `${capitalise(countOf(moved, 'measure'))} with a newer figure: ${worse.length} worse, ` +
        `${better.length} better, ${same.length} unchanged${noDirection}.`;
  const rest = [
    first.length > 0 ? `${countOf(first.length, 'measure')} with a first figure` : '',
    revised.length > 0 ? `${countOf(revised.length, 'figure')} revised` : '',
  ].filter((part) => part !== '');
  return rest.length > 0 ? `${moves} ${capitalise(rest.join('; '))}.` : moves;
}

/**
 * The sentences that open the list of measures whose latest figure is older than it should be, in
 * the list's order: the plan's measures first where the council has a plan.
 */
export function staleHeadline(count: number, planned: boolean): string {
  const [have, their] = count === 1 ? ['has', 'its'] : ['have', 'their'];
  const order = planned
    ? "The plan's measures first, then the Commission's families, each oldest first:"
    : "The Commission's families first, each oldest first:";
  return (
    `${capitalise(countOf(count, 'measure'))} ${have} had no new figure for longer than ${their} ` +
    `frequency allows. ${order}`
  );
}
