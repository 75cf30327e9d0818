import {
  MATRIX_FILTER_KEYS,
  MATRIX_FILTERS,
  type MatrixFacets,
  type MatrixFilterKey,
  type MatrixFilters,
} from '../app/matrixFilters';
import { Link } from './Link';

interface Props {
  filters: MatrixFilters;
  facets: MatrixFacets;
  /** The address with one filter set to an option, or off (''), every other choice kept. */
  hrefFor: (key: MatrixFilterKey, value: string) => string;
  /** The address with every filter off. */
  clearHref: string;
}

/**
 * The matrix's filters as links, each with how many measures it would list, so a filtered view is
 * an address that can be shared, bookmarked and undone with Back.
 */
export function MatrixFilterLinks({ filters, facets, hrefFor, clearHref }: Props) {
  const any = MATRIX_FILTER_KEYS.some((k) => filters[k] !== undefined);
  return (
    <nav aria-label="Filter the measures" className="matrix-filters">
      {MATRIX_FILTER_KEYS.map((key) => {
        const chosen = filters[key];
        return (
          <div key={key} className="filter-row">
            <p className="filter-label" id={`filter-${key}`}>
              {MATRIX_FILTERS[key].label}
            </p>
            <ul aria-labelledby={`filter-${key}`}>
              <li>
                <Link
                  href={hrefFor(key, '')}
                  aria-current={chosen === undefined ? 'true' : undefined}
                >
                  Any ({facets[key].any ?? 0})
                </Link>
              </li>
              {MATRIX_FILTERS[key].options.map(([value, label]) => (
                <li key={value}>
                  <Link
                    href={hrefFor(key, value)}
                    aria-current={chosen === value ? 'true' : undefined}
                  >
                    {label} ({facets[key][value] ?? 0})
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {any && (
        <p>
          <Link href={clearHref}>Clear the filters</Link>
        </p>
      )}
    </nav>
  );
}
