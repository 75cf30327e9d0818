/**
 * Which councils a search matches: those whose words (name, region, ONS code) contain every word
 * typed, ignoring case and punctuation. An empty search matches all. Returns their positions.
 */
export function matchCouncils(query: string, words: string[]): Set<number> {
  const simplify = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
  const terms = simplify(query).split(' ').filter(Boolean);
  const shown = new Set<number>();
  words.forEach((w, i) => {
    const text = simplify(w);
    if (terms.every((t) => text.includes(t))) shown.add(i);
  });
  return shown;
}
