import type { Metric } from '../data/types';
import { Link } from './Link';

/** How many measures a briefing list names before it counts the rest. */
const LISTED = 5;

/**
 * A briefing's list of measures: the first few linked, each with its words, the rest counted (and
 * linked to `more`, a page that lists them all, where there is one).
 */
export function BriefList<T extends { metric: Metric }>({
  items,
  link,
  words,
  more,
}: {
  items: T[];
  link: (id: string) => string;
  words: (item: T) => string | undefined;
  more?: string;
}) {
  const rest = items.length - LISTED;
  return (
    <ul className="brief-list">
      {items.slice(0, LISTED).map((item) => (
        <li key={item.metric.id}>
          <Link href={link(item.metric.id)}>{item.metric.title}</Link>: {words(item)}
        </li>
      ))}
      {rest > 0 && <li>{more ? <Link href={more}>and {rest} more</Link> : `and ${rest} more`}</li>}
    </ul>
  );
}
