/**
 * A result of the directory's search names companies. One record is a group of companies of one
 * municipality, division and size band; Pagefind returns the companies that match the words as
 * its sub-results (a listing by filters alone has none: then the record's own company headings
 * are listed). One company found: the card is that company. Several: the card is their group,
 * with each company's name linking to its row, where it is and what it does.
 *
 * The one index serves both languages: records carry the Italian pages' addresses and ids instead
 * of words, so the card is written here in the reader's language.
 */
import type { SearchDictionary } from '../dictionary.ts';
import { element } from '#ui/element.ts';
import { excerptNode } from './dom.ts';
import type { PagefindResultData } from './pagefind-client.ts';

/** Companies listed on one card; the others are a link away, on the group's page. */
const MAX_LISTED_COMPANIES = 6;
/** Characters of excerpt under each listed company: enough to see why it was found. */
const LISTED_EXCERPT_CHARS = 140;

interface CompanyHit {
  name: string;
  url: string;
  excerpt?: string;
}

/** True for a record of the directory's own index (the hub indexes the directory's front page too). */
export function isDirectoryRecord(result: PagefindResultData): boolean {
  return result.meta['kind'] === 'directory' && result.meta['division'] !== undefined;
}

function inPageLanguage(url: string): string {
  const locale = document.documentElement.lang || 'it';
  return url.replace(/^\/[a-z]{2}\//, `/${locale}/`);
}

function companyHits(result: PagefindResultData, page: string): CompanyHit[] {
  const matching = result.sub_results.filter((sub) => sub.url.includes('#') && sub.title !== result.meta['title']);
  if (matching.length > 0) {
    return matching.map((sub) => ({ name: sub.title, url: inPageLanguage(sub.url), excerpt: sub.excerpt }));
  }
  return (result.anchors ?? [])
    .filter((anchor) => anchor.id !== '')
    .map((anchor) => ({ name: anchor.text, url: `${page}#${anchor.id}` }));
}

/**
 * A company's excerpt starts with its name when the words were found near it: the name is
 * already the link beside it, so it is not repeated. `maxChars` cuts it at a word, with "…".
 */
function companyExcerpt(excerpt: string, name: string, maxChars = Infinity): DocumentFragment {
  const fragment = excerptNode(excerpt);
  const text = fragment.textContent ?? '';
  const skip = text.startsWith(name) ? name.length + (/^[\s.]*/.exec(text.slice(name.length))?.[0].length ?? 0) : 0;
  let keep = text.length - skip;
  if (keep > maxChars) {
    const cut = text.lastIndexOf(' ', skip + maxChars);
    keep = (cut > skip ? cut : skip + maxChars) - skip;
  }
  let position = 0;
  for (const node of [...fragment.childNodes]) {
    const content = node.textContent ?? '';
    const start = Math.max(0, skip - position);
    const end = Math.min(content.length, skip + keep - position);
    position += content.length;
    if (end <= start) node.remove();
    else if (start > 0 || end < content.length) node.textContent = content.slice(start, end);
  }
  if (skip + keep < text.length) fragment.append('…');
  return fragment;
}

export function directoryCard(
  result: PagefindResultData,
  dictionary: SearchDictionary,
  headingLevel: 'h2' | 'h3' | 'h4',
): HTMLLIElement {
  const { division = '', place = '', region = '', size = '', count = '' } = result.meta;
  const page = inPageLanguage(result.url.split('#')[0]!);
  const sector = dictionary.labels.sector[division] ?? division;
  const municipality = dictionary.labels.municipality[place] ?? place;
  const sizeLabel = dictionary.labels.size[size];
  const hits = companyHits(result, page);
  const listed = hits.slice(0, MAX_LISTED_COMPANIES);
  const [only] = hits.length === 1 ? hits : [];
  const where = [municipality, dictionary.labels.region[region]].filter(Boolean).join(' · ');

  const meta = element(
    'p',
    { class: 'result-meta' },
    element('span', { class: 'result-type type-directory' }, dictionary.labels.type['directory'] ?? 'directory'),
    element('span', {}, where),
  );
  const card = element('li', { class: 'result result-directory' }, meta);
  if (only) {
    card.append(
      element(headingLevel, { class: 'result-title' }, element('a', { href: only.url }, only.name)),
      element('p', { class: 'result-facts' }, [sector, sizeLabel].filter(Boolean).join(' · ')),
    );
    if (only.excerpt) card.append(element('p', { class: 'result-excerpt' }, companyExcerpt(only.excerpt, only.name)));
    return card;
  }
  const companies =
    count === '1' ? dictionary.messages.companiesOne : dictionary.messages.companiesMany.replace('{n}', count);
  card.append(
    element(headingLevel, { class: 'result-title' }, element('a', { href: page }, `${sector} — ${municipality}`)),
    element('p', { class: 'result-excerpt' }, [companies, sizeLabel].filter(Boolean).join(' · ')),
  );
  if (listed.length === 0) return card;
  card.append(
    element(
      'ul',
      { class: 'result-companies', 'aria-label': dictionary.messages.companiesFound },
      ...listed.map((hit) =>
        element(
          'li',
          {},
          element('a', { href: hit.url, class: 'result-company-name' }, hit.name),
          element('span', { class: 'result-company-where' }, `${municipality} · ${sector}`),
          ...(hit.excerpt
            ? [
                element(
                  'span',
                  { class: 'result-section-excerpt' },
                  companyExcerpt(hit.excerpt, hit.name, LISTED_EXCERPT_CHARS),
                ),
              ]
            : []),
        ),
      ),
    ),
  );
  if (hits.length > listed.length) {
    card.append(
      element(
        'p',
        { class: 'result-companies-more' },
        element(
          'a',
          { href: page },
          dictionary.messages.companiesMore.replace('{n}', String(hits.length - listed.length)),
        ),
      ),
    );
  }
  return card;
}
