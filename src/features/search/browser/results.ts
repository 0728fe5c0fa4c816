/** Renders search result cards: type badge, title link, place or date, highlighted excerpt, sections. */
import type { SearchDictionary } from '../dictionary.ts';
import { element } from '#ui/element.ts';
import { directoryCard, isDirectoryRecord } from './directory-card.ts';
import { excerptNode } from './dom.ts';
import type { PagefindResultData } from './pagefind-client.ts';

const MAX_SUB_RESULTS = 3;

/** "2026-11-01" as the page's language writes dates. */
function formatDate(iso: string | undefined): string | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const locale = document.documentElement.lang || 'it';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

export function resultCard(
  result: PagefindResultData,
  dictionary: SearchDictionary,
  headingLevel: 'h2' | 'h3' | 'h4',
): HTMLLIElement {
  if (isDirectoryRecord(result)) return directoryCard(result, dictionary, headingLevel);
  const kind = result.meta['kind'] ?? 'page';
  // A sub-result at the page's own address repeats the page.
  const sections = result.sub_results
    .filter((sub) => sub.url.includes('#') && sub.url !== result.url)
    .slice(0, MAX_SUB_RESULTS);
  const summaryOnly = !result.excerpt.includes('<mark>');
  const badge = element('span', { class: `result-type type-${kind}` }, dictionary.labels.type[kind] ?? kind);
  const details = [result.meta['place'], formatDate(result.meta['date'])].filter((value): value is string =>
    Boolean(value),
  );
  const title = element(
    headingLevel,
    { class: 'result-title' },
    element('a', { href: result.url }, result.meta['title'] ?? result.url),
  );
  const card = element(
    'li',
    { class: 'result' },
    element(
      'p',
      { class: 'result-meta' },
      badge,
      ...(details.length > 0 ? [element('span', {}, details.join(' · '))] : []),
    ),
    title,
    // A listing by filters only has no words to highlight: the entry's own summary says more.
    element(
      'p',
      { class: 'result-excerpt' },
      summaryOnly && result.meta['summary'] ? result.meta['summary'] : excerptNode(result.excerpt),
    ),
  );
  if (sections.length > 0) {
    card.append(
      element(
        'ul',
        { class: 'result-sections', 'aria-label': dictionary.messages.inThisPage },
        ...sections.map((sub) =>
          element(
            'li',
            {},
            element('a', { href: sub.url }, sub.title),
            element('span', { class: 'result-section-excerpt' }, excerptNode(sub.excerpt)),
          ),
        ),
      ),
    );
  }
  return card;
}
