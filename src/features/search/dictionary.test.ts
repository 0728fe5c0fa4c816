import { describe, expect, it } from 'vitest';
import { en } from '#i18n/ui/en.ts';
import { it as itStrings } from '#i18n/ui/it.ts';
import { buildSearchDictionary, describeCount } from './dictionary.ts';
import { filterKeys } from './filters.ts';

const terms = {
  sectors: [{ id: 'textiles', label: { it: 'Tessile', en: 'Textiles' } }],
  expertiseAreas: [{ id: 'water-resource-efficiency', label: { it: 'Efficienza idrica', en: 'Water efficiency' } }],
  regions: [{ id: 'ticino', label: { it: 'Cantone Ticino', en: 'Canton of Ticino' } }],
  fundingInstruments: [],
  ipTopics: [{ id: 'patents', label: { it: 'Brevetti', en: 'Patents' } }],
};

describe('search dictionary', () => {
  it('labels every facet and value in the reader’s language', () => {
    const italian = buildSearchDictionary(itStrings, 'it', terms);
    expect(Object.keys(italian.facetTitles)).toEqual([...filterKeys]);
    expect(italian.labels.sector).toEqual({ textiles: 'Tessile' });
    expect(italian.labels.type['research-centre']).toBe('Centro di ricerca');
    expect(italian.labels.country).toEqual({ IT: 'Italia', CH: 'Svizzera' });
    expect(italian.labels.trl['7']).toBe('TRL 7');
    expect(buildSearchDictionary(en, 'en', terms).labels.region).toEqual({ ticino: 'Canton of Ticino' });
  });

  it('describes result counts in both languages', () => {
    const italian = buildSearchDictionary(itStrings, 'it', terms).messages;
    const english = buildSearchDictionary(en, 'en', terms).messages;
    expect(describeCount(italian, 1, '')).toBe('1 risultato');
    expect(describeCount(italian, 12, 'acqua')).toBe('12 risultati per “acqua”');
    expect(describeCount(english, 0, 'loom')).toBe('0 results for “loom”');
  });
});
