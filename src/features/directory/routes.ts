/**
 * URLs of the directory. A company has no page of its own: it is a row, with its id as anchor,
 * on the page of its municipality and sector division, so its address changes only if the
 * company moves or changes activity:
 *   /it/directory/places/valmadrera/13/#lc-000123
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

/** The page that holds the rows of one municipality and one two-digit division. */
export function directoryPlaceDivisionPath(locale: Locale, place: string, division: string): string {
  return `${directoryPlacePath(locale, place)}${segment(division)}/`;
}

export function directoryCompanyPath(
  locale: Locale,
  company: Pick<DirectoryCompany, 'id' | 'place' | 'division'>,
): string {
  return `${directoryPlaceDivisionPath(locale, company.place, company.division)}#${segment(company.id)}`;
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
