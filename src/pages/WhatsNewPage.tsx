import type { SiteData } from '../app/useSiteData';
import { useTitle } from '../app/useTitle';

export function WhatsNewPage({ data }: { data: SiteData; drop: string | undefined }) {
  useTitle("What's new");
  return (
    <>
      <h1>What&rsquo;s new</h1>
      <p>{data.drops.length} drops published.</p>
    </>
  );
}
