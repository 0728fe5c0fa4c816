/** Renders search result cards: type badge, title link, place or date, highlighted excerpt, sections. */
import type { SearchDictionary } from '../dictionary.ts';
import { element } from '#ui/element.ts';
import { directoryCard, isDirectoryRecord } from './directory-card.ts';
import { excerptNode } from './dom.ts';
import { cardText, markedWords, withHighlight } from '../excerpt.ts';
import type { PagefindResultData } from './pagefind-client.ts';

const MAX_SUB_RESULTS = 3;
/** Enough words to find the passage again on the page, not so many that it turns yellow. */
const MAX_HIGHLIGHTS = 6;

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
  // The words found, as the page writes them, for the target page to highlight.
  const foundWords = [
    ...new Set([result.excerpt, ...result.sub_results.map((sub) => sub.excerpt)].flatMap(markedWords)),
  ];
  const link = (url: string) => withHighlight(url, foundWords.slice(0, MAX_HIGHLIGHTS));
  const text = cardText(
    [{ excerpt: result.excerpt }, ...result.sub_results.filter((sub) => sub.url.includes('#'))],
    result.meta['summary'],
  );
  const badge = element('span', { class: `result-type type-${kind}` }, dictionary.labels.type[kind] ?? kind);
  const details = [result.meta['place'], formatDate(result.meta['date'])].filter((value): value is string =>
    Boolean(value),
  );
  const title = element(
    headingLevel,
    { class: 'result-title' },
    element('a', { href: link(result.url) }, result.meta['title'] ?? result.url),
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
    element('p', { class: 'result-excerpt' }, 'excerpt' in text ? excerptNode(text.excerpt) : text.summary),
  );
  // When the words stand only in labels or tags, the summary is shown and the words named.
  if ('found' in text && text.found.length > 0) {
    card.append(
      element(
        'p',
        { class: 'result-found' },
        `${dictionary.messages.foundWords} `,
        ...text.found.flatMap((word, index) => [...(index > 0 ? [', '] : []), element('mark', {}, word)]),
      ),
    );
  }
  // A section whose excerpt is already the card's would say it twice.
  const listed = sections.filter((sub) => !('excerpt' in text) || sub.excerpt !== text.excerpt);
  if (listed.length > 0) {
    card.append(
      element(
        'ul',
        { class: 'result-sections', 'aria-label': dictionary.messages.inThisPage },
        ...listed.map((sub) =>
          element(
            'li',
            {},
            element('a', { href: link(sub.url) }, sub.title),
            element('span', { class: 'result-section-excerpt' }, excerptNode(sub.excerpt)),
          ),
        ),
      ),
    );
  }
  return card;
}
