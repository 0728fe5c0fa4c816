import { describe, expect, it } from 'vitest';
import {
  emptyState,
  hasCriteria,
  parseSearchState,
  serializeSearchState,
  toggleFilter,
  toPagefindOptions,
} from './query-state.ts';

describe('search state in the URL', () => {
  it('reads the query, repeated filters and the sort order', () => {
    const state = parseSearchState(
      new URLSearchParams('q=brevetto%20fiera&type=company&type=case-study&sector=textiles&sort=date&unknown=x'),
    );
    expect(state).toEqual({
      query: 'brevetto fiera',
      filters: { type: ['case-study', 'company'], sector: ['textiles'] },
      sort: 'date',
    });
  });

  it('ignores empty and repeated values and unknown sort orders', () => {
    expect(parseSearchState(new URLSearchParams('q=%20%20&type=&type=company&type=company&sort=size'))).toEqual({
      query: '',
      filters: { type: ['company'] },
      sort: 'relevance',
    });
  });

  it('writes the same URL for the same state, whatever the order of clicks', () => {
    const a = toggleFilter(toggleFilter(emptyState, 'sector', 'textiles', true), 'sector', 'fashion', true);
    const b = toggleFilter(toggleFilter(emptyState, 'sector', 'fashion', true), 'sector', 'textiles', true);
    expect(serializeSearchState({ ...a, query: 'acqua' })).toBe('?q=acqua&sector=fashion&sector=textiles');
    expect(serializeSearchState(a)).toBe(serializeSearchState(b));
    expect(serializeSearchState(emptyState)).toBe('');
  });

  it('round-trips through the URL', () => {
    const state = { query: 'water use', filters: { country: ['CH'], trl: ['6', '7'] }, sort: 'date' as const };
    expect(parseSearchState(new URLSearchParams(serializeSearchState(state)))).toEqual(state);
  });

  it('toggles values off and drops empty facets', () => {
    const on = toggleFilter(emptyState, 'region', 'ticino', true);
    expect(on.filters).toEqual({ region: ['ticino'] });
    expect(toggleFilter(on, 'region', 'ticino', false).filters).toEqual({});
    expect(toggleFilter(on, 'colour', 'red', true)).toBe(on);
  });

  it('knows when there is anything to search for', () => {
    expect(hasCriteria(emptyState)).toBe(false);
    expect(hasCriteria({ ...emptyState, query: 'x' })).toBe(true);
    expect(hasCriteria({ ...emptyState, filters: { type: ['company'] } })).toBe(true);
  });

  it('asks Pagefind for any value within a facet and all facets together', () => {
    expect(
      toPagefindOptions({ query: 'x', filters: { sector: ['a', 'b'], country: ['IT'] }, sort: 'relevance' }),
    ).toEqual({ filters: { sector: { any: ['a', 'b'] }, country: { any: ['IT'] } } });
    expect(toPagefindOptions({ ...emptyState, sort: 'date' })).toEqual({ filters: {}, sort: { date: 'desc' } });
  });
});
