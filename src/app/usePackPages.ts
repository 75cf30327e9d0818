import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The printable height of an A4 page with the pack's margins (297 mm less 34 mm), in CSS pixels.
 */
const PAGE_HEIGHT_PX = (263 * 96) / 25.4;

/**
 * An estimate of the page each contents entry (`.pack-entry`) starts on when printed: each
 * `.pack-page` starts a new sheet and fills as many as its height needs; an entry inside one falls
 * on the sheet its offset reaches. `npm run pack` replaces the estimate with the real pages.
 */
export function usePackPages(root: RefObject<HTMLElement | null>, ready: boolean, key: string) {
  const [pages, setPages] = useState<number[]>([]);
  useLayoutEffect(() => {
    if (!ready || !root.current) return;
    const sheets = [...root.current.querySelectorAll<HTMLElement>('.pack-page')];
    const firstOf = new Map<HTMLElement, number>();
    let next = 1;
    for (const sheet of sheets) {
      firstOf.set(sheet, next);
      next += Math.max(1, Math.ceil((sheet.getBoundingClientRect().height - 1) / PAGE_HEIGHT_PX));
    }
    const entries = [...root.current.querySelectorAll<HTMLElement>('.pack-entry')];
    const found = entries.map((entry) => {
      const sheet = entry.closest<HTMLElement>('.pack-page');
      if (!sheet) return 0;
      const offset = entry.getBoundingClientRect().top - sheet.getBoundingClientRect().top;
      return (firstOf.get(sheet) ?? 1) + Math.floor(offset / PAGE_HEIGHT_PX);
    });
    // Reading the laid-out pages is what a layout effect is for; the state changes only when they
    // do.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPages((old) => (old.join() === found.join() ? old : found));
  }, [root, ready, key]);
  return pages;
}
