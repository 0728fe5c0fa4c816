/**
 * URLs of the directory. A company has no page of its own: it is a row, with its id as anchor,
 * on the page of its municipality and sector division, so its address changes only if the
 * company moves or changes activity:
 *   /it/directory/places/valmadrera/13/#lc-000123
 * A group of more than 150 companies goes on over pages (/places/lugano/not-stated/2/), and there
 * a row can move to the next page as companies are added before it; its anchor stays.
 */
import type { Locale } from '#i18n/locales.ts';
import { sectionPath } from '#routes';
import { SLUG_PATTERN } from '#schemas/common.ts';
import type { DirectoryCompany } from '#schemas/directory-model.ts';

function segment(value: string): string {
  if (!SLUG_PATTERN.test(value)) throw new Error(`Not a valid URL segment: "${value}"`);
  return value;
}

export function directoryPath(locale: Locale): string {
  return sectionPath(locale, 'directory');
}

export function directorySearchPath(locale: Locale): string {
  return `${directoryPath(locale)}search/`;
}

export function directoryPlacePath(locale: Locale, place: string): string {
  return `${directoryPath(locale)}places/${segment(place)}/`;
}

/** The page that holds the rows of one municipality and one two-digit division (its first page by default). */
export function directoryPlaceDivisionPath(locale: Locale, place: string, division: string, page = 1): string {
  const base = `${directoryPlacePath(locale, place)}${segment(division)}/`;
  return page === 1 ? base : `${base}${page}/`;
}

/** A company's row; `pageOf` gives the page of rows beyond a group's first page (DirectoryView.pageOf). */
export function directoryCompanyPath(
  locale: Locale,
  company: Pick<DirectoryCompany, 'id' | 'place' | 'division'>,
  pageOf?: ReadonlyMap<string, number>,
): string {
  const page = pageOf?.get(company.id) ?? 1;
  return `${directoryPlaceDivisionPath(locale, company.place, company.division, page)}#${segment(company.id)}`;
}

/**
 * What a curated profile shows of its directory row: the code, the municipality and the row's
 * address. The profile page's cache key is made of them, so the page is rendered again when any
 * of them moves, as when a name sorted ahead of the row pushes it onto the next page of its group.
 */
export function profileRowShown(
  locale: Locale,
  row: Pick<DirectoryCompany, 'id' | 'place' | 'division' | 'sectorCode' | 'municipality'>,
  pageOf?: ReadonlyMap<string, number>,
): [string | undefined, string, string] {
  return [row.sectorCode, row.municipality, directoryCompanyPath(locale, row, pageOf)];
}

export function directorySectorsPath(locale: Locale): string {
  return `${directoryPath(locale)}sectors/`;
}

export function directorySectorPath(locale: Locale, division: string): string {
  return `${directorySectorsPath(locale)}${segment(division)}/`;
}

/** A–Z pages: /a-z/m/ for the first page of a letter, /a-z/m/2/ and on for the next ones. */
export function directoryLetterPath(locale: Locale, letter: string, page = 1): string {
  const base = `${directoryPath(locale)}a-z/${segment(letter)}/`;
  return page === 1 ? base : `${base}${page}/`;
}
