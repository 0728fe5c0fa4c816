/**
 * The search page: query box, facets with counts, result cards, "show more". The state lives in
 * the URL: typing replaces the history entry, submitting and filtering add one, back/forward
 * restore it.
 */
import { describeCount, type SearchDictionary } from '../dictionary.ts';
import {
  emptyState,
  hasCriteria,
  parseSearchState,
  serializeSearchState,
  toggleFilter,
  type SearchState,
} from '../query-state.ts';
import { renderFacets } from './facets.ts';
import {
  allFilterCounts,
  filterCountsLoaded,
  loadLanguage,
  loadPagefind,
  loadRelatedWords,
  RELAX_BELOW,
  runRelaxedSearch,
  runSearch,
  type PagefindSearch,
} from './pagefind-client.ts';
import { suggestQuery, understandQuery, type QueryLanguage } from '../query.ts';
import { relatedWordsFor, type PageRelatedWords } from '../related-words.ts';
import { isFilterKey, type FilterKey } from '../filters.ts';
import { resultCard } from './results.ts';
import { element } from '#ui/element.ts';

const PAGE_SIZE = 10;
/** Shown as soon as their data is in, while the rest of the first page of results loads. */
const FIRST_BATCH = 3;
const TYPING_DELAY_MS = 300;
/** Fewer results than this with every word, and the other language's pages are searched too. */
const OTHER_LANGUAGE_BELOW = 5;
const OTHER_LANGUAGE_SHOWN = 5;

function readDictionary(): SearchDictionary {
  return JSON.parse(document.getElementById('search-dictionary')?.textContent ?? '{}') as SearchDictionary;
}

