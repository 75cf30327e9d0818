import { lazy, type ComponentType } from 'react';

/**
 * A page's code that could not be fetched. After a redeploy an open tab still names the old
 * chunk files, which the host no longer has; only a reload (fetching the new index.html) helps, and
 * React.lazy keeps the failed import, so "Try again" alone never would.
 */
export class ChunkLoadError extends Error {
  override name = 'ChunkLoadError';
}

/** React.lazy for a page module, turning a failed import into a ChunkLoadError. */
export function lazyPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  return lazy(() =>
    load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        // Plain words for the public; the failed file stays in the cause, which React logs.
        throw new ChunkLoadError(
          'The site may have been updated since this tab was opened: reload the page to ' +
            'see the new version.',
          { cause: error },
        );
      },
    ),
  );
}
