import { findingTitle, publicationWords, summarySentence } from '../a11y/describe';
import { defaultGroupName } from '../app/comparatorParams';
import type { Site, Source } from '../data/types';
import type { MeasureSummary } from '../stats/measureSummary';

/**
 * A measure with one figure in the meeting pack: the finding, the sentence that says how old it is
 * and where it stands against the plan, and its source — a block, not a page with a single dot.
 */
export function PackCompact({
  summary,
  site,
  sources,
}: {
  summary: MeasureSummary;
  site: Site;
  sources: Map<string, Source>;
}) {
  const { metric, latest } = summary;
  const id = `pack-${metric.id}`;
  return (
    <section className="pack-compact pack-entry" aria-labelledby={id} data-measure={metric.id}>
      <h3 id={id} className="pack-entry-title">
        {findingTitle(summary)}
      </h3>
      <p>{summarySentence(summary, site.authority.name, defaultGroupName(site))}</p>
      {summary.plan?.status?.status === 'proxy' && (
        <p>Stands in for the plan&rsquo;s own measure: {summary.plan.target.proxy}</p>
      )}
      <p className="hint">
        Source:{' '}
        {latest
          ? publicationWords(sources.get(latest.source), latest.section)
          : publicationWords(sources.get(metric.source))}
        .
      </p>
    </section>
  );
}
