/**
 * A symbol for a value, classed `family family-value` for its colour and hidden from screen
 * readers: the words beside it carry the meaning, so neither colour nor shape is the only cue.
 */
export function Glyph<K extends string>({
  family,
  value,
  symbols,
}: {
  family: string;
  value: K;
  symbols: Record<K, string>;
}) {
  return (
    <span className={`${family} ${family}-${value}`} aria-hidden="true">
      {symbols[value]}
    </span>
  );
}
