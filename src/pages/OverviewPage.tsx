import { useQuery } from '@tanstack/react-query';
import { group } from 'd3-array';
import { judgedOn } from '../app/today';
import type { SiteData } from '../app/useSiteData';
import { useTitle } from '../app/useTitle';
import { LoadError } from '../components/LoadError';
import { MeasureCard } from '../components/MeasureCard';
import { targetsQuery } from '../data/queries';
import { FAMILIES, THEMES, type Family } from '../data/types';
import { formatDate } from '../format';
import { measureSummary } from '../stats/measureSummary';

export const FAMILY_NAMES: Record<Family, string> = {
  waiting: 'Waiting times',
  reviews: 'Reviews overdue',
  safeguarding: 'Safeguarding',
  'direct-payments': 'Direct payments and personal budgets',
  carers: 'Carers',
};

const THEME_INTRO: Record<(typeof THEMES)[number], string> = {
  'Working with people':
    'How the council works with people: assessing needs, healthier lives, equity.',
  'Providing support': 'Providing support: care provision, integration, partnerships.',
  'Ensuring safety': 'Ensuring safety: safe systems and transitions, safeguarding.',
  Leadership: 'Leadership: governance, learning and improvement.',
};

const themeId = (theme: string) => `theme-${theme.toLowerCase().replaceAll(' ', '-')}`;

interface Props {
  data: SiteData;
  drop: string | undefined;
  params: URLSearchParams;
  setParams: (p: URLSearchParams) => void;
}

/** The landing page: every measure as a card, grouped by CQC theme, with the Commission's five families a click away. */
export function OverviewPage({ data, drop, params, setParams }: Props) {
  useTitle('Overview');
  const targets = useQuery(targetsQuery());
  const show = params.get('show') ?? 'all';
  const today = judgedOn(data.allDrops, drop);
  const cipfa = data.site.groups[0];
  const groupName = cipfa?.name ?? 'comparators';
  const summaries = data.metrics
    .filter(
      (m) => show === 'all' || (show === 'families' ? m.family !== undefined : m.family === show),
    )
    .map((m) =>
      measureSummary(m, data.byMetric.get(m.id) ?? [], data.site, targets.data ?? [], today),
    )
    .filter((s) => s.series.length > 0)
    // Measures in the improvement plan first, then the Commission's families, then the rest.
    .sort(
      (a, b) =>
        Number(b.plan !== undefined) - Number(a.plan !== undefined) ||
        Number(b.metric.family !== undefined) - Number(a.metric.family !== undefined),
    );
  const byTheme = group(summaries, (s) => s.metric.theme);
  const latestDrop = data.drops.at(-1);
  const onChange = (value: string) => {
    const next = new URLSearchParams(params);
    if (value === 'all') next.delete('show');
    else next.set('show', value);
    setParams(next);
  };
  return (
    <>
      <h1>{data.site.authority.name}: adult social care performance</h1>
      <p className="lead">
        Each measure over time against the {groupName}, England and the improvement-plan targets.
        {latestDrop && (
          <>
            {' '}
            Figures as published in drop {latestDrop.id} ({formatDate(latestDrop.published)}).
          </>
        )}{' '}
        These figures are here to prompt questions, not to give definitive answers.
      </p>
      {targets.isError && (
        <LoadError
          error={targets.error}
          retry={() => void targets.refetch()}
          what="Improvement-plan targets"
        />
      )}
      <div className="filter">
        <label htmlFor="show">Measures to show</label>
        <select id="show" value={show} onChange={(e) => onChange(e.target.value)}>
          <option value="all">All measures</option>
          <option value="families">The five families the Commission follows</option>
          {FAMILIES.map((f) => (
            <option key={f} value={f}>
              {FAMILY_NAMES[f]}
            </option>
          ))}
        </select>
        <p className="hint" role="status">
          Showing {summaries.length} measure{summaries.length === 1 ? '' : 's'}.
        </p>
      </div>
      <nav aria-label="CQC themes on this page" className="jump">
        <ul>
          {THEMES.filter((t) => byTheme.has(t)).map((theme) => (
            <li key={theme}>
              <a href={`#${themeId(theme)}`}>
                {theme} ({byTheme.get(theme)?.length ?? 0})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {THEMES.filter((t) => byTheme.has(t)).map((theme) => (
        <section key={theme} aria-labelledby={themeId(theme)} className="theme">
          <h2 id={themeId(theme)}>{theme}</h2>
          <p className="hint">{THEME_INTRO[theme]}</p>
          <ul className="cards">
            {(byTheme.get(theme) ?? []).map((s) => (
              <MeasureCard
                key={s.metric.id}
                summary={s}
                drop={drop}
                groupName={groupName}
                targetsFailed={targets.isError}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
