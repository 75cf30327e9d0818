import type { ReactNode } from 'react';

/** A column heading: its words, and whether the column holds figures (aligned right). */
export interface Heading {
  label: ReactNode;
  numeric?: boolean;
}

/** A table's header row, one heading a column; `children` add cells after them. */
export function ColumnHeads({
  headings,
  children,
}: {
  headings: (string | Heading)[];
  children?: ReactNode;
}) {
  return (
    <thead>
      <tr>
        {headings.map((h, i) => {
          const { label, numeric } = typeof h === 'string' ? { label: h, numeric: false } : h;
          return (
            <th key={i} scope="col" className={numeric ? 'numeric' : undefined}>
              {label}
            </th>
          );
        })}
        {children}
      </tr>
    </thead>
  );
}
