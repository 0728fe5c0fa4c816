/**
 * Facet checkboxes with counts. Values within a facet are alternatives; a value with no results
 * under the current search is hidden unless it is selected (so it can be turned off).
 */
import type { SearchDictionary } from '../dictionary.ts';
import { filterKeys, type FilterKey } from '../filters.ts';
import type { SearchState } from '../query-state.ts';
import { element } from '#ui/element.ts';

export interface FacetOptions {
  keys?: readonly FilterKey[];
  /**
   * Count per value under the current search; undefined until the counts are loaded, and then
   * every value of the dictionary is offered without a count.
   */
  counts: Record<string, Record<string, number>> | undefined;
}

export function renderFacets(state: SearchState, dictionary: SearchDictionary, options: FacetOptions): HTMLElement[] {
  const keys = options.keys ?? filterKeys;
  return keys.flatMap((key) => {
    const counted = options.counts !== undefined;
    const counts = options.counts?.[key] ?? {};
    const selected = new Set(state.filters[key] ?? []);
    const offered = counted ? counts : dictionary.labels[key];
    const values = Object.keys({ ...offered, ...Object.fromEntries([...selected].map((value) => [value, 0])) })
      .filter((value) => !counted || (counts[value] ?? 0) > 0 || selected.has(value))
      .sort(
        (a, b) =>
          (counts[b] ?? 0) - (counts[a] ?? 0) || label(dictionary, key, a).localeCompare(label(dictionary, key, b)),
      );
    if (values.length === 0) return [];
    return [
      element(
        'fieldset',
        { class: 'facet' },
        element('legend', {}, dictionary.facetTitles[key]),
        ...values.map((value) => {
          const id = `facet-${key}-${value}`;
          const input = element('input', { type: 'checkbox', id, name: key, value });
          input.checked = selected.has(value);
          return element(
            'div',
            { class: 'facet-option' },
            input,
            element(
              'label',
              { for: id },
              label(dictionary, key, value),
              ...(counted ? [' ', element('span', { class: 'facet-count' }, `(${counts[value] ?? 0})`)] : []),
            ),
          );
        }),
      ),
    ];
  });
}

function label(dictionary: SearchDictionary, key: FilterKey, value: string): string {
  return dictionary.labels[key][value] ?? value;
}
