import { useRef, useState, type KeyboardEvent } from 'react';
import { describeArea, type MapRow } from '../app/mapView';
import { fillOf } from './mapPatterns';

export interface MapShape {
  code: string;
  d: string;
  x: number;
  y: number;
}

interface Props {
  width: number;
  height: number;
  shapes: MapShape[];
  rows: Map<string, MapRow>;
  /** The area the keyboard starts on and the readout first names: the site's council. */
  start: string;
  label: string;
  /** The id of the instructions for the keyboard. */
  helpId: string;
}

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/**
 * The nearest area in a direction: ahead of `from` along it (within 60° either side), scored by the
 * distance ahead plus twice the distance aside, so the arrow keys move to the neighbour the eye
 * expects.
 */
export function nextArea(shapes: MapShape[], from: MapShape, [dx, dy]: [number, number]) {
  let best: MapShape | undefined;
  let bestScore = Infinity;
  for (const s of shapes) {
    const ahead = (s.x - from.x) * dx + (s.y - from.y) * dy;
    const aside = Math.abs((s.x - from.x) * dy - (s.y - from.y) * dx);
    if (s === from || ahead <= 0 || aside > ahead * 1.8) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/**
 * England's councils shaded by class. One area at a time is in the tab order (a roving focus): Tab
 * reaches the map on the site's council, the arrow keys move to the next council in that direction,
 * and the readout below names the council in focus or under the pointer, its figure and its class.
 */
export function ChoroplethMap({ width, height, shapes, rows, start, label, helpId }: Props) {
  const [active, setActive] = useState(start);
  const [pointed, setPointed] = useState<string | undefined>();
  const [focused, setFocused] = useState(false);
  const paths = useRef(new Map<string, SVGPathElement>());
  const role = (code: string) => rows.get(code)?.role;
  // The site's council and its comparators last, so their outlines are drawn over their
  // neighbours'.
  const order = (code: string) =>
    role(code) === 'authority' ? 2 : role(code) === 'comparator' ? 1 : 0;
  const drawn = [...shapes].sort((a, b) => order(a.code) - order(b.code));
  const shown = pointed ?? active;
  const shownRow = rows.get(shown);
  const highlight = shapes.find((s) => s.code === (focused || !pointed ? active : pointed));
  const here = shapes.find((s) => s.code === start);

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const step = DIRECTIONS[e.key];
    const from = shapes.find((s) => s.code === active);
    if (!step || !from) return;
    e.preventDefault();
    const to = nextArea(shapes, from, step);
    if (!to) return;
    setActive(to.code);
    setPointed(undefined);
    paths.current.get(to.code)?.focus();
  };

  return (
    <div className="map-box">
      <svg
        className="england-choropleth"
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={label}
        aria-describedby={helpId}
        onKeyDown={onKeyDown}
        onMouseLeave={() => setPointed(undefined)}
      >
        {drawn.map((s) => {
          const row = rows.get(s.code);
          const r = row?.role;
          return (
            <path
              key={s.code}
              ref={(el) => {
                if (el) paths.current.set(s.code, el);
                else paths.current.delete(s.code);
              }}
              d={s.d}
              fill={fillOf(row?.classIndex)}
              className={
                r === 'authority'
                  ? 'map-area map-mine'
                  : r === 'comparator'
                    ? 'map-area map-peer'
                    : 'map-area'
              }
              role="img"
              aria-label={row ? describeArea(row) : s.code}
              tabIndex={s.code === active ? 0 : -1}
              onFocus={() => {
                setActive(s.code);
                setFocused(true);
              }}
              onBlur={() => setFocused(false)}
              onMouseEnter={() => setPointed(s.code)}
              onClick={() => setActive(s.code)}
            />
          );
        })}
        {here && <circle className="map-ring" cx={here.x} cy={here.y} r="9" aria-hidden="true" />}
        {highlight && (focused || pointed) && (
          <g aria-hidden="true">
            <path className="map-focus-under" d={highlight.d} />
            <path className="map-focus" d={highlight.d} />
          </g>
        )}
      </svg>
      <p className="map-readout" aria-live="polite">
        {shownRow ? describeArea(shownRow) : ''}
      </p>
    </div>
  );
}
