import type { SiteData } from '../app/useSiteData';
import { useTitle } from '../app/useTitle';

export function PlanPage({ data }: { data: SiteData; drop: string | undefined }) {
  useTitle('Improvement plan');
  return (
    <>
      <h1>Improvement plan</h1>
      <p>The improvement plan tracker for {data.site.authority.name} is being built.</p>
    </>
  );
}
