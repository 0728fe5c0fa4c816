/**
 * What a typed query means to the search: its informative words (stop words dropped), each with
 * the related words of content/search/synonyms.yaml in both languages, and, when every word
 * together finds too little, the one-word searches that find pages matching some of them, ranked
 * by how many of the query's words they match. Pure: the search page runs it in the browser and
 * the unit tests run it in Node.
 */
import { closestMatch } from '#schemas/closest-match.ts';

export type QueryLanguage = 'it' | 'en';

export interface SynonymGroupData {
  it: readonly string[];
  en: readonly string[];
}

// Words that say nothing about what is wanted: articles, prepositions, pronouns, auxiliaries and
// the question words of "how much does a patent cost" or "chi può aiutarmi con".
// prettier-ignore
const stopWords: Record<QueryLanguage, ReadonlySet<string>> = {
  it: new Set([
    'a', 'ad', 'al', 'alla', 'alle', 'allo', 'ai', 'agli', 'che', 'chi', 'ci', 'come', 'con', 'cosa', 'da', 'dal',
    'dalla', 'dalle', 'dallo', 'dai', 'dagli', 'del', 'della', 'delle', 'dello', 'dei', 'degli', 'di', 'dove', 'e',
    'ed', 'è', 'gli', 'ha', 'hanno', 'ho', 'i', 'il', 'in', 'io', 'la', 'le', 'lo', 'l', 'ma', 'mi', 'mio', 'mia',
    'miei', 'mie', 'ne', 'nei', 'nel', 'nella', 'nelle', 'nello', 'negli', 'noi', 'non', 'o', 'od', 'per', 'più',
    'può', 'posso', 'possono', 'qual', 'quale', 'quali', 'quando', 'quanto', 'quanta', 'quanti', 'quante', 'se',
    'si', 'sono', 'su', 'sul', 'sulla', 'sulle', 'sullo', 'sui', 'sugli', 'tra', 'fra', 'tu', 'un', 'una', 'uno',
    'vorrei', 'voglio', 'devo', 'serve', 'servono', 'costa', 'costano', 'aiutare', 'aiutarmi', 'aiuta', 'fare',
  ]),
  en: new Set([
    'a', 'an', 'and', 'are', 'as', 'at', 'be', 'before', 'by', 'can', 'could', 'do', 'does', 'for', 'from', 'has',
    'have', 'help', 'how', 'i', 'in', 'is', 'it', 'its', 'me', 'much', 'my', 'need', 'of', 'on', 'or', 'our',
    'should', 'so', 'than', 'that', 'the', 'their', 'there', 'this', 'to', 'us', 'want', 'was', 'we', 'what',
    'when', 'where', 'which', 'who', 'why', 'will', 'with', 'would', 'you', 'your', 'cost', 'costs', 'get',
  ]),
};

/** A word that says nothing about what is wanted, in either language. */
export function isStopWord(word: string): boolean {
  return stopWords.it.has(word) || stopWords.en.has(word);
}

/** The query's words in lower case, without punctuation; "l'acqua" gives "acqua". */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .map((word) => word.replace(/^-+|-+$/g, ''))
    .filter((word) => word !== '');
}

export interface QueryTerm {
  /** The word as typed (lower case). */
  word: string;
  /** Related words: the same language first, then the other. */
  related: string[];
  /** True when the word is in a group of related words. */
  known: boolean;
}

export interface QueryUnderstanding {
  terms: QueryTerm[];
  /** True when relaxing can find more: two informative words or more, or one with related words. */
  canRelax: boolean;
}

/** Words to look up, per language, built once from the synonym groups. */
export function synonymLookup(groups: readonly SynonymGroupData[]): Map<string, SynonymGroupData> {
  const lookup = new Map<string, SynonymGroupData>();
  for (const group of groups) for (const word of [...group.it, ...group.en]) lookup.set(word, group);
  return lookup;
}

export function understandQuery(
  query: string,
  language: QueryLanguage,
  lookup: ReadonlyMap<string, SynonymGroupData>,
): QueryUnderstanding {
  const other: QueryLanguage = language === 'it' ? 'en' : 'it';
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const word of queryWords(query)) {
    if (word.length < 2 || stopWords[language].has(word) || seen.has(word)) continue;
    seen.add(word);
    const group = lookup.get(word);
    const related = group ? [...new Set([...group[language], ...group[other]])].filter((w) => w !== word) : [];
    terms.push({ word, related, known: group !== undefined });
  }
  return { terms, canRelax: terms.length > 1 || terms.some((term) => term.related.length > 0) };
}

/** At most this many related words per term are searched: enough for plurals and the other language. */
export const RELATED_SEARCHED = 5;

/**
 * The one-word searches of a relaxed query, each with the index of the query term it stands for.
 * With the words the index holds (related-words.ts), a word of the groups it lacks is not searched:
 * Pagefind would answer it with a shorter word that merely begins it.
 */
export function relaxedSearches(
  understanding: QueryUnderstanding,
  searchable?: ReadonlySet<string>,
): { term: number; query: string }[] {
  const held = (word: string) => searchable === undefined || searchable.has(word);
  return understanding.terms.flatMap((term, index) =>
    [
      ...(term.known && !held(term.word) ? [] : [term.word]),
      ...term.related.filter(held).slice(0, RELATED_SEARCHED),
    ].map((query) => ({ term: index, query })),
  );
}

export interface RelaxedHit {
  term: number;
  id: string;
  score: number;
}

export interface RankedPage {
  id: string;
  /** How many of the query's terms the page matches (through the word or a related one). */
  matched: number;
  score: number;
}

/**
 * Pages ranked by how many of the query's terms they match, then by Pagefind's score (the best
 * score of each term, summed): a page about water and dyeing comes before one about water only.
 */
export function rankRelaxed(hits: readonly RelaxedHit[]): RankedPage[] {
  const pages = new Map<string, Map<number, number>>();
  for (const { term, id, score } of hits) {
    const terms = pages.get(id) ?? new Map<number, number>();
    pages.set(id, terms);
    terms.set(term, Math.max(terms.get(term) ?? 0, score));
  }
  return [...pages]
    .map(([id, terms]) => ({ id, matched: terms.size, score: [...terms.values()].reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.matched - a.matched || b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * A query to suggest when nothing is found: each informative word that is in no group of related
 * words replaced by the closest word that is ("brevettto" → "brevetto"); undefined when no word
 * changes. Words of the page's language are preferred; the other language's are tried after.
 */
export function suggestQuery(
  query: string,
  language: QueryLanguage,
  groups: readonly SynonymGroupData[],
  lookup: ReadonlyMap<string, SynonymGroupData>,
): string | undefined {
  const other: QueryLanguage = language === 'it' ? 'en' : 'it';
  const own = groups.flatMap((group) => group[language]);
  const foreign = groups.flatMap((group) => group[other]);
  let changed = false;
  const words = understandQuery(query, language, lookup).terms.map(({ word }) => {
    if (lookup.has(word) || word.length < 4) return word;
    const match = closestMatch(word, own) ?? closestMatch(word, foreign);
    if (!match || match === word) return word;
    changed = true;
    return match;
  });
  return changed ? words.join(' ') : undefined;
}
