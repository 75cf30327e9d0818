import { createContext, useContext, useEffect } from 'react';

/** Where the build collects a pre-rendered page's title; absent in the browser. */
export const TitleSink = createContext<((title: string) => void) | undefined>(undefined);

export const fullTitle = (title: string) => `${title} – Adult social care performance`;

/** Names the page in the browser tab and for screen readers (and in a pre-rendered page's HTML). */
export function useTitle(title: string): void {
  useContext(TitleSink)?.(fullTitle(title));
  useEffect(() => {
    document.title = fullTitle(title);
  }, [title]);
}
