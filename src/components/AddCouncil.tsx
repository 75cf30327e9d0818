import { useState } from 'react';
import type { Area } from '../data/types';
import { matchCouncils } from '../national/matchCouncils';

/** At most this many matches are offered at once: a few more letters narrow the list. */
const MOST = 8;

interface Props {
  /** The councils that can be added, in name order. */
  councils: Area[];
  onAdd: (code: string) => void;
}

/**
 * Add any English council to the comparison by typing part of its name or its ONS code: the
 * matches appear as buttons below, and a polite status says how many there are.
 */
export function AddCouncil({ councils, onAdd }: Props) {
  const [query, setQuery] = useState('');
  const typed = query.trim();
  const found =
    typed === ''
      ? []
      : [
          ...matchCouncils(
            typed,
            councils.map((c) => `${c.name} ${c.code}`),
          ),
        ].flatMap((i) => (councils[i] ? [councils[i]] : []));
  return (
    <div className="add-council">
      <label htmlFor="add-council">Add a council</label>
      <p className="hint" id="add-council-hint">
        Any English council: type part of its name or its ONS code
      </p>
      <input
        type="search"
        id="add-council"
        value={query}
        autoComplete="off"
        aria-describedby="add-council-hint"
        onChange={(e) => setQuery(e.target.value)}
      />
      <p role="status" className="add-council-status">
        {typed === ''
          ? ''
          : found.length === 0
            ? `No council matches ‘${typed}’.`
            : found.length > MOST
              ? `${found.length} councils match; the first ${MOST} are listed. Type more to ` +
                'narrow them.'
              : `${found.length} ${found.length === 1 ? 'council matches' : 'councils match'}.`}
      </p>
      {found.length > 0 && (
        <ul className="add-council-list">
          {found.slice(0, MOST).map((c) => (
            <li key={c.code}>
              <button
                type="button"
                className="button secondary"
                onClick={() => {
                  onAdd(c.code);
                  setQuery('');
                }}
              >
                Add {c.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
