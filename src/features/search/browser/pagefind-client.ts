/**
 * The little of Pagefind's browser API the search screens use, typed. Pagefind is loaded on
 * first use from the bundle's pagefind.js, which the build writes; it picks the index of the
 * page's <html lang>.
 */
import { toPagefindOptions, type SearchState } from '../query-state.ts';
import { rankRelaxed, relaxedSearches, type QueryUnderstanding } from '../query.ts';
import { workerVersion } from '#features/offline/browser.ts';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
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
}

let loading: Promise<PagefindModule> | undefined;

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
    const version = await workerVersion(500).catch(() => undefined);
    if (version) await pagefind.options({ metaCacheTag: version });
    await pagefind.init();
    return pagefind;
  });
  return loading;
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
export async function runSearch(state: SearchState): Promise<PagefindSearch> {
  const pagefind = await loadPagefind();
  return pagefind.search(state.query === '' ? null : state.query, toPagefindOptions(state));
}

/** Fewer results than this with every word, and the search also tries the words one by one. */
export const RELAX_BELOW = 3;

/**
 * The pages that match some of the query's words (or their related words), each word searched on
 * its own with the state's filters, ranked by how many words they match. Its facet counts would
 * count pages twice, so it has none.
 */
export async function runRelaxedSearch(state: SearchState, understanding: QueryUnderstanding): Promise<PagefindSearch> {
  const pagefind = await loadPagefind();
  const options = toPagefindOptions(state);
  const searches = relaxedSearches(understanding);
  const found = await Promise.all(searches.map(({ query }) => pagefind.search(query, options)));
  const byId = new Map<string, PagefindResult>();
  const hits = found.flatMap((search, index) =>
    search.results.map((result) => {
      byId.set(result.id, result);
      return { term: searches[index]!.term, id: result.id, score: result.score };
    }),
  );
  const results = rankRelaxed(hits).map(({ id }) => byId.get(id)!);
  return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} };
}
