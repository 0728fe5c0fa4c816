/**
 * "Find expertise": from a sector, a need and/or a few words to the research centres,
 * companies, stories and guides that can help, in that order. Each group is a Pagefind search;
 * when a group is empty with the sector applied, it is searched again without it, because a
 * centre that solves the need in another sector still helps.
 */
import type { SearchDictionary } from '../dictionary.ts';
import type { EntryType, FilterKey } from '../filters.ts';
import { hasCriteria, parseSearchState, serializeSearchState, type SearchState } from '../query-state.ts';
import { element } from '#ui/element.ts';
import { loadRelatedWords, RELAX_BELOW, runRelaxedSearch, runSearch } from './pagefind-client.ts';
import { understandQuery } from '../query.ts';
import { relatedWordsFor } from '../related-words.ts';
import { resultCard } from './results.ts';
import type { PagefindResultData } from './pagefind-client.ts';
import { markedWords } from '../excerpt.ts';

const PER_GROUP = 5;

/** Which of the chosen filters apply to each kind of entry. */
const groups: { type: EntryType; filters: FilterKey[] }[] = [
  { type: 'research-centre', filters: ['expertise', 'sector'] },
  { type: 'company', filters: ['expertise', 'sector'] },
  { type: 'case-study', filters: ['expertise', 'sector'] },
  // Guides are about IP, not an expertise area: they are found by the words typed.
  { type: 'ip-guide', filters: [] },
];

function stateFor(base: SearchState, group: (typeof groups)[number], withSector: boolean): SearchState {
  const filters: SearchState['filters'] = { type: [group.type] };
  for (const key of group.filters) {
    if (key === 'sector' && !withSector) continue;
    const values = base.filters[key];
    if (values && values.length > 0) filters[key] = values;
  }
  return { query: base.query, filters, sort: 'relevance' };
}

/**
 * Why an entry answers: the expertise and sector it shares with the choice, and the words of
 * the description found in it. "Perché è qui: competenza Robotica e automazione · parole trovate: pinza".
 */
function whyLine(data: PagefindResultData, state: SearchState, dictionary: SearchDictionary): HTMLElement | undefined {
  const { messages, labels } = dictionary;
  const shared = (key: 'expertise' | 'sector') =>
    (state.filters[key] ?? []).filter((id) => data.filters?.[key]?.includes(id)).map((id) => labels[key][id] ?? id);
  const words = [...new Set([data.excerpt, ...data.sub_results.map((sub) => sub.excerpt)].flatMap(markedWords))];
  const reasons = [
    ...shared('expertise').map((label) => `${messages.whyExpertise} ${label}`),
    ...shared('sector').map((label) => `${messages.whySector} ${label}`),
    ...(words.length > 0 ? [`${messages.whyWords}: ${words.slice(0, 6).join(', ')}`] : []),
  ];
  return reasons.length === 0
    ? undefined
    : element('p', { class: 'result-why' }, `${messages.why} ${reasons.join(' · ')}`);
}

