import { describe, expect, it } from 'vitest';
import { queryWords, rankRelaxed, relaxedSearches, suggestQuery, synonymLookup, understandQuery } from './query.ts';

const groups = [
  { it: ['acqua', 'idrico', 'idrica'], en: ['water'] },
  { it: ['tintura', 'tintoria'], en: ['dyeing', 'dye'] },
  { it: ['brevetto', 'brevetti'], en: ['patent', 'patents'] },
];
const lookup = synonymLookup(groups);

describe('query understanding', () => {
  it('splits words and elisions, and drops punctuation', () => {
    expect(queryWords("Ridurre l'acqua nella tintura?")).toEqual(['ridurre', 'l', 'acqua', 'nella', 'tintura']);
    expect(queryWords('CO2 — e-commerce, 3D')).toEqual(['co2', 'e-commerce', '3d']);
  });

  it('keeps the informative words of an Italian question, each with its related words', () => {
    expect(understandQuery('quanto costa un brevetto in Svizzera', 'it', lookup).terms).toEqual([
      { word: 'brevetto', related: ['brevetti', 'patent', 'patents'], known: true },
      { word: 'svizzera', related: [], known: false },
    ]);
  });

  it('drops English stop words and finds Italian related words for English ones', () => {
    const { terms, canRelax } = understandQuery('reduce water use in dyeing', 'en', lookup);
    expect(terms.map((term) => term.word)).toEqual(['reduce', 'water', 'use', 'dyeing']);
    expect(terms[1]!.related).toEqual(['acqua', 'idrico', 'idrica']);
    expect(terms[3]!.related).toEqual(['dye', 'tintura', 'tintoria']);
    expect(canRelax).toBe(true);
  });

  it('has nothing to relax for one word without related words', () => {
    expect(understandQuery('Lugano', 'it', lookup).canRelax).toBe(false);
    expect(understandQuery('il la di', 'it', lookup).terms).toEqual([]);
  });

  it('searches each term and its related words one by one', () => {
    const searches = relaxedSearches(understandQuery('risparmio idrico', 'it', lookup));
    expect(searches).toEqual([
      { term: 0, query: 'risparmio' },
      { term: 1, query: 'idrico' },
      { term: 1, query: 'acqua' },
      { term: 1, query: 'idrica' },
      { term: 1, query: 'water' },
    ]);
  });

  it('ranks pages by how many terms they match, then by score', () => {
    const ranked = rankRelaxed([
      { term: 0, id: 'water-only', score: 9 },
      { term: 0, id: 'dyeing-story', score: 2 },
      { term: 1, id: 'dyeing-story', score: 3 },
      { term: 1, id: 'dyeing-story', score: 1 },
      { term: 1, id: 'dye-guide', score: 4 },
    ]);
    expect(ranked).toEqual([
      { id: 'dyeing-story', matched: 2, score: 5 },
      { id: 'water-only', matched: 1, score: 9 },
      { id: 'dye-guide', matched: 1, score: 4 },
    ]);
  });

  it('suggests the closest known words for a query that finds nothing', () => {
    expect(suggestQuery('brevettto acqua', 'it', groups, lookup)).toBe('brevetto acqua');
    expect(suggestQuery('brevetto svizzero', 'it', groups, lookup)).toBeUndefined();
    expect(suggestQuery('patnet costs', 'en', groups, lookup)).toBe('patent');
  });
});
