import type { ReactNode } from 'react';

/** A small drawing of a fixed size, hidden from screen readers: the words beside it say it too. */
export function DecorativeSvg({
  className,
  width,
  height,
  children,
}: {
  className: string;
  width: number;
  height: number;
  children: ReactNode;
}) {
  return (
    <svg
      className={className}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}
