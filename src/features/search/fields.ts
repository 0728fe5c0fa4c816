/**
 * Builds each entry's search fields from its data. Pure, so every rule here is unit-tested; the
 * SearchFields component only prints the result as data-pagefind-* attributes.
 */
import { isoDate } from '#i18n/format.ts';
import type { SearchFields, SearchFilters } from './filters.ts';

const unique = (values: readonly (string | undefined)[]) =>
  [...new Set(values.filter((value): value is string => value !== undefined && value !== ''))].sort();

/** Drops empty lists so pages carry only the filters that apply to them. */
function compact(filters: SearchFilters): SearchFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, values]) => values && values.length > 0));
}

interface Located {
  country: string;
  region: string;
}

export function storySearchFields(story: {
  summary: string;
  date: Date;
  sectors: readonly string[];
  expertise: readonly string[];
  fundingInstrument?: string | undefined;
  trlAfter: number;
  /** Where the companies and research centres of the story are. */
  places: readonly Located[];
  placeLabel: string;
}): SearchFields {
  return {
    type: 'case-study',
    filters: compact({
      type: ['case-study'],
      sector: unique(story.sectors),
      expertise: unique(story.expertise),
      country: unique(story.places.map((place) => place.country)),
      region: unique(story.places.map((place) => place.region)),
      trl: [String(story.trlAfter)],
      funding: unique([story.fundingInstrument]),
    }),
    meta: { summary: story.summary, place: story.placeLabel, date: isoDate(story.date) },
    sortDate: isoDate(story.date),
  };
}

export function companySearchFields(company: {
  summary: string;
  country: string;
  region: string;
  sectors: readonly string[];
  capabilities: readonly string[];
  offers: readonly { expertise: readonly string[]; trl?: number | undefined }[];
  seeks: readonly { expertise: readonly string[] }[];
  placeLabel: string;
  reviewed: Date;
}): SearchFields {
  return {
    type: 'company',
    filters: compact({
      type: ['company'],
      sector: unique(company.sectors),
      // A company is found both for what it can do and for what it is looking for.
      expertise: unique([
        ...company.capabilities,
        ...company.offers.flatMap((offer) => offer.expertise),
        ...company.seeks.flatMap((need) => need.expertise),
      ]),
      country: [company.country],
      region: [company.region],
      trl: unique(company.offers.map((offer) => (offer.trl === undefined ? undefined : String(offer.trl)))),
    }),
    meta: { summary: company.summary, place: company.placeLabel },
    sortDate: isoDate(company.reviewed),
  };
}

export function centreSearchFields(centre: {
  summary: string;
  country: string;
  region: string;
  sectors?: readonly string[] | undefined;
  expertise: readonly string[];
  placeLabel: string;
  reviewed: Date;
}): SearchFields {
  return {
    type: 'research-centre',
    filters: compact({
      type: ['research-centre'],
      sector: unique(centre.sectors ?? []),
      expertise: unique(centre.expertise),
      country: [centre.country],
      region: [centre.region],
    }),
    meta: { summary: centre.summary, place: centre.placeLabel },
    sortDate: isoDate(centre.reviewed),
  };
}

export function guideSearchFields(guide: {
  summary: string;
  topic: string;
  jurisdictions: readonly string[];
  lawAsOf: Date;
  reviewed: Date;
}): SearchFields {
  return {
    type: 'ip-guide',
    filters: compact({
      type: ['ip-guide'],
      ipTopic: [guide.topic],
      // Guides on Italian or Swiss law are found under that country; EU and international rules apply to both.
      country: unique(guide.jurisdictions.flatMap((code) => (code === 'IT' || code === 'CH' ? [code] : ['IT', 'CH']))),
    }),
    meta: { summary: guide.summary, date: isoDate(guide.lawAsOf) },
    sortDate: isoDate(guide.reviewed),
  };
}

export function expertiseSearchFields(area: { id: string; summary: string }): SearchFields {
  return {
    type: 'expertise',
    filters: { type: ['expertise'], expertise: [area.id] },
    meta: { summary: area.summary },
  };
}

export function pageSearchFields(page: { summary: string; reviewed: Date }): SearchFields {
  return {
    type: 'page',
    filters: { type: ['page'] },
    meta: { summary: page.summary },
    sortDate: isoDate(page.reviewed),
  };
}

/** A funding call: found under the countries whose companies may apply; dated by its next deadline. */
export function callSearchFields(call: {
  summary: string;
  countries: 'IT' | 'CH' | 'both';
  funder: string;
  nextDeadline?: Date | undefined;
  reviewed: Date;
}): SearchFields {
  return {
    type: 'call',
    filters: { type: ['call'], country: call.countries === 'both' ? ['CH', 'IT'] : [call.countries] },
    meta: {
      summary: call.summary,
      place: call.funder,
      ...(call.nextDeadline ? { date: isoDate(call.nextDeadline) } : {}),
    },
    sortDate: isoDate(call.reviewed),
  };
}

/** A request or offer of the board: found by its sectors, expertise and country; dated by its posting. */
export function requestSearchFields(request: {
  summary: string;
  country: string;
  sectors: readonly string[];
  expertise: readonly string[];
  postedBy: string;
  posted: Date;
}): SearchFields {
  return {
    type: 'request',
    filters: compact({
      type: ['request'],
      sector: unique(request.sectors),
      expertise: unique(request.expertise),
      country: [request.country],
    }),
    meta: { summary: request.summary, place: request.postedBy, date: isoDate(request.posted) },
    sortDate: isoDate(request.posted),
  };
}
