import type { ReactNode } from 'react';

/**
 * A table in a box that scrolls sideways on a narrow screen. The box is a named region in the tab
 * order, so a keyboard can scroll it too.
 */
export function ScrollTable({
  label,
  caption,
  captionClassName,
  className,
  wrapClassName,
  children,
}: {
  /** The region's name; also the caption unless `caption` is given. */
  label: string;
  caption?: ReactNode;
  captionClassName?: string;
  className: string;
  wrapClassName?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={wrapClassName ? `table-wrap ${wrapClassName}` : 'table-wrap'}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      <table className={className}>
        <caption className={captionClassName}>{caption ?? label}</caption>
        {children}
      </table>
    </div>
  );
}