/** A page's address without its language, query and section: /it/ip/designs/?highlight=x#a → ip/designs/. */
function pageKey(link: Element | string): string {
  const url = new URL(typeof link === 'string' ? link : (link.getAttribute('href') ?? ''), window.location.origin);
  return url.pathname.replace(/^\/[a-z]{2}\//, '');
}

function start(root: HTMLElement): void {
  const dictionary = readDictionary();
  const language: QueryLanguage = document.documentElement.lang === 'en' ? 'en' : 'it';
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  // The directory's search has no dates to sort by, so no sort control.
  const sort = root.querySelector<HTMLSelectElement>('select[name="sort"]');
  const facets = root.querySelector<HTMLElement>('[data-search-facets]')!;
  const facetsPanel = root.querySelector<HTMLDetailsElement>('[data-search-facets-panel]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const progress = root.querySelector<HTMLElement>('[data-search-progress]')!;
  const other = root.querySelector<HTMLElement>('[data-search-other]');
  const otherResults = root.querySelector<HTMLOListElement>('[data-search-other-results]');
  const otherLanguage = root.dataset['searchOtherLanguage'];
  const results = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const help = root.querySelector<HTMLElement>('[data-search-help]')!;
  const helpText = help.querySelector<HTMLElement>('[data-search-help-text]')!;
  const suggestion = root.querySelector<HTMLElement>('[data-search-suggestion]')!;

  let state: SearchState = parseSearchState(new URLSearchParams(window.location.search));
  let shown: PagefindSearch['results'] = [];
  let missing = 0;
  const partial = root.querySelector<HTMLElement>('[data-search-partial]')!;
  let generation = 0;
  let typingTimer: number | undefined;
  /** The checkbox that was just used: facets are redrawn after each search, the focus must not be lost. */
  let focusAfterRedraw: string | undefined;

  // The facets this screen offers, and whether their counts wait until results are shown.
  const keys: FilterKey[] = root.dataset['searchFacets']?.split(' ').filter(isFilterKey) ?? [];
  const countsAfterResults = root.dataset['searchCounts'] === 'after';
  const drawFacets = (counts: Record<string, Record<string, number>> | undefined) => {
    facets.replaceChildren(...renderFacets(state, dictionary, { counts, ...(keys.length > 0 ? { keys } : {}) }));
    if (focusAfterRedraw) document.getElementById(focusAfterRedraw)?.focus();
    focusAfterRedraw = undefined;
  };

  root.classList.add('is-enhanced');
  facetsPanel.open = window.matchMedia('(min-width: 60rem)').matches;

  const syncControls = () => {
    input.value = state.query;
    if (sort) sort.value = state.sort;
  };

  /**
   * True while the current history entry holds words still being typed: the first pause in
   * typing adds an entry (so back returns to the previous search), later pauses update it.
   */
  let typingEntry = false;

  const navigate = (next: SearchState, mode: 'push' | 'replace') => {
    state = next;
    const url = `${window.location.pathname}${serializeSearchState(state)}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    void render();
  };

  /** Loads and shows results; the first few go on screen before the rest of the page of results loads. */
  async function showBatch(search: PagefindSearch, current: number, count: number): Promise<boolean> {
    const next = search.results.slice(shown.length, shown.length + count);
    // Offline, results whose page was not saved cannot be loaded: show the others and say so.
    const loaded = await Promise.allSettled(next.map((result) => result.data()));
    if (current !== generation) return false;
    shown = [...shown, ...next];
    const cards = loaded.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
    results.append(...cards.map((data) => resultCard(data, dictionary, 'h3')));
    missing += loaded.length - cards.length;
    partial.hidden = missing === 0;
    more.hidden = shown.length >= search.results.length;
    return true;
  }

  async function showMore(search: PagefindSearch, current: number) {
    if (shown.length === 0 && (await showBatch(search, current, FIRST_BATCH)) === false) return;
    await showBatch(search, current, PAGE_SIZE - (shown.length % PAGE_SIZE));
  }

  /**
   * Links to the other search (hub ↔ directory) carry the words typed here; the language switch
   * carries the words and the filters (their values are ids, the same in both languages).
   */
  const elsewhere = [...document.querySelectorAll<HTMLAnchorElement>('a[data-search-elsewhere]')];
  const languageSwitches = [...document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')];
  const syncElsewhere = () => {
    for (const link of elsewhere) {
      const url = new URL(link.href);
      url.search = state.query === '' ? '' : `?${new URLSearchParams({ q: state.query }).toString()}`;
      link.href = url.href;
    }
    for (const link of languageSwitches) {
      const url = new URL(link.href);
      url.search = serializeSearchState(state);
      link.href = url.href;
    }
  };

  /** "2 risultati per “x” (…con alcune); 3 anche in inglese". */
  function statusLine(total: number, relaxed: false | 'words' | 'related', otherCount: number): string {
    const note = relaxed === 'words' ? dictionary.messages.relaxed : dictionary.messages.relaxedRelated;
    const count = `${describeCount(dictionary.messages, total, state.query)}${relaxed ? ` (${note})` : ''}`;
    if (otherCount > 0) return `${count}; ${dictionary.messages.otherCount.replace('{n}', String(otherCount))}`;
    return count;
  }

  function hideOtherLanguage(): number {
    if (other) other.hidden = true;
    otherResults?.replaceChildren();
    return 0;
  }

  /**
   * Pages of the other language that answer all the words, when this language's pages have few
   * such answers: a labelled group after the results, without the pages already found in this one.
   */
  async function showOtherLanguage(current: number): Promise<number> {
    if (!other || !otherResults || !otherLanguage || state.query === '') return hideOtherLanguage();
    const found = await (async () => {
      const searcher = await loadLanguage(otherLanguage);
      if (!searcher) return [];
      // Every word must match: pages that match only some of them would be noise beside this
      // language's own answers.
      const search = await runSearch(state, searcher);
      return Promise.all(search.results.slice(0, OTHER_LANGUAGE_SHOWN * 2).map((result) => result.data()));
    })().catch(() => []);
    if (current !== generation) return 0;
    // The same page in this language, already among the results, is not repeated.
    const here = new Set([...results.querySelectorAll('.result-title a')].map(pageKey));
    const fresh = found.filter((data) => !here.has(pageKey(data.url))).slice(0, OTHER_LANGUAGE_SHOWN);
    otherResults.replaceChildren(
      ...fresh.map((data) => {
        const card = resultCard(data, dictionary, 'h4');
        card.lang = otherLanguage;
        return card;
      }),
    );
    other.hidden = fresh.length === 0;
    return fresh.length;
  }

  async function render() {
    const current = ++generation;
    syncElsewhere();
    clear.hidden = Object.keys(state.filters).length === 0;
    if (!hasCriteria(state)) {
      results.replaceChildren();
      more.hidden = true;
      help.hidden = true;
      suggestion.hidden = true;
      facetsPanel.hidden = false;
      hideOtherLanguage();
      status.textContent = dictionary.messages.prompt;
      progress.hidden = true;
      if (countsAfterResults && !filterCountsLoaded()) {
        // Load the search engine and index metadata now, so the first query only fetches its words.
        void loadPagefind().catch(() => undefined);
        return drawFacets(undefined);
      }
      const counts = await allFilterCounts().catch(() => ({}));
      if (current === generation) drawFacets(counts);
      return;
    }
    // The live region is written once, when everything is counted; until then the eye sees progress.
    status.textContent = '';
    progress.hidden = false;
    results.setAttribute('aria-busy', 'true');
    let search: PagefindSearch;
    // 'words': pages with some of the words; 'related': one word, pages with its related words.
    let relaxed: false | 'words' | 'related' = false;
    let strictCount = 0;
    // Related words are fetched only when a query finds little: most queries never need them.
    let words: PageRelatedWords | undefined;
    try {
      if (!countsAfterResults) await allFilterCounts();
      search = await runSearch(state);
      strictCount = search.results.length;
      if (search.results.length < RELAX_BELOW) {
        words = relatedWordsFor(await loadRelatedWords(), language);
        const understanding = understandQuery(state.query, language, words.lookup);
        if (understanding.canRelax) {
          const wider = await runRelaxedSearch(state, understanding, words.searchable);
          if (wider.results.length > search.results.length)
            [search, relaxed] = [wider, understanding.terms.length > 1 ? 'words' : 'related'];
        }
      }
    } catch {
      if (current !== generation) return;
      status.textContent = '';
      progress.hidden = true;
      helpText.textContent = navigator.onLine
        ? dictionary.messages.unavailable
        : dictionary.messages.offlineUnavailable;
      help.hidden = false;
      results.removeAttribute('aria-busy');
      return;
    }
    if (current !== generation) return;
    // A relaxed search has no counts of its own: the facets show their values without them.
    drawFacets(filterCountsLoaded() && !relaxed ? search.filters : undefined);
    results.replaceChildren();
    shown = [];
    missing = 0;
    more.onclick = () => void showMore(search, generation);
    const total = search.results.length;
    await showMore(search, current);
    if (current !== generation) return;
    const otherCount = strictCount < OTHER_LANGUAGE_BELOW ? await showOtherLanguage(current) : hideOtherLanguage();
    if (current !== generation) return;
    status.textContent = statusLine(total, relaxed, otherCount);
    progress.hidden = true;
    results.removeAttribute('aria-busy');
    // Offline, Pagefind may find nothing because the index parts it needs were never saved.
    helpText.textContent = navigator.onLine
      ? dictionary.messages.noResultsHelp
      : dictionary.messages.offlineUnavailable;
    help.hidden = total > 0 || otherCount > 0;
    // Nothing to narrow: no empty filter column beside the help, unless filters are on to be removed.
    facetsPanel.hidden = total === 0 && Object.keys(state.filters).length === 0;
    // Little found: offer the query with each unknown word replaced by the closest known one.
    const suggested =
      total < RELAX_BELOW && words ? suggestQuery(state.query, language, words.suggestible, words.lookup) : undefined;
    suggestion.hidden = suggested === undefined;
    suggestion.replaceChildren(
      ...(suggested === undefined
        ? []
        : [
            `${suggestion.dataset['label'] ?? ''} `,
            element('a', { href: serializeSearchState({ ...state, query: suggested }) }, suggested),
          ]),
    );
    if (countsAfterResults && !filterCountsLoaded() && !relaxed) {
      // Results are on screen: now load the facet counts and count this search again.
      const counted = await allFilterCounts()
        .then(() => runSearch(state))
        .catch(() => undefined);
      if (counted && current === generation) drawFacets(counted.filters);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    navigate({ ...state, query: input.value.trim() }, typingEntry ? 'replace' : 'push');
    typingEntry = false;
  });
  input.addEventListener('input', () => {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => {
      navigate({ ...state, query: input.value.trim() }, typingEntry ? 'replace' : 'push');
      typingEntry = true;
    }, TYPING_DELAY_MS);
  });
  sort?.addEventListener('change', () =>
    navigate({ ...state, sort: sort.value === 'date' ? 'date' : 'relevance' }, 'push'),
  );
  facets.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    focusAfterRedraw = box.id;
    typingEntry = false;
    navigate(toggleFilter(state, box.name, box.value, box.checked), 'push');
  });
  clear.addEventListener('click', () => {
    navigate({ ...emptyState, query: state.query, sort: state.sort }, 'push');
    input.focus();
  });
  window.addEventListener('popstate', () => {
    window.clearTimeout(typingTimer);
    typingEntry = false;
    state = parseSearchState(new URLSearchParams(window.location.search));
    syncControls();
    void render();
  });

  syncControls();
  void render();
}

const root = document.querySelector<HTMLElement>('[data-search-app]');
if (root) start(root);
