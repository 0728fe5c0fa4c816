/**
 * The directory's search records as small HTML documents for Pagefind's addHTMLFile: one per
 * municipality, division and size band (see searchGroups), whose URL is the page that lists
 * those companies. Each company is a heading with its id, so Pagefind returns it as a
 * sub-result that links straight to the company's row.
 */
import { directoryPlaceDivisionPath } from '../directory/routes.ts';
import type { SearchGroup } from '../directory/groups.ts';
import type { DirectoryCompany } from '../directory/model.ts';
import type { Locale } from '../i18n/locales.ts';
import { escapeHtml } from '../text/escape-html.ts';

/** The words a record needs in the reader's language. */
export interface DirectoryLabels {
  division: (division: string) => string;
  size: (size: DirectoryCompany['size']) => string;
  country: (country: DirectoryCompany['country']) => string;
  /** e.g. "3 imprese" */
  companies: (count: number) => string;
}

export interface DirectoryDocument {
  url: string;
  content: string;
}

function companyText(company: DirectoryCompany, locale: Locale, labels: DirectoryLabels): string {
  const description = company.description[locale] ?? '';
  const facts = [
    `${company.municipality} ${company.postcode}`,
    `${company.sectorCode} ${labels.division(company.division)}`,
    labels.size(company.size),
  ].join(' · ');
  return (
    `<section><h2 id="${escapeHtml(company.id)}">${escapeHtml(company.name)}</h2>` +
    `<p>${escapeHtml(facts)}${description ? `. ${escapeHtml(description)}` : ''}</p></section>`
  );
}

export function directoryDocument(group: SearchGroup, locale: Locale, labels: DirectoryLabels): DirectoryDocument {
  const [first] = group.companies as [DirectoryCompany, ...DirectoryCompany[]];
  const title = `${labels.division(group.division)} — ${first.municipality}`;
  const attribute = (name: string, value: string) => `<span ${name}="${escapeHtml(value)}"></span>`;
  const fields = [
    attribute('data-pagefind-filter', `sector:${group.division}`),
    attribute('data-pagefind-filter', `municipality:${group.place}`),
    attribute('data-pagefind-filter', `country:${first.country}`),
    attribute('data-pagefind-filter', `size:${group.size}`),
    attribute('data-pagefind-meta', 'kind:directory'),
    attribute('data-pagefind-meta', `title:${title}`),
    attribute('data-pagefind-meta', `place:${first.municipality} · ${labels.country(first.country)}`),
    attribute('data-pagefind-meta', `summary:${labels.companies(group.companies.length)} · ${labels.size(group.size)}`),
    attribute('data-pagefind-sort', `name:${first.name}`),
  ].join('');
  const companies = group.companies.map((company) => companyText(company, locale, labels)).join('');
  return {
    // One record per size band of a page: each needs its own URL, so each points at its band.
    url: `${directoryPlaceDivisionPath(locale, group.place, group.division)}#size-${group.size}`,
    content: `<!doctype html><html lang="${locale}"><body><main data-pagefind-body><div hidden data-pagefind-ignore>${fields}</div>${companies}</main></body></html>`,
  };
}
