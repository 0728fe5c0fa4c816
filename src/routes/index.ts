/**
 * Every URL of the site is built here, so links and pages cannot drift apart.
 * Both languages carry a prefix (/it/…, /en/…); path segments are the same in both so a page's
 * counterpart is found by swapping the prefix.
 */
import { isLocale, type Locale } from '#i18n/locales.ts';
import { SLUG_PATTERN } from '#schemas/common.ts';

const sections = {
  home: '',
  caseStudies: 'case-studies',
  companies: 'companies',
  researchCentres: 'research-centres',
  ipGuides: 'ip',
  expertise: 'expertise',
  about: 'about',
  contribute: 'contribute',
  search: 'search',
  findExpertise: 'find-expertise',
  offline: 'offline',
  privacy: 'privacy',
  openData: 'open-data',
  network: 'network',
  figures: 'figures',
  directory: 'directory',
  calls: 'calls',
  events: 'events',
  requests: 'requests',
} as const;

export type Section = keyof typeof sections;
/** Sections whose entries have a page of their own. */
export type EntrySection =
  'caseStudies' | 'companies' | 'researchCentres' | 'ipGuides' | 'expertise' | 'calls' | 'requests';

export function sectionPath(locale: Locale, section: Section): string {
  const segment = sections[section];
  return segment === '' ? `/${locale}/` : `/${locale}/${segment}/`;
}

export function entryPath(locale: Locale, section: EntrySection, id: string): string {
  if (!SLUG_PATTERN.test(id)) throw new Error(`Not a valid URL id: "${id}"`);
  return `${sectionPath(locale, section)}${id}/`;
}

/** The language of a site path, or undefined for paths outside the language folders (/, /404.html). */
export function localeOfPath(path: string): Locale | undefined {
  const first = path.split('/')[1];
  return isLocale(first) ? first : undefined;
}

/** The same page in another language: /it/companies/x/ → /en/companies/x/. */
export function counterpartPath(path: string, target: Locale): string {
  const current = localeOfPath(path);
  if (!current) return `/${target}/`;
  return `/${target}${path.slice(current.length + 1)}`;
}

/** The Italy–Switzerland–EU comparison table: /it/ip/compare/. */
export function ipComparePath(locale: Locale): string {
  return `${sectionPath(locale, 'ipGuides')}compare/`;
}

/** The IP decision helper: its start, a need (/decide/invention/) or a need and a market. */
export function ipDecidePath(locale: Locale, need?: string, market?: string): string {
  const steps = [need, market].filter((step): step is string => step !== undefined);
  for (const step of steps) {
    if (!SLUG_PATTERN.test(step)) throw new Error(`Not a valid URL id: "${step}"`);
  }
  return `${sectionPath(locale, 'ipGuides')}decide/${steps.map((step) => `${step}/`).join('')}`;
}

/** The success stories with one filter applied: /it/case-studies/filter/sector/textiles/. */
export function caseStudyFilterPath(locale: Locale, facet: string, value: string): string {
  for (const step of [facet, value]) {
    if (!SLUG_PATTERN.test(step)) throw new Error(`Not a valid URL id: "${step}"`);
  }
  return `${sectionPath(locale, 'caseStudies')}filter/${facet}/${value}/`;
}

/** The calls of one country or topic: /it/calls/country/ch/, /en/calls/topic/ip/. */
export function callFilterPath(locale: Locale, dimension: 'country' | 'topic', value: string): string {
  const segment = value.toLowerCase();
  if (!SLUG_PATTERN.test(segment)) throw new Error(`Not a valid URL id: "${value}"`);
  return `${sectionPath(locale, 'calls')}${dimension}/${segment}/`;
}

/** The calendar feed of call deadlines and events in one language: /it/calendar.ics. */
export function calendarPath(locale: Locale): string {
  return `/${locale}/calendar.ics`;
}

/** The iCalendar file of one call's deadlines or of one event: /it/calls/<id>.ics, /it/events/<id>.ics. */
export function entryCalendarPath(locale: Locale, section: 'calls' | 'events', id: string): string {
  if (!SLUG_PATTERN.test(id)) throw new Error(`Not a valid URL id: "${id}"`);
  return `${sectionPath(locale, section)}${id}.ics`;
}

/** An event on the events page, which lists them all: /it/events/#<id>. */
export function eventPath(locale: Locale, id: string): string {
  if (!SLUG_PATTERN.test(id)) throw new Error(`Not a valid URL id: "${id}"`);
  return `${sectionPath(locale, 'events')}#${id}`;
}

/** The requests of one kind or one country: /it/requests/kind/technology-offer/, /en/requests/country/ch/. */
export function requestFilterPath(locale: Locale, dimension: 'kind' | 'country', value: string): string {
  const segment = value.toLowerCase();
  if (!SLUG_PATTERN.test(segment)) throw new Error(`Not a valid URL id: "${value}"`);
  return `${sectionPath(locale, 'requests')}${dimension}/${segment}/`;
}
