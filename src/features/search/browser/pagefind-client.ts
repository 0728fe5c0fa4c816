/**
 * The little of Pagefind's browser API the search screens use, typed. Pagefind is loaded on
 * first use from the bundle's pagefind.js, which the build writes; it picks the index of the
 * page's <html lang>.
 */
import { toPagefindOptions, type SearchState } from '../query-state.ts';
import { rankRelaxed, relaxedSearches, type QueryUnderstanding } from '../query.ts';
import { workerVersion } from '#features/offline/browser.ts';
import { RELATED_WORDS_FILE, type RelatedWords } from '../related-words.ts';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results: PagefindSubResult[];
  /** Headings with an id, in page order: a directory record's companies. */
  anchors?: { element: string; id: string; text: string; location: number }[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

interface PagefindModule {
  options: (options: { metaCacheTag?: string }) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options: object) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  createInstance?: (options: { basePath?: string; metaCacheTag?: string }) => PagefindSearcher;
}

/** What a search needs: the module itself, or a second instance of it over another language. */
export interface PagefindSearcher {
  init?: () => Promise<void>;
  search: (query: string | null, options: object) => Promise<PagefindSearch>;
}

let loading: Promise<PagefindModule> | undefined;
let version: Promise<string | undefined> | undefined;

/**
 * The build's version from the service worker, asked once: it tags the cached index metadata
 * and the related words. Without a worker (first visit, private window) it gives up after 500 ms.
 */
function buildVersion(): Promise<string | undefined> {
  version ??= workerVersion(500).catch(() => undefined);
  return version;
}

/**
 * The index this page searches: the hub's (/pagefind/) unless the search screen names another
 * with data-search-bundle, as the company directory's does (/pagefind-directory/).
 */
function bundlePath(): string {
  const named = document.querySelector<HTMLElement>('[data-search-bundle]')?.dataset['searchBundle'];
  return named && /^\/[a-z-]+\/$/.test(named) ? named : '/pagefind/';
}

export function loadPagefind(): Promise<PagefindModule> {
  // A variable keeps the bundler from trying to resolve a file that only exists after the build.
  const bundle = `${bundlePath()}pagefind.js`;
  loading ??= (import(/* @vite-ignore */ bundle) as Promise<PagefindModule>).then(async (pagefind) => {
    // Tagging the index metadata with the build's version lets the service worker keep one copy
    // per build instead of a new one for every visit.
    const tag = await buildVersion();
    if (tag) await pagefind.options({ metaCacheTag: tag });
    await pagefind.init();
    return pagefind;
  });
  return loading;
}

const otherLanguages = new Map<string, Promise<PagefindSearcher | undefined>>();

/**
 * A second instance of the same bundle over another language's index, loaded the first time a
 * search needs it. Pagefind takes an instance's language from <html lang> as the instance is
 * created, so the attribute names the other language for that one synchronous call.
 */
export function loadLanguage(language: string): Promise<PagefindSearcher | undefined> {
  let loading = otherLanguages.get(language);
  if (!loading) {
    loading = loadPagefind().then(async (pagefind) => {
      if (!pagefind.createInstance) return undefined;
      const root = document.documentElement;
      const own = root.lang;
      const tag = await buildVersion();
      let instance: PagefindSearcher;
      root.lang = language;
      try {
        instance = pagefind.createInstance({ basePath: bundlePath(), ...(tag ? { metaCacheTag: tag } : {}) });
      } finally {
        root.lang = own;
      }
      await instance.init?.();
      return instance;
    });
    otherLanguages.set(language, loading);
  }
  return loading;
}

let relatedWords: Promise<RelatedWords> | undefined;

/**
 * The bundle's related words (see related-words.ts), fetched once; none when the file cannot be
 * loaded (offline before it was saved): the search then takes the words as typed.
 */
export function loadRelatedWords(): Promise<RelatedWords> {
  relatedWords ??= (async () => {
    const tag = await buildVersion();
    const response = await fetch(`${bundlePath()}${RELATED_WORDS_FILE}${tag ? `?ts=${tag}` : ''}`);
    if (!response.ok) throw new Error(`${RELATED_WORDS_FILE}: ${response.status}`);
    return (await response.json()) as RelatedWords;
  })().catch(() => ({ groups: [], searchable: { it: [], en: [] } }));
  return relatedWords;
}

let filterCounts: Promise<Record<string, Record<string, number>>> | undefined;

/**
 * Searches only count the filters Pagefind has loaded: this loads them all, once. From then on
 * every search counts every facet value, which over a large index (the company directory)
 * costs more than the search itself; screens with data-search-counts="after" therefore show
 * results first and load the counts afterwards.
 */
export function allFilterCounts(): Promise<Record<string, Record<string, number>>> {
  filterCounts ??= loadPagefind().then((pagefind) => pagefind.filters());
  return filterCounts;
}

export function filterCountsLoaded(): boolean {
  return filterCounts !== undefined;
}

/** Runs a search for the state, or a filter-only listing when there are no words. */
export async function runSearch(state: SearchState, searcher?: PagefindSearcher): Promise<PagefindSearch> {
  const pagefind = searcher ?? (await loadPagefind());
  return pagefind.search(state.query === '' ? null : state.query, toPagefindOptions(state));
}

/**
 * One page found by several one-word searches, as one result: the excerpt that marks the most,
 * and each section with the excerpt that marks the most of its words.
 */
function mergeFound(found: readonly PagefindResultData[]): PagefindResultData {
  const marks = (excerpt: string) => excerpt.split('<mark>').length;
  const richest = <T extends { excerpt: string }>(items: readonly T[]): T =>
    items.reduce((best, item) => (marks(item.excerpt) > marks(best.excerpt) ? item : best));
  const sections = new Map<string, PagefindSubResult[]>();
  for (const sub of found.flatMap((data) => data.sub_results))
    sections.set(sub.url, [...(sections.get(sub.url) ?? []), sub]);
  const first = found[0]!;
  return {
    ...first,
    excerpt: richest(found).excerpt,
    // In the order of the page, as the first search gave them, then any others.
    sub_results: [...sections.values()].map((subs) => richest(subs)),
  };
}

/** Fewer results than this with every word, and the search also tries the words one by one. */
export const RELAX_BELOW = 3;

/**
 * The pages that match some of the query's words (or their related words), each word searched on
 * its own with the state's filters, ranked by how many words they match. Its facet counts would
 * count pages twice, so it has none.
 */
export async function runRelaxedSearch(
  state: SearchState,
  understanding: QueryUnderstanding,
  searchable?: ReadonlySet<string>,
): Promise<PagefindSearch> {
  const pagefind = await loadPagefind();
  const options = toPagefindOptions(state);
  const searches = relaxedSearches(understanding, searchable);
  const found = await Promise.all(searches.map(({ query }) => pagefind.search(query, options)));
  const byId = new Map<string, PagefindResult[]>();
  const hits = found.flatMap((search, index) =>
    search.results.map((result) => {
      byId.set(result.id, [...(byId.get(result.id) ?? []), result]);
      return { term: searches[index]!.term, id: result.id, score: result.score };
    }),
  );
  const results = rankRelaxed(hits).map(({ id, score }) => {
    const each = byId.get(id)!;
    // Each one-word search marks only its own word: the card shows them all.
    return { id, score, data: async () => mergeFound(await Promise.all(each.map((result) => result.data()))) };
  });
  return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} };
}
