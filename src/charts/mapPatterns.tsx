/**
 * The map's fills: one per class, lightest for the lowest figures, each with its own pattern as
 * well as its shade (plain, dots, rising lines, cross-hatch, level lines), so no class is told by
 * colour alone; and "no data" as white with a grey grid. Drawn as SVG attributes: the site's CSP
 * allows no inline styles.
 */
const SHADES = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;

/** The id of a class's pattern; 'nodata' for an area with no figure. */
export const patternId = (classIndex: number | undefined) =>
  `map-fill-${classIndex === undefined ? 'nodata' : classIndex}`;

/** The fill of a class, as a `fill` attribute. */
export const fillOf = (classIndex: number | undefined) => `url(#${patternId(classIndex)})`;

/** The SHADES to use for `count` classes: spread from lightest to darkest. */
function shadesFor(count: number): string[] {
  if (count <= 1) return [SHADES[2]];
  return Array.from(
    { length: count },
    (_, i) => SHADES[Math.round((i * (SHADES.length - 1)) / (count - 1))] ?? SHADES[2],
  );
}

function Marks({ mark, ink }: { mark: number; ink: string }) {
  switch (mark) {
    case 1:
      return <circle cx="2" cy="2" r="0.7" fill={ink} />;
    case 2:
      return <path d="M-1,5 L5,-1 M3,7 L7,3" stroke={ink} strokeWidth="0.8" />;
    case 3:
      return <path d="M0,0 L4,4 M4,0 L0,4" stroke={ink} strokeWidth="0.7" />;
    case 4:
      return <path d="M0,2 L4,2" stroke={ink} strokeWidth="0.9" />;
    default:
      return null;
  }
}

/** The patterns, once per page, in an SVG of their own that the map and its key both use. */
export function MapPatterns({ count }: { count: number }) {
  const shades = shadesFor(count);
  // The pattern follows the class's place among five, so fewer classes still look different.
  const mark = (i: number) => (count <= 1 ? 0 : Math.round((i * 4) / (count - 1)));
  return (
    <svg className="map-defs" aria-hidden="true" focusable="false" width="0" height="0">
      <defs>
        {shades.map((shade, i) => (
          <pattern key={i} id={patternId(i)} width="4" height="4" patternUnits="userSpaceOnUse">
            <rect width="4" height="4" fill={shade} />
            <Marks mark={mark(i)} ink={mark(i) >= 3 ? '#ffffff' : '#0b0c0c'} />
          </pattern>
        ))}
        <pattern id={patternId(undefined)} width="4" height="4" patternUnits="userSpaceOnUse">
          <rect width="4" height="4" fill="#ffffff" />
          <path d="M0,0.25 L4,0.25 M0.25,0 L0.25,4" stroke="#6f777b" strokeWidth="0.5" />
        </pattern>
      </defs>
    </svg>
  );
}
