interface Props {
  /** What is typed, as it is in the address (`?q=`). */
  query: string;
  /** How many measures match; undefined while nothing is typed. */
  matches: number | undefined;
  onChange: (query: string) => void;
}

/**
 * Find a measure by words of its name or by an ASCOF code in either numbering. The list below
 * narrows as one types; a polite status says how many match, and says so when none does.
 */
export function MeasureSearch({ query, matches, onChange }: Props) {
  const typed = query.trim();
  return (
    <form role="search" className="measure-search" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="measure-search">Find a measure</label>
      <p className="hint" id="measure-search-hint">
        By words of its name (&lsquo;direct payments&rsquo;, &lsquo;waiting&rsquo;) or an ASCOF
        code, old or new (&lsquo;1C2A&rsquo;, &lsquo;3D2A&rsquo;)
      </p>
      <input
        type="search"
        id="measure-search"
        name="q"
        value={query}
        autoComplete="off"
        spellCheck={false}
        aria-describedby="measure-search-hint"
        onChange={(e) => onChange(e.target.value)}
      />
      <noscript>
        <p className="hint">Finding a measure needs JavaScript, which is off in this browser.</p>
      </noscript>
      <p role="status" className="measure-search-status">
        {matches === undefined
          ? ''
          : matches === 0
            ? `No measure matches ‘${typed}’. Try fewer or shorter words, or an ASCOF code.`
            : `${matches} ${matches === 1 ? 'measure matches' : 'measures match'} ‘${typed}’.`}
      </p>
    </form>
  );
}
