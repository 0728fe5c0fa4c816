/**
 * Everything the search screens need to show ids as words in the reader's language. Built at
 * build time and embedded in the page as JSON, so the browser never needs another request for it.
 */
import type { UiStrings } from '#i18n';
import type { Locale } from '#i18n/locales.ts';
import { directorySizes, NOT_STATED } from '#schemas/directory-model.ts';
import { entryTypes, filterKeys, type FilterKey } from './filters.ts';

export interface SearchDictionary {
  facetTitles: Record<FilterKey, string>;
  labels: Record<FilterKey, Record<string, string>>;
  messages: {
    countOne: string;
    countMany: string;
    countFor: string;
    companiesOne: string;
    companiesMany: string;
    /** The list of a directory result's companies, and the link to those it does not show. */
    companiesFound: string;
    companiesMore: string;
    prompt: string;
    loading: string;
    more: string;
    noResultsHelp: string;
    unavailable: string;
    inThisPage: string;
    clearFilters: string;
    offlinePartial: string;
    offlineUnavailable: string;
    relaxed: string;
    relaxedRelated: string;
    foundWords: string;
    otherLanguage: string;
    otherLanguageLead: string;
    otherCount: string;
    why: string;
    whyExpertise: string;
    whySector: string;
    whyWords: string;
  };
}

type Term = { id: string; label: Record<Locale, string> };

export function buildSearchDictionary(
  t: UiStrings,
  locale: Locale,
  terms: { sectors: Term[]; expertiseAreas: Term[]; regions: Term[]; fundingInstruments: Term[]; ipTopics: Term[] },
): SearchDictionary {
  const labelsOf = (list: Term[]) => Object.fromEntries(list.map((term) => [term.id, term.label[locale]]));
  const facetTitles = Object.fromEntries(filterKeys.map((key) => [key, t[`filter.${key}`]])) as Record<
    FilterKey,
    string
  >;
  return {
    facetTitles,
    labels: {
      type: Object.fromEntries(entryTypes.map((type) => [type, t[`type.${type}`]])),
      sector: labelsOf(terms.sectors),
      expertise: labelsOf(terms.expertiseAreas),
      country: { IT: t['facts.country.IT'], CH: t['facts.country.CH'] },
      region: labelsOf(terms.regions),
      municipality: {},
      size: Object.fromEntries(([...directorySizes, NOT_STATED] as const).map((size) => [size, t[`size.${size}`]])),
      trl: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [String(i + 1), `TRL ${i + 1}`])),
      funding: labelsOf(terms.fundingInstruments),
      ipTopic: labelsOf(terms.ipTopics),
    },
    messages: {
      countOne: t['search.countOne'],
      countMany: t['search.countMany'],
      countFor: t['search.countFor'],
      companiesOne: t['search.companiesOne'],
      companiesMany: t['search.companiesMany'],
      companiesFound: t['search.companiesFound'],
      companiesMore: t['search.companiesMore'],
      prompt: t['search.prompt'],
      loading: t['search.loading'],
      more: t['search.more'],
      noResultsHelp: t['search.noResultsHelp'],
      unavailable: t['search.unavailable'],
      inThisPage: t['search.inThisPage'],
      clearFilters: t['search.clearFilters'],
      offlinePartial: t['offline.search.partial'],
      offlineUnavailable: t['offline.search.unavailable'],
      relaxed: t['search.relaxed'],
      relaxedRelated: t['search.relaxedRelated'],
      foundWords: t['search.foundWords'],
      otherLanguage: t['search.otherLanguage'],
      otherLanguageLead: t['search.otherLanguageLead'],
      otherCount: t['search.otherCount'],
      why: t['find.why'],
      whyExpertise: t['find.whyExpertise'],
      whySector: t['find.whySector'],
      whyWords: t['find.whyWords'],
    },
  };
}

/** "3 risultati per “acqua”": fills the {n}/{count}/{query} templates. */
export function describeCount(messages: SearchDictionary['messages'], total: number, query: string): string {
  const count = total === 1 ? messages.countOne : messages.countMany.replace('{n}', String(total));
  return query === '' ? count : messages.countFor.replace('{count}', count).replace('{query}', query);
}
