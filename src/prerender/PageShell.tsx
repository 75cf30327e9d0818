import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode, useEffect, useState } from 'react';
import { App } from '../App';
import { BuildDay } from '../app/today';

/**
 * The app with its data cache, as both the build and the browser render it. `builtOn` is the day a
 * pre-rendered page was built: the first render uses it so the browser's page matches the build's,
 * then it is dropped and every page is judged as of today.
 */
export function PageShell({ client, builtOn }: { client: QueryClient; builtOn?: string }) {
  const [day, setDay] = useState(builtOn);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDay(undefined);
    // The page is live: its controls respond (the bench times this; tests may wait for it).
    document.documentElement.dataset.live = 'true';
  }, []);
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <BuildDay value={day}>
          <App />
        </BuildDay>
      </QueryClientProvider>
    </StrictMode>
  );
}
