const COUNCIL_WORDS = new RegExp(
  `\\b(${[
    'london borough of',
    'royal borough of',
    'metropolitan borough of',
    'council of the',
    'city of',
    'metropolitan borough council',
    'borough council',
    'city council',
    'county council',
    'council',
    'the',
  ].join('|')})\\b`,
  'g',
);

/** "Leicester City Council" and "Leicester" name the same area. */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(COUNCIL_WORDS, '')
    .replace(/[^a-z]/g, '');
}