function startApp(root: HTMLElement): void {
  const dictionary = JSON.parse(document.getElementById('search-dictionary')?.textContent ?? '{}') as SearchDictionary;
  const form = root.querySelector<HTMLFormElement>('form[data-find-form]')!;
  const output = root.querySelector<HTMLElement>('[data-find-results]')!;
  const status = root.querySelector<HTMLElement>('[data-find-status]')!;
  const searchPath = form.dataset['searchPath'] ?? '../search/';
  const seeAllText = output.dataset['seeAll'] ?? '';
  const noneText = output.dataset['none'] ?? '';
  let generation = 0;
  const language = document.documentElement.lang === 'en' ? 'en' : 'it';
  root.classList.add('is-enhanced');

  const readForm = (): SearchState => {
    const data = new FormData(form);
    const params = new URLSearchParams();
    for (const key of ['q', 'sector', 'expertise']) {
      const value = String(data.get(key) ?? '').trim();
      if (value !== '') params.set(key, value);
    }
    return parseSearchState(params);
  };

  const fillForm = (state: SearchState) => {
    (form.elements.namedItem('q') as HTMLInputElement).value = state.query;
    (form.elements.namedItem('sector') as HTMLSelectElement).value = state.filters.sector?.[0] ?? '';
    (form.elements.namedItem('expertise') as HTMLSelectElement).value = state.filters.expertise?.[0] ?? '';
  };

  async function render(state: SearchState) {
    const current = ++generation;
    if (!hasCriteria(state)) {
      output.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = dictionary.messages.loading;
    try {
      // Fetched only when a group finds little, once per visit.
      const related = () => loadRelatedWords().then((loaded) => relatedWordsFor(loaded, language));
      const sections = await Promise.all(
        groups.map(async (group) => {
          if (group.filters.length === 0 && state.query === '')
            return { group, results: [], total: 0, applied: stateFor(state, group, false), relaxed: false };
          let applied = stateFor(state, group, true);
          let search = await runSearch(applied);
          if (search.results.length === 0 && state.filters.sector) {
            applied = stateFor(state, group, false);
            search = await runSearch(applied);
          }
          // A problem in the visitor's words rarely uses the pages' words: widen it like the search page.
          let relaxed = false;
          if (search.results.length < RELAX_BELOW && state.query !== '') {
            const words = await related();
            const understanding = understandQuery(state.query, language, words.lookup);
            if (understanding.canRelax) {
              const wider = await runRelaxedSearch(applied, understanding, words.searchable);
              if (wider.results.length > search.results.length) [search, relaxed] = [wider, true];
            }
          }
          const results = await Promise.all(search.results.slice(0, PER_GROUP).map((result) => result.data()));
          return { group, results, total: search.results.length, applied, relaxed };
        }),
      );
      if (current !== generation) return;
      output.replaceChildren(
        ...sections.map(({ group, results, total, applied }) => {
          const headingId = `find-${group.type}`;
          const section = element(
            'section',
            { 'aria-labelledby': headingId, class: 'find-group' },
            element('h3', { id: headingId }, `${dictionary.labels.type[group.type]} (${total})`),
          );
          if (results.length === 0) section.append(element('p', { class: 'muted' }, noneText));
          else
            section.append(
              element(
                'ol',
                { class: 'search-results', role: 'list' },
                ...results.map((data) => {
                  const card = resultCard(data, dictionary, 'h4');
                  const why = whyLine(data, state, dictionary);
                  // The reasons name the words found: the card's own line for them would repeat it.
                  if (why) {
                    card.querySelector('.result-found')?.remove();
                    card.append(why);
                  }
                  return card;
                }),
              ),
            );
          if (total > results.length) {
            section.append(
              element(
                'p',
                {},
                element('a', { href: `${searchPath}${serializeSearchState(applied)}` }, `${seeAllText} →`),
              ),
            );
          }
          return section;
        }),
      );
      const total = sections.reduce((sum, section) => sum + section.total, 0);
      const count =
        total === 1 ? dictionary.messages.countOne : dictionary.messages.countMany.replace('{n}', String(total));
      status.textContent = sections.some((section) => section.relaxed)
        ? `${count} (${dictionary.messages.relaxed})`
        : count;
    } catch {
      if (current === generation) status.textContent = dictionary.messages.unavailable;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = readForm();
    window.history.pushState(null, '', `${window.location.pathname}${serializeSearchState(state)}`);
    void render(state);
  });
  window.addEventListener('popstate', () => {
    const state = parseSearchState(new URLSearchParams(window.location.search));
    fillForm(state);
    void render(state);
  });

  const initial = parseSearchState(new URLSearchParams(window.location.search));
  fillForm(initial);
  void render(initial);
}

/** Starts the find-expertise form, if this page has it. */
export function startFindExpertise(): void {
  const root = document.querySelector<HTMLElement>('[data-find-app]');
  if (root) startApp(root);
}
