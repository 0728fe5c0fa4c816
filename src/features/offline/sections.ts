/**
 * The sections a reader can save for offline use, in one place for the build (which lists their
 * files) and the pages (which show the "save for offline" control).
 */
import type { Locale } from '#i18n/locales.ts';
import { sectionPath, type Section } from '#routes';

export const offlineSections = [
  'researchCentres',
  'ipGuides',
  'caseStudies',
  'companies',
] as const satisfies readonly Section[];
export type OfflineSection = (typeof offlineSections)[number];

/** Key of a saved section in the offline manifest and in the browser: "it/researchCentres". */
export function sectionKey(locale: Locale, section: OfflineSection): string {
  return `${locale}/${section}`;
}

/** Every page under the section's index page belongs to it: /it/research-centres/, /it/research-centres/x/. */
export function sectionPrefix(locale: Locale, section: OfflineSection): string {
  return sectionPath(locale, section);
}

/**
 * The company directory is saved one sector (two-digit division) at a time: all of it would be
 * tens of megabytes at full scale, one sector is what a reader on a trade-fair floor needs.
 */
export function directorySectionId(division: string): string {
  return `directory-${division}`;
}

export function directorySectionKey(locale: Locale, division: string): string {
  return `${locale}/${directorySectionId(division)}`;
}
