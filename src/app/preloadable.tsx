import type { ComponentType } from 'react';
import { lazyPage } from './lazyPage';

/**
 * A page loaded on demand that can also be loaded ahead: once `preload` has finished, the page
 * renders at once instead of suspending. The browser preloads the page it opens on before taking
 * over the pre-rendered HTML, and the build before rendering it, so both draw the same tree in one
 * pass. A page whose code cannot be fetched fails as lazyPage says.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const Lazy = lazyPage(preload);
  function Page(props: P) {
    const Shown = loaded ?? Lazy;
    return <Shown {...props} />;
  }
  return { Page, preload };
}
