import type { MatrixColumn, MatrixRow } from '../app/matrixRow';
import type { MatrixChoice, MatrixGroup } from '../app/matrixView';
import { measureHref } from '../app/useRoute';
import { DirectionIcon } from './DirectionIcon';
import { EnglandShape } from './EnglandShape';
import { Link } from './Link';
import { SpineMark } from './SpineMark';
import { StatusTag } from './StatusTag';
import { planTone } from './statusTone';
import { ScrollTable } from './ScrollTable';

/**
 * Column headings; on a phone each row becomes a block and each cell is labelled with its heading.
 */
const HEADINGS: { column: MatrixColumn; label: string; numeric?: true }[] = [
  { column: 'title', label: 'Measure' },
  { column: 'period', label: 'Latest period' },
  { column: 'value', label: 'Value', numeric: true },
  { column: 'england', label: 'England', numeric: true },
  { column: 'comparison', label: 'Compared with England' },
  { column: 'spine', label: 'Among the neighbours' },
  { column: 'rank', label: 'Rank' },
  { column: 'trend', label: 'Last three figures' },
  { column: 'target', label: 'Plan target' },
  { column: 'age', label: 'Age' },
];

interface Props {
  groups: MatrixGroup[];
  choice: MatrixChoice;
  drop: string | undefined;
  caption: string;
  onSort: (column: MatrixColumn) => void;
}

type Heading = (typeof HEADINGS)[number];
/** A cell's class and its heading, which a phone's layout shows beside it. */
const cell = (h: Heading | undefined) => ({
  className: h?.numeric ? 'numeric' : undefined,
  'data-label': h?.label,
});

function Cells({ row, drop }: { row: MatrixRow; drop: string | undefined }) {
  const { metric } = row.summary;
  const link = measureHref(drop, metric.id);
  const [, period, value, england, comparison, spine, rank, trend, target, age] = HEADINGS;
  return (
    <tr>
      <th scope="row">
        <Link href={link}>{metric.title}</Link>
      </th>
      <td {...cell(period)}>{row.period ?? '—'}</td>
      <td {...cell(value)}>{row.value}</td>
      <td {...cell(england)}>{row.england ?? '—'}</td>
      <td {...cell(comparison)}>
        {row.comparison ? (
          <>
            <EnglandShape mark={row.comparison.mark} /> {row.comparison.words}
          </>
        ) : (
          '—'
        )}
      </td>
      <td {...cell(spine)}>{row.spine ? <SpineMark spine={row.spine} /> : '—'}</td>
      <td {...cell(rank)}>{row.rank ?? '—'}</td>
      <td {...cell(trend)}>
        {row.trend ? (
          <>
            {row.trend.steps.map((s, i) => (
              <DirectionIcon key={i} direction={s.direction} delta={s.delta} />
            ))}{' '}
            {row.trend.words}
          </>
        ) : (
          '—'
        )}
      </td>
      <td {...cell(target)}>
        {row.target ? (
          <>
            <StatusTag tone={planTone(row.target.status)} /> {row.target.words}
          </>
        ) : (
          '—'
        )}
      </td>
      <td {...cell(age)}>{row.age}</td>
    </tr>
  );
}

/**
 * The matrix as one real table: a heading row per CQC theme, every column heading a button that
 * sorts by it (again to reverse), the sorted column marked for screen readers with aria-sort.
 */
export function MatrixTable({ groups, choice, drop, caption, onSort }: Props) {
  return (
    <ScrollTable label={caption} className="table matrix" wrapClassName="matrix-wrap">
      <thead>
        <tr>
          {HEADINGS.map((h) => {
            const sorted = choice.sort === h.column;
            const way = choice.direction === 'up' ? 'ascending' : 'descending';
            return (
              <th
                key={h.column}
                scope="col"
                className={h.numeric ? 'numeric' : undefined}
                aria-sort={sorted ? way : undefined}
              >
                <button type="button" className="sort" onClick={() => onSort(h.column)}>
                  {h.label}
                  <span aria-hidden="true" className="sort-mark">
                    {sorted ? (choice.direction === 'up' ? ' ▲' : ' ▼') : ' ⇅'}
                  </span>
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      {groups.map((g) => (
        <tbody key={g.id}>
          {!choice.sort && (
            <tr className="matrix-group">
              <th scope="colgroup" colSpan={HEADINGS.length} id={g.id}>
                {g.title} ({g.rows.length})
              </th>
            </tr>
          )}
          {g.rows.map((r) => (
            <Cells key={r.summary.metric.id} row={r} drop={drop} />
          ))}
        </tbody>
      ))}
    </ScrollTable>
  );
}
