/**
 * The directory's search records as small HTML documents for Pagefind's addHTMLFile: one per
 * municipality, division and size band (see searchGroups), pointing at the page that lists
 * those companies. Each company is a heading with its id, so Pagefind returns it as a
 * sub-result that links straight to the company's row.
 *
 * One index serves both languages: a row's facts are the same in both, so each record holds
 * the sector's name and the description in Italian and in English, and either language finds
 * it. Records carry the Italian page's address; the search screen swaps the language prefix,
 * and builds titles from the ids in the metadata with its own dictionary.
 */
import { directoryPlaceDivisionPath, type SearchGroup } from '#features/directory/index.ts';
import type { DirectoryCompany } from '#schemas/directory-model.ts';
import { locales, type Locale } from '#i18n/locales.ts';
import { escapeHtml } from '#ui/escape-html.ts';

/** The language of the directory's index and of the addresses its records carry. */
export const directoryIndexLocale: Locale = 'it';

/** Names of a division in every language, e.g. { it: 'Industrie tessili', en: 'Textiles' }. */
export type DivisionNames = (division: string) => Record<Locale, string>;

export interface DirectoryDocument {
  url: string;
  content: string;
}

/** "Tintoria" → "Tintoria.", and a description that ends with its own full stop keeps just that one. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function companyText(company: DirectoryCompany, divisionNames: Record<Locale, string>): string {
  const descriptions = locales.flatMap((locale) => company.description[locale] ?? []);
  const facts = [
    [company.municipality, company.postcode].filter(Boolean).join(' '),
    [company.sectorCode, locales.map((locale) => divisionNames[locale]).join(' / ')].filter(Boolean).join(' '),
  ].join(' · ');
  // Descriptions before the facts: a result's excerpt starts at the company's name, and then
  // says what the company does rather than its postcode.
  return (
    `<section><h2 id="${escapeHtml(company.id)}">${escapeHtml(company.name)}</h2>` +
    `<p>${escapeHtml([...descriptions, facts].map(sentence).join(' '))}</p></section>`
  );
}

export function directoryDocument(group: SearchGroup, divisionNames: DivisionNames): DirectoryDocument {
  const [first] = group.companies as [DirectoryCompany, ...DirectoryCompany[]];
  const names = divisionNames(group.division);
  const attribute = (name: string, value: string) => `<span ${name}="${escapeHtml(value)}"></span>`;
  const fields = [
    attribute('data-pagefind-filter', `sector:${group.division}`),
    attribute('data-pagefind-filter', `municipality:${group.place}`),
    // Province or canton: the directory's own words for where a company is (one per country).
    attribute('data-pagefind-filter', `region:${first.region}`),
    attribute('data-pagefind-filter', `size:${group.size}`),
    attribute('data-pagefind-meta', 'kind:directory'),
    attribute('data-pagefind-meta', `title:${names[directoryIndexLocale]} — ${first.municipality}`),
    attribute('data-pagefind-meta', `division:${group.division}`),
    attribute('data-pagefind-meta', `place:${group.place}`),
    attribute('data-pagefind-meta', `region:${first.region}`),
    attribute('data-pagefind-meta', `size:${group.size}`),
    attribute('data-pagefind-meta', `count:${group.companies.length}`),
  ].join('');
  const companies = group.companies.map((company) => companyText(company, names)).join('');
  return {
    // Unique per record, as Pagefind needs: the page plus the record's first company.
    url: `${directoryPlaceDivisionPath(directoryIndexLocale, group.place, group.division, group.page)}#${first.id}`,
    content: `<!doctype html><html lang="${directoryIndexLocale}"><body><main data-pagefind-body><div hidden data-pagefind-ignore>${fields}</div>${companies}</main></body></html>`,
  };
}
