import { describe, expect, it } from 'vitest';
import { relaxedSearches, synonymLookup, understandQuery } from './query.ts';
import { pageWords, relatedWordsFor, searchableWords } from './related-words.ts';

const groups = [
  { it: ['acqua', 'idrico'], en: ['water'] },
  { it: ['riduzione', 'diminuzione', 'ridurre'], en: ['reduce'] },
];

describe('pageWords', () => {
  it('reads the indexed part of a page, without markup, scripts or entities', () => {
    const html =
      '<html lang="it"><head><title>Menu</title></head><body><nav>Navigazione</nav>' +
      '<main data-pagefind-body><h1>Acqua &amp; tintura</h1><script>var x = 1;</script>' +
      '<p>Riduzione dei consumi idrici.</p></main></body></html>';
    expect(pageWords(html)).toEqual(['acqua', 'tintura', 'riduzione', 'dei', 'consumi', 'idrici']);
  });
});

describe('searchableWords', () => {
  it('keeps a word when some page word begins with its stem, and drops the ones no page uses', () => {
    // "idrico" is held by "idrici"; "diminuzione" and "reduce" by nothing, "di" is too short to count.
    expect(searchableWords(groups, ['acqua', 'idrici', 'di', 'riduzione', 'ridurre', 'waters'])).toEqual([
      'acqua',
      'idrico',
      'water',
      'riduzione',
      'ridurre',
    ]);
  });
});

describe('relaxed searches with the words the index holds', () => {
  it('search neither the related words nor the typed ones it lacks', () => {
    const related = relatedWordsFor(
      { groups, searchable: { it: ['acqua', 'idrico', 'riduzione', 'ridurre'], en: [] } },
      'it',
    );
    const understanding = understandQuery('diminuzione acqua tintura', 'it', related.lookup);
    expect(relaxedSearches(understanding, related.searchable).map(({ query }) => query)).toEqual([
      'riduzione',
      'ridurre',
      'acqua',
      'idrico',
      'tintura',
    ]);
    expect(related.suggestible).toEqual([
      { it: ['acqua', 'idrico'], en: [] },
      { it: ['riduzione', 'ridurre'], en: [] },
    ]);
    // Without the list every word is searched: the typed one and its related words.
    expect(relaxedSearches(understandQuery('diminuzione', 'it', synonymLookup(groups)))).toHaveLength(4);
  });
});
