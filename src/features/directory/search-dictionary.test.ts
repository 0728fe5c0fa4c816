import { describe, expect, it } from 'vitest';
import type { SearchDictionary } from '#features/search/index.ts';
import { directorySearchDictionary } from './search-dictionary.ts';

/** The hub's dictionary as far as the directory's changes it. */
const hub = {
  facetTitles: { region: 'Territorio', size: 'Dimensione' },
  labels: { region: { como: 'Provincia di Como', ticino: 'Cantone Ticino' }, size: { micro: 'Micro' } },
} as unknown as SearchDictionary;

const view: Parameters<typeof directorySearchDictionary>[1] = {
  places: [
    {
      place: 'lugano',
      municipality: 'Lugano',
      country: 'CH',
      region: 'ticino',
      postcodes: [],
      count: 1,
      divisions: [],
    },
  ],
  divisions: [{ division: '13', count: 1, places: [] }],
};

describe('directorySearchDictionary', () => {
  it('names the province and the canton as people say them, in both languages, and only those two', () => {
    const italian = directorySearchDictionary(hub, view, 'it');
    expect(italian.facetTitles.region).toBe('Provincia o cantone');
    expect(italian.labels.region).toEqual({ lecco: 'Provincia di Lecco', ticino: 'Canton Ticino' });
    const english = directorySearchDictionary(hub, view, 'en');
    expect(english.facetTitles.region).toBe('Province or canton');
    expect(english.labels.region).toEqual({ lecco: 'Province of Lecco', ticino: 'Canton of Ticino' });
  });

  it('labels divisions with their code and municipalities with their names, keeping the hub’s other labels', () => {
    const italian = directorySearchDictionary(hub, view, 'it');
    expect(italian.labels.sector).toEqual({ '13': '13 · Industrie tessili' });
    expect(italian.labels.municipality).toEqual({ lugano: 'Lugano' });
    expect(italian.labels.size).toEqual({ micro: 'Micro' });
    expect(italian.facetTitles.size).toBe('Dimensione');
  });
});
