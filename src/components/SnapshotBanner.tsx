import { href } from '../app/useRoute';
import type { Drop } from '../data/types';
import { formatDate } from '../format';
import { Link } from './Link';

/** Says the page shows an earlier drop, and links to the same page with the latest figures. */
export function SnapshotBanner({
  drops,
  drop,
  path,
}: {
  drops: Drop[];
  drop: string;
  path: string;
}) {
  const d = drops.find((x) => x.id === drop);
  const latest = drops.at(-1);
  return (
    <div className="snapshot-banner width" role="note">
      {d ? (
        <p>
          <strong>You are looking at an earlier version.</strong> This shows the figures as
          published in drop {d.id} ({d.title}, {formatDate(d.published)}).
          {latest && latest.id !== d.id && (
            <>
              {' '}
              <Link href={href(path)}>See the latest figures ({latest.id})</Link>.
            </>
          )}
        </p>
      ) : (
        <p>
          <strong>There is no drop called “{drop}”.</strong>{' '}
          <Link href={href(path)}>See the latest figures</Link>.
        </p>
      )}
    </div>
  );
}
