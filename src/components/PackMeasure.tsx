import { defaultGroupName } from '../app/comparatorParams';
import { measureView } from '../app/measureView';
import { compareWords, findingTitle, rankWords, summarySentence } from '../a11y/describe';
import { describeStatus, targetWords } from '../a11y/describePlan';
import { TimeSeriesChart } from '../charts/TimeSeriesChart';
import { QuestionsToAsk } from './QuestionsToAsk';
import type { DataEvent, Question, Site, Source } from '../data/types';
import type { Area } from '../data/types';
import { capitalise, formatValue } from '../format';
import type { MeasureSummary } from '../stats/measureSummary';
import type { Figure } from '../stats/figures';
import { pickQuestions } from '../scrutiny/pickQuestions';
import { DataTable } from '../a11y/DataTable';

/** Chart and table sizes fixed for A4 portrait: ResponsiveContainer does not survive printing. */
export const PACK_CHART = { width: 640, height: 190 };
const TABLE_ROWS = 7;

interface Props {
  summary: MeasureSummary;
  figures: Figure[];
  site: Site;
  areas: Map<string, Area>;
  sources: Map<string, Source>;
  events: DataEvent[];
  questions: Question[];
  id: string;
  today: string;
}

/**
 * One measure on its own A4 page(s): the finding, chart, recent figures, status, definition, source
 * and questions.
 */
export function PackMeasure({
  summary,
  figures,
  site,
  areas,
  sources,
  events,
  questions,
  id,
  today,
}: Props) {
  const { metric, plan } = summary;
  const authority = site.authority.code;
  const group = site.groups[0];
  const groupName = defaultGroupName(site);
  const { authorityName, rows, table, authorityStyle, benchmarkStyles, goal } = measureView(
    summary,
    figures,
    site,
    areas,
    group?.members ?? [],
    groupName,
    sources,
    today,
  );
  const england = compareWords(summary);
  const rank = rankWords(summary, groupName);
  // On paper the notes become footnotes under the table, so one long note cannot stretch a row over
  // a page.
  const notesAt = table.columns.indexOf('Notes');
  const lastRows = table.rows.slice(-TABLE_ROWS);
  const recent = {
    columns: table.columns.filter((_, i) => i !== notesAt),
    rows: lastRows.map((r) => r.filter((_, i) => i !== notesAt)),
  };
  const footnotes = lastRows.flatMap((r) =>
    r[notesAt]?.text ? [{ period: r[0]?.text ?? '', note: r[notesAt]?.text ?? '' }] : [],
  );
  const usedSources = [
    ...new Set([
      metric.source,
      ...figures.filter((f) => f.area === authority).map((f) => f.source),
    ]),
  ];
  return (
    <section
      className="pack-page pack-measure pack-entry"
      aria-labelledby={id}
      data-measure={metric.id}
    >
      <p className="caption">
        {metric.theme} · {metric.qualityStatement}
      </p>
      <h2 id={id} className="pack-entry-title">
        {findingTitle(summary)}
      </h2>
      <p className="summary">{summarySentence(summary, authorityName, groupName)}</p>
      <ul className="pack-facts">
        {plan?.status && (
          <li>
            Improvement plan: {describeStatus(plan.status)}
            {plan.status.status !== 'proxy' ? ` (target ${targetWords(plan.target, metric)})` : ''}.
          </li>
        )}
        {england && <li>{capitalise(england)}.</li>}
        {rank && (
          <li>
            {capitalise(rank)}
            {summary.group ? `; their median ${formatValue(summary.group.median, metric)}` : ''}.
          </li>
        )}
      </ul>
      {rows.length > 0 && (
        <TimeSeriesChart
          rows={rows}
          metric={metric}
          width={PACK_CHART.width}
          height={PACK_CHART.height}
          authority={authorityStyle}
          benchmarks={benchmarkStyles}
          groupName={groupName}
          goal={goal}
          events={events}
          breakMark={undefined}
          todayTime={undefined}
          labelledBy={id}
        />
      )}
      <DataTable
        table={recent}
        caption={
          `${metric.title}: the ` +
          `${recent.rows.length === table.rows.length ? '' : 'latest '}figures`
        }
      />
      {footnotes.length > 0 && (
        <ul className="footnotes">
          {footnotes.map((f) => (
            <li key={f.period}>
              <strong>{f.period}:</strong> {f.note}
            </li>
          ))}
        </ul>
      )}
      <QuestionsToAsk
        questions={pickQuestions(questions, summary, 3)}
        sources={sources}
        headingLevel={3}
      />
      <dl className="definition">
        <dt>Definition</dt>
        <dd>{metric.definition}</dd>
        {metric.caveats && (
          <>
            <dt>Bear in mind</dt>
            <dd>{metric.caveats}</dd>
          </>
        )}
        <dt>Source</dt>
        <dd>
          {usedSources
            .map((s) => sources.get(s))
            .map((s, i) => (s ? `${s.publisher}, ${s.title} (${s.published})` : usedSources[i]))
            .join('; ')}
        </dd>
      </dl>
    </section>
  );
}
