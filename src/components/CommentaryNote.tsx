import type { Commentary, Drop } from '../data/types';
import { formatDate } from '../format';

/** An officer's commentary on a measure, with the drop it was published in and its date. */
export function CommentaryNote({ items, drops }: { items: Commentary[]; drops: Drop[] }) {
  if (items.length === 0) return null;
  return (
    <section className="commentary" aria-label="Officer commentary">
      <h2>Officer commentary</h2>
      {items.map((c) => {
        const drop = drops.find((d) => d.id === c.drop);
        return (
          <blockquote key={`${c.drop}-${c.line}`}>
            <p>{c.comment}</p>
            <footer>
              {c.owner && <>Action owner: {c.owner}. </>}
              Published with drop {c.drop}
              {drop && <> on {formatDate(drop.published)}</>}.
            </footer>
          </blockquote>
        );
      })}
    </section>
  );
}
