/**
 * Finds the council an officer means by an ONS code or a name, or says in one line why it cannot.
 */
import { normaliseName } from './councilName';

export interface Named {
  code: string;
  name: string;
}

export type Found<T extends Named> = { council: T } | { error: string };

const list = (councils: Named[]) => councils.map((c) => `${c.name} (${c.code})`).join(', ');

/** Edit distance between two short strings (insertions, deletions and substitutions). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/**
 * The council with this ONS code (or an earlier code of the same council), or whose name matches:
 * exactly ("Leicester", "Leicester City Council"), else the only one whose name contains it. A
 * query matching several councils, or none, is an error naming the candidates.
 */
export function findCouncil<T extends Named>(
  query: string,
  councils: T[],
  codeChanges: Record<string, string> = {},
): Found<T> {
  const q = query.trim();
  if (/^E\d{8}$/i.test(q)) {
    const code = q.toUpperCase();
    const council = councils.find((c) => c.code === (codeChanges[code] ?? code));
    return council
      ? { council }
      : { error: `No English council with adult social care duties has the ONS code ${code}.` };
  }
  const key = normaliseName(q);
  if (key === '') return { error: `"${query}" is not a council name or an ONS code.` };
  const exact = councils.filter((c) => normaliseName(c.name) === key);
  const matches =
    exact.length > 0 ? exact : councils.filter((c) => normaliseName(c.name).includes(key));
  const [first, second] = matches;
  if (first && !second) return { council: first };
  if (matches.length > 1)
    return {
      error:
        `"${query}" matches ${matches.length} councils: ${list(matches)}. Give the full name ` +
        'or the ONS code.',
    };
  const nearest = [...councils]
    .map((c) => ({ c, d: distance(key, normaliseName(c.name)) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((x) => x.c);
  return {
    error:
      `No council matches "${query}". The nearest names: ${list(nearest)}. Give a name or an ` +
      'ONS code such as E08000025.',
  };
}
