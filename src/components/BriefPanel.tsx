import type { ReactNode } from 'react';

/**
 * One panel of the briefing: a titled section that opens with its headline sentence, or the
 * sentence `empty` when it has nothing.
 */
export function BriefPanel({
  id,
  title,
  className,
  count,
  headline,
  empty,
  children,
}: {
  id: string;
  title: ReactNode;
  className?: string;
  /** How many things the panel lists; with none, it says `empty` instead. */
  count?: number;
  /** The sentence that sums the panel up, above what it lists. */
  headline?: string;
  empty?: string;
  children: ReactNode;
}) {
  return (
    <section
      className={className ? `brief-panel ${className}` : 'brief-panel'}
      aria-labelledby={id}
    >
      <h2 id={id}>{title}</h2>
      {count === 0 && empty !== undefined ? (
        <p>{empty}</p>
      ) : (
        <>
          {headline !== undefined && <p className="brief-headline">{headline}</p>}
          {children}
        </>
      )}
    </section>
  );
}
