/** Renders search result cards: type badge, title link, place or date, highlighted excerpt, sections. */
import type { SearchDictionary } from '../dictionary.ts';
import { element } from '#ui/element.ts';
import { excerptNode } from './dom.ts';
import { cardText, markedWords, withHighlight } from '../excerpt.ts';
import type { PagefindResultData } from './pagefind-client.ts';

const MAX_SUB_RESULTS = 3;
/** Enough words to find the passage again on the page, not so many that it turns yellow. */
const MAX_HIGHLIGHTS = 6;
/** A directory record is a group of companies; its sub-results are the companies themselves. */
const MAX_DIRECTORY_SUB_RESULTS = 6;

/** "2026-11-01" as the page's language writes dates. */
function formatDate(iso: string | undefined): string | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const locale = document.documentElement.lang || 'it';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/**
 * The directory's one index serves both languages: its records carry the Italian pages'
 * addresses and ids instead of words, so the card is written here in the reader's language.
 */
function inPageLanguage(url: string): string {
  const locale = document.documentElement.lang || 'it';
  return url.replace(/^\/[a-z]{2}\//, `/${locale}/`);
}

function directoryCard(result: PagefindResultData, dictionary: SearchDictionary): PagefindResultData {
  const { division = '', place = '', country = '', size = '', count = '' } = result.meta;
  const companies =
    count === '1' ? dictionary.messages.companiesOne : dictionary.messages.companiesMany.replace('{n}', count);
  return {
    ...result,
    url: inPageLanguage(result.url),
    meta: {
      ...result.meta,
      title: `${dictionary.labels.sector[division] ?? division} — ${dictionary.labels.municipality[place] ?? place}`,
      place: [dictionary.labels.municipality[place], dictionary.labels.country[country]].filter(Boolean).join(' · '),
      summary: [companies, dictionary.labels.size[size]].filter(Boolean).join(' · '),
    },
    sub_results: result.sub_results.map((sub) => ({ ...sub, url: inPageLanguage(sub.url) })),
  };
}

export function resultCard(
  found: PagefindResultData,
  dictionary: SearchDictionary,
  headingLevel: 'h2' | 'h3' | 'h4',
): HTMLLIElement {
  const kind = found.meta['kind'] ?? 'page';
  const result = kind === 'directory' ? directoryCard(found, dictionary) : found;
  // A directory record's address is its first company's row, so that company's sub-result
  // shares it; elsewhere a sub-result at the page's own address repeats the page.
  const sections = result.sub_results
    .filter(
      (sub) =>
        sub.url.includes('#') && (kind === 'directory' ? sub.title !== found.meta['title'] : sub.url !== result.url),
    )
    .slice(0, kind === 'directory' ? MAX_DIRECTORY_SUB_RESULTS : MAX_SUB_RESULTS);
  // The words found, as the page writes them, for the target page to highlight.
  const foundWords = [
    ...new Set([result.excerpt, ...result.sub_results.map((sub) => sub.excerpt)].flatMap(markedWords)),
  ];
  const link = (url: string) => withHighlight(url, foundWords.slice(0, MAX_HIGHLIGHTS));
  // The matching companies say it all: the group's own excerpt would repeat them.
  const text =
    kind === 'directory' && sections.length > 0
      ? { summary: result.meta['summary'] ?? '', found: [] }
      : cardText(
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
