/**
 * The related words a search bundle ships beside its index (related-words.json): the groups of
 * content/search/synonyms.yaml, and for each language the words of those groups its index holds.
 *
 * Why the second list: when a word is in no page, Pagefind falls back to the longest indexed word
 * that begins it ("diminuzione" finds "di", "trdemark" finds "t"), so searching a related word
 * that no page uses brings back noise. Only the words the index holds are searched; the groups
 * still map every word typed to its related ones. Pure: the build writes the file, the browser
 * reads it, the unit tests run both halves.
 */
import type { Locale } from '#i18n/locales.ts';
import { synonymLookup, type SynonymGroupData } from './query.ts';

export const RELATED_WORDS_FILE = 'related-words.json';

export interface RelatedWords {
  groups: SynonymGroupData[];
  /** Per language of the index, the groups' words that some page of it holds. */
  searchable: Record<Locale, string[]>;
}

/** The words of a page's indexed part (inside data-pagefind-body, or the whole page), lower case. */
export function pageWords(html: string): string[] {
  const start = html.search(/<[a-z]+[^>]*\sdata-pagefind-body[\s>=]/);
  const body = start === -1 ? html : html.slice(start);
  return body
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1);
}

/**
 * What must begin some indexed word for a related word to count as held: the word less its
 * last two letters (Pagefind searches the word's stem as a prefix: "idrico" finds "idrica"),
 * never shorter than four letters, and short words whole.
 */
function stemPrefix(word: string): string {
  return word.length <= 4 ? word : word.slice(0, Math.max(4, word.length - 2));
}

/** The groups' words that the vocabulary holds, each once, in the groups' order. */
export function searchableWords(groups: readonly SynonymGroupData[], vocabulary: Iterable<string>): string[] {
  const sorted = [...new Set(vocabulary)].sort();
  const holds = (prefix: string) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    return sorted[low]?.startsWith(prefix) ?? false;
  };
  const words = [...new Set(groups.flatMap((group) => [...group.it, ...group.en]))];
  return words.filter((word) => holds(stemPrefix(word)));
}

export interface PageRelatedWords {
  lookup: Map<string, SynonymGroupData>;
  /** The words the index holds, for the page's language. */
  searchable: Set<string>;
  /** The groups with only those words: what a "did you mean" may offer. */
  suggestible: SynonymGroupData[];
}

/** What a search page of one language needs from the bundle's related words. */
export function relatedWordsFor(related: RelatedWords, language: Locale): PageRelatedWords {
  const searchable = new Set(related.searchable[language]);
  return {
    lookup: synonymLookup(related.groups),
    searchable,
    suggestible: related.groups.map((group) => ({
      it: group.it.filter((word) => searchable.has(word)),
      en: group.en.filter((word) => searchable.has(word)),
    })),
  };
}
