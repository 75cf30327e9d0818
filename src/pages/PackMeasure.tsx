import { describeStatus, findingTitle, summarySentence, verdictWords } from '../a11y/describe';
import { measureTable } from '../a11y/measureTable';
import { TimeSeriesChart, type SeriesStyle } from '../charts/TimeSeriesChart';
import { QuestionsToAsk } from '../components/QuestionsToAsk';
import type { DataEvent, Question, Site, Source } from '../data/types';
import type { Area } from '../data/types';
import { formatDate, formatValue, ordinal } from '../format';
import { chartRows } from '../stats/chartSeries';
import { gapAfterDays } from '../stats/gaps';
import type { MeasureSummary } from '../stats/measureSummary';
import type { Figure } from '../stats/figures';
import { pickQuestions } from '../scrutiny/pickQuestions';
import { DataTable } from '../a11y/DataTable';

/** Chart and table sizes fixed for A4 portrait: ResponsiveContainer does not survive printing. */
export const PACK_CHART = { width: 640, height: 190 };
const TABLE_ROWS = 7;

const STYLES: SeriesStyle[] = [
  { name: '', colour: '#1d70b8', dash: undefined, shape: 'circle' },
  { name: '', colour: '#0b0c0c', dash: '6 3', shape: 'square' },
  { name: '', colour: '#6f3c97', dash: '2 2', shape: 'triangle' },
];

interface Props {
  summary: MeasureSummary;
  figures: Figure[];
  site: Site;
  areas: Map<string, Area>;
  sources: Map<string, Source>;
  events: DataEvent[];
  questions: Question[];
  id: string;
}

/** One measure on its own A4 page(s): the finding, chart, recent figures, status, definition, source and questions. */
export function PackMeasure({ summary, figures, site, areas, sources, events, questions, id }: Props) {
  const { metric, plan } = summary;
  const authority = site.authority.code;
  const authorityName = areas.get(authority)?.name ?? site.authority.name;
  const group = site.groups[0];
  const groupName = group?.name ?? 'Comparators';
  const shown = site.benchmarks.filter((b) => figures.some((f) => f.area === b.code));
  const hasPeers = figures.some((f) => f.area !== authority && !site.benchmarks.some((b) => b.code === f.area));
  const baseline = plan?.baseline?.value !== undefined && plan.target.value !== undefined ? { date: plan.baseline.date, value: plan.baseline.value } : undefined;
  const rows = chartRows({
    figures,
    authority,
    benchmarks: shown.map((b) => b.code),
    members: group?.members ?? [],
    gapAfterDays: gapAfterDays(metric.frequency),
    breakPeriod: metric.breakPeriod,
    trajectory: baseline && plan?.goal ? [baseline, plan.goal] : undefined,
  });
  const table = measureTable({
    metric,
    rows,
    authorityName,
    benchmarkNames: shown.map((b) => b.name),
    groupName: hasPeers ? groupName : undefined,
    figures: summary.series,
    plan: plan?.goal ? { baseline, goal: plan.goal, operator: plan.operator } : undefined,
  });
  // On paper the notes become footnotes under the table, so one long note cannot stretch a row over a page.
  const notesAt = table.columns.indexOf('Notes');
  const lastRows = table.rows.slice(-TABLE_ROWS);
  const recent = { columns: table.columns.filter((_, i) => i !== notesAt), rows: lastRows.map((r) => r.filter((_, i) => i !== notesAt)) };
  const footnotes = lastRows.flatMap((r) => (r[notesAt]?.text ? [{ period: r[0]?.text ?? '', note: r[notesAt]?.text ?? '' }] : []));
  const styles = [{ ...STYLES[0], name: authorityName }, ...shown.map((b, i) => ({ ...(STYLES[i + 1] ?? STYLES[1]), name: b.name }))].filter((s): s is SeriesStyle => s.colour !== undefined);
  const [own, ...benchStyles] = styles;
  const goalLabel = plan?.goal && plan.target.value !== undefined ? `Target ${formatValue(plan.goal.value, metric)} by ${formatDate(plan.goal.date)}` : undefined;
  const usedSources = [...new Set([metric.source, ...figures.filter((f) => f.area === authority).map((f) => f.source)])];
  return (
    <section className="pack-page pack-measure" aria-labelledby={id} data-measure={metric.id}>
      <p className="caption">
        {metric.theme} · {metric.qualityStatement}
      </p>
      <h2 id={id}>{findingTitle(summary)}</h2>
      <p className="summary">{summarySentence(summary, authorityName, groupName)}</p>
      <ul className="pack-facts">
        {plan?.status && <li>Improvement plan: {describeStatus(plan.status)}{goalLabel ? ` (${goalLabel.replace(/^T/, 't')})` : ''}.</li>}
        {summary.benchmark.figure?.value !== undefined && (
          <li>
            {verdictWords(summary.benchmark.comparison.verdict).replace(/^./, (c) => c.toUpperCase())} {summary.benchmark.name} ({formatValue(summary.benchmark.figure.value, metric)})
            {summary.benchmark.comparison.method === 'difference' ? ', not tested for significance' : ''}.
          </li>
        )}
        {summary.rank && (
          <li>
            {ordinal(summary.rank.rank)} of {summary.rank.of} among {groupName}
            {summary.group ? `; their median ${formatValue(summary.group.median, metric)}` : ''}.
          </li>
        )}
      </ul>
      {own && rows.length > 0 && (
        <TimeSeriesChart rows={rows} metric={metric} width={PACK_CHART.width} height={PACK_CHART.height} authority={own} benchmarks={benchStyles} groupName={groupName} goal={plan?.goal && goalLabel ? { ...plan.goal, label: goalLabel } : undefined} events={events} breakTime={undefined} labelledBy={id} />
      )}
      <DataTable table={recent} caption={`${metric.title}: the ${recent.rows.length === table.rows.length ? '' : 'latest '}figures`} />
      {footnotes.length > 0 && (
        <ul className="footnotes">
          {footnotes.map((f) => (
            <li key={f.period}>
              <strong>{f.period}:</strong> {f.note}
            </li>
          ))}
        </ul>
      )}
      <QuestionsToAsk questions={pickQuestions(questions, summary, 3)} sources={sources} headingLevel={3} />
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
