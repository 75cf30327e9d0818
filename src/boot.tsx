/**
 * The app taking the page over, started by main.tsx once the page as it stands has been painted.
 */
import { QueryClient } from '@tanstack/react-query';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { preloadPage } from './App';
import { pathBelowBase } from './app/useRoute';
import { prefetchFile } from './data/queries';
import { parseRoute } from './routes';
import { PageShell } from './prerender/PageShell';

const root = document.getElementById('root');
const client = new QueryClient();
// A page the build pre-rendered names the day it was built and the data files it shows (which
// main.tsx has just asked for): load those into the cache, and the page's own code, then take the
// page over as it stands.
const builtOn = document.querySelector('meta[name="built-on"]')?.getAttribute('content');
const files = [...document.querySelectorAll('link[rel="preload"][data-file]')].map(
  (link) => link.getAttribute('data-file') ?? '',
);
const loaded = () => files.every((f) => client.getQueryState(['data', f])?.status === 'success');

if (root && builtOn) {
  const route = parseRoute(pathBelowBase(window.location.pathname));
  const code = preloadPage(route).then(
    () => true,
    () => false,
  );
  void Promise.all([code, ...files.map((file) => prefetchFile(client, file))]).then(
    ([codeLoaded]) => {
      // A file or the page's code that failed to load here cannot show as the build drew it: draw
      // the page afresh, with that part's error, instead of taking over HTML it no longer matches.
      if (!codeLoaded || !loaded()) {
        createRoot(root).render(<PageShell client={client} />);
        return;
      }
      hydrateRoot(root, <PageShell client={client} builtOn={builtOn} />, {
        // Reported, so the browser tests see it: the page was built differently from what the
        // browser drew.
        onRecoverableError: (error) => console.error('The pre-rendered page did not match:', error),
      });
    },
  );
} else if (root) {
  createRoot(root).render(<PageShell client={client} />);
}
