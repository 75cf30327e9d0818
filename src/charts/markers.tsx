import type { ReactNode } from 'react';

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'down' | 'cross' | 'plus';

/**
 * A point marker: its shape tells the series apart without colour; hollow means provisional or
 * estimated.
 */
export function marker(
  shape: MarkerShape,
  x: number,
  y: number,
  colour: string,
  hollow: boolean,
  size = 4,
): ReactNode {
  const fill = hollow ? '#ffffff' : colour;
  const common = { fill, stroke: colour, strokeWidth: 2 };
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={size} {...common} />;
    case 'square':
      return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} {...common} />;
    case 'triangle':
      return (
        <path
          d={`M${x},${y - size - 1}L${x + size + 1},${y + size}L${x - size - 1},${y + size}Z`}
          {...common}
        />
      );
    case 'diamond':
      return (
        <path
          d={
            `M${x},${y - size - 1}L${x + size + 1},${y}` +
            `L${x},${y + size + 1}L${x - size - 1},${y}Z`
          }
          {...common}
        />
      );
    case 'down':
      return (
        <path
          d={`M${x},${y + size + 1}L${x + size + 1},${y - size}L${x - size - 1},${y - size}Z`}
          {...common}
        />
      );
    // Lines only: a cross or plus has no inside, so it is never hollow.
    case 'cross':
      return (
        <path
          d={
            `M${x - size},${y - size}L${x + size},${y + size}` +
            `M${x - size},${y + size}L${x + size},${y - size}`
          }
          fill="none"
          stroke={colour}
          strokeWidth={2.5}
        />
      );
    case 'plus':
      return (
        <path
          d={`M${x - size - 1},${y}L${x + size + 1},${y}M${x},${y - size - 1}L${x},${y + size + 1}`}
          fill="none"
          stroke={colour}
          strokeWidth={2.5}
        />
      );
  }
}

/** A legend swatch: the line's dash and the marker's shape, as on the chart. */
export function Swatch({
  colour,
  dash,
  shape,
}: {
  colour: string;
  dash: string | undefined;
  shape: MarkerShape | undefined;
}) {
  return (
    <svg
      width="36"
      height="14"
      viewBox="0 0 36 14"
      aria-hidden="true"
      focusable="false"
      className="swatch"
    >
      <line x1="0" y1="7" x2="36" y2="7" stroke={colour} strokeWidth="3" strokeDasharray={dash} />
      {shape && marker(shape, 18, 7, colour, false, 4)}
    </svg>
  );
}
