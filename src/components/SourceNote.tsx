import type { Source } from '../data/types';
import type { Figure } from '../stats/figures';

/** Names every publication the figures on a page come from, with its publisher and date. */
export function SourceNote({
  figures,
  fallback,
  sources,
}: {
  figures: Figure[];
  fallback: string;
  sources: Map<string, Source>;
}) {
  const ids = [...new Set([fallback, ...figures.map((f) => f.source)])];
  return (
    <ul className="source-list">
      {ids.map((id) => {
        const s = sources.get(id);
        if (!s) return <li key={id}>{id}</li>;
        return (
          <li key={id}>
            {s.publisher}, {s.url ? <a href={s.url}>{s.title}</a> : s.title} ({s.published})
          </li>
        );
      })}
    </ul>
  );
}
