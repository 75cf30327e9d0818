import type { Metric } from '../data/types';
import { Link } from './Link';

/** How many measures a briefing list names before it counts the rest. */
const LISTED = 5;

/** A briefing's list of measures: the first few linked, each with its words, the rest counted. */
export function BriefList<T extends { metric: Metric }>({
  items,
  link,
  words,
}: {
  items: T[];
  link: (id: string) => string;
  words: (item: T) => string | undefined;
}) {
  return (
    <ul className="brief-list">
      {items.slice(0, LISTED).map((item) => (
        <li key={item.metric.id}>
          <Link href={link(item.metric.id)}>{item.metric.title}</Link>: {words(item)}
        </li>
      ))}
      {items.length > LISTED && <li>and {items.length - LISTED} more</li>}
    </ul>
  );
}
