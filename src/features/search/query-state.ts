/**
 * The state of a search as it lives in the URL (?q=…&type=company&sector=textiles&sort=date),
 * so a search can be bookmarked, shared and restored with back/forward.
 */
import { filterKeys, isFilterKey, type SearchFilters } from './filters.ts';

export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  query: string;
  filters: SearchFilters;
  sort: SortOrder;
}

export const emptyState: SearchState = { query: '', filters: {}, sort: 'relevance' };

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters: SearchFilters = {};
  for (const key of filterKeys) {
    const values = [
      ...new Set(
        params
          .getAll(key)
          .map((value) => value.trim())
          .filter((value) => value !== ''),
      ),
    ];
    if (values.length > 0) filters[key] = values.sort();
  }
  return {
    query: (params.get('q') ?? '').trim(),
    filters,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

/** Query string for a state, with keys in a fixed order so equal states give equal URLs. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  for (const key of filterKeys) {
    for (const value of [...(state.filters[key] ?? [])].sort()) params.append(key, value);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function hasCriteria(state: SearchState): boolean {
  return state.query !== '' || Object.values(state.filters).some((values) => values && values.length > 0);
}

/** Turns a value on or off in one facet. */
export function toggleFilter(state: SearchState, key: string, value: string, on: boolean): SearchState {
  if (!isFilterKey(key)) return state;
  const current = new Set(state.filters[key] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  const filters = { ...state.filters, [key]: [...current].sort() };
  if (current.size === 0) delete filters[key];
  return { ...state, filters };
}

/**
 * Options for pagefind.search(): values within one facet are alternatives ("textiles or
 * fashion"), facets combine ("textiles and in Ticino").
 */
export function toPagefindOptions(state: SearchState) {
  const filters = Object.fromEntries(
    Object.entries(state.filters)
      .filter(([, values]) => values && values.length > 0)
      .map(([key, values]) => [key, { any: values }]),
  );
  return state.sort === 'date' ? { filters, sort: { date: 'desc' } } : { filters };
}
