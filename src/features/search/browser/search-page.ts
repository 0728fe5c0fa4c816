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
  loadPagefind,
  RELAX_BELOW,
  runRelaxedSearch,
  runSearch,
  type PagefindSearch,
} from './pagefind-client.ts';
import { suggestQuery, synonymLookup, understandQuery, type QueryLanguage } from '../query.ts';
import { isFilterKey, type FilterKey } from '../filters.ts';
import { resultCard } from './results.ts';
import { element } from '#ui/element.ts';

const PAGE_SIZE = 10;
/** Shown as soon as their data is in, while the rest of the first page of results loads. */
const FIRST_BATCH = 3;
const TYPING_DELAY_MS = 300;

function readDictionary(): SearchDictionary {
  return JSON.parse(document.getElementById('search-dictionary')?.textContent ?? '{}') as SearchDictionary;
}

function start(root: HTMLElement): void {
  const dictionary = readDictionary();
  const lookup = synonymLookup(dictionary.synonyms ?? []);
  const language: QueryLanguage = document.documentElement.lang === 'en' ? 'en' : 'it';
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  // The directory's search has no dates to sort by, so no sort control.
  const sort = root.querySelector<HTMLSelectElement>('select[name="sort"]');
  const facets = root.querySelector<HTMLElement>('[data-search-facets]')!;
  const facetsPanel = root.querySelector<HTMLDetailsElement>('[data-search-facets-panel]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const results = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const help = root.querySelector<HTMLElement>('[data-search-help]')!;
  const helpText = help.querySelector<HTMLElement>('[data-search-help-text]')!;
  const suggestion = help.querySelector<HTMLElement>('[data-search-suggestion]')!;

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

  async function render() {
    const current = ++generation;
    syncElsewhere();
    clear.hidden = Object.keys(state.filters).length === 0;
    if (!hasCriteria(state)) {
      results.replaceChildren();
      more.hidden = true;
      help.hidden = true;
      status.textContent = dictionary.messages.prompt;
      if (countsAfterResults && !filterCountsLoaded()) {
        // Load the search engine and index metadata now, so the first query only fetches its words.
        void loadPagefind().catch(() => undefined);
        return drawFacets(undefined);
      }
      const counts = await allFilterCounts().catch(() => ({}));
      if (current === generation) drawFacets(counts);
      return;
    }
    status.textContent = dictionary.messages.loading;
    results.setAttribute('aria-busy', 'true');
    let search: PagefindSearch;
    let relaxed = false;
    try {
      if (!countsAfterResults) await allFilterCounts();
      search = await runSearch(state);
      const understanding = understandQuery(state.query, language, lookup);
      if (search.results.length < RELAX_BELOW && understanding.canRelax) {
        const wider = await runRelaxedSearch(state, understanding);
        if (wider.results.length > search.results.length) [search, relaxed] = [wider, true];
      }
    } catch {
      if (current !== generation) return;
      status.textContent = '';
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
    // The count is known before the results' data: say it while the first cards load.
    const total = search.results.length;
    status.textContent =
      total === 0
        ? `${describeCount(dictionary.messages, 0, state.query)}. ${dictionary.messages.noResults}`
        : `${describeCount(dictionary.messages, total, state.query)}${relaxed ? ` (${dictionary.messages.relaxed})` : ''}`;
    await showMore(search, current);
    if (current !== generation) return;
    results.removeAttribute('aria-busy');
    // Offline, Pagefind may find nothing because the index parts it needs were never saved.
    helpText.textContent = navigator.onLine
      ? dictionary.messages.noResultsHelp
      : dictionary.messages.offlineUnavailable;
    help.hidden = total > 0;
    // Nothing found: offer the query with each unknown word replaced by the closest known one.
    const suggested = total === 0 ? suggestQuery(state.query, language, dictionary.synonyms ?? [], lookup) : undefined;
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
