import { group } from 'd3-array';
import type { Source } from '../data/types';
import type { Figure } from '../stats/figures';

/**
 * Names every publication the authority's figures come from, with its publisher, date and the
 * sections used: what a reader needs to find a figure, never an officer's line reference.
 */
export function SourceNote({
  figures,
  fallback,
  sources,
}: {
  figures: Figure[];
  fallback: string;
  sources: Map<string, Source>;
}) {
  const sections = group(figures, (f) => f.source);
  const ids = [...new Set([fallback, ...sections.keys()])];
  return (
    <ul className="source-list">
      {ids.map((id) => {
        const s = sources.get(id);
        const parts = [
          ...new Set((sections.get(id) ?? []).map((f) => f.section).filter((x) => x !== '')),
        ];
        const where = parts.length > 0 ? `; ${parts.map((p) => `‘${p}’`).join(', ')}` : '';
        if (!s) return <li key={id}>{id}</li>;
        return (
          <li key={id}>
            {s.publisher}, {s.url ? <a href={s.url}>{s.title}</a> : s.title} ({s.published}){where}
          </li>
        );
      })}
    </ul>
  );
}
