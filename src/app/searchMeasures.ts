import type { Metric } from '../data/types';
import { ascofCode } from '../wide/ascofCode';

/** Lower-case words of a text: "ASCOF 1C2A (before 2023-24)" → ascof, 1c2a, before, 2023, 24. */
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * The words a search is matched against: the title, the short name in the address (the measure's
 * id) and the codes it is published under, old and new.
 */
const searchable = (m: Pick<Metric, 'id' | 'title' | 'codes'>): string[] =>
  words([m.title, m.id, ...(m.codes ?? [])].join(' '));

/**
 * The words of what was typed. An ASCOF code in any of the spellings reports use (`ASCOF 1C pt 2a`,
 * `1C(2a)`, `3d2a`) becomes one code, so it matches the code a measure carries.
 */
export function queryWords(query: string): string[] {
  const code = ascofCode(query);
  return code === undefined ? words(query) : [code.toLowerCase()];
}

/**
 * Whether a measure matches what was typed: every word typed starts a word of its title, id or
 * codes, so "direct pay" finds "People who receive direct payments" and "1C2" finds 1C2A and 1C2B.
 * Nothing typed matches everything.
 */
export function matchesSearch(m: Pick<Metric, 'id' | 'title' | 'codes'>, query: string): boolean {
  const typed = queryWords(query);
  if (typed.length === 0) return true;
  const own = searchable(m);
  return typed.every((t) => own.some((w) => w.startsWith(t)));
}
