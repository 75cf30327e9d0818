import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from '../app/useRoute';

/**
 * An ordinary link that moves within the site without reloading; modified clicks behave as usual.
 */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    props.onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
      return;
    e.preventDefault();
    navigate(props.href);
    window.scrollTo(0, 0);
  };
  return <a {...props} onClick={onClick} />;
}
