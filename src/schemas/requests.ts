/**
 * A request or offer on the board: content/requests/<id>.yaml, modelled on the Enterprise Europe
 * Network's partnering profiles (what is sought or offered, by whom, until when). It is listed
 * from `posted` to `expires`, both calendar days; after `expires` it leaves the listings, the
 * search and the open data. Who posts it is a company or a research centre of content/, or the
 * network's desk; a fictional example says so with `example: true` and writes to the desk.
 */
import { z } from 'zod';
import {
  calendarDate,
  countryCode,
  exampleFlag,
  expected,
  localizedText,
  mayBeExample,
  oneOf,
  slug,
  strictObject,
} from './common.ts';
import { refersTo } from './field-meta.ts';
import { vocabularyList, type Vocabulary } from './taxonomy.ts';

/** The four kinds of EEN partnering profiles. */
export const requestKinds = [
  'technology-request',
  'technology-offer',
  'rd-partner-search',
  'business-cooperation',
] as const;
export type RequestKind = (typeof requestKinds)[number];

export const requestStatuses = ['active', 'closed'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** Where "Express interest" writes: the poster's published address, or the network's desk. */
export const contactRoutes = ['organisation', 'desk'] as const;

const postedBy = strictObject({
  company: refersTo(slug, 'companies')
    .optional()
    .describe('Id of the company that posts it (a file name in content/companies/)'),
  researchCentre: refersTo(slug, 'researchCentres')
    .optional()
    .describe('Id of the research centre that posts it (a file name in content/research-centres/)'),
  desk: z
    .literal(true, { error: expected('expected true, or leave the field out') })
    .optional()
    .describe('true when the network’s desk posts it on behalf of someone not yet in the catalogue'),
}).refine((by) => [by.company, by.researchCentre, by.desk].filter((value) => value !== undefined).length === 1, {
  error: 'give exactly one of "company", "researchCentre" and "desk: true"',
});

export function requestSchema({ vocabulary }: { vocabulary: Vocabulary }) {
  return mayBeExample({
    kind: oneOf(requestKinds).describe(`What is posted: ${requestKinds.join(', ')}`),
    title: localizedText.describe('What is sought or offered, in a short line (Italian and English)'),
    summary: localizedText.describe(
      'The need or the offer in two to four sentences: what, for what use, what the partner brings (Italian and English)',
    ),
    example: exampleFlag('true for a fictional example request; the site marks it and writes to the desk'),
    sector: vocabularyList(vocabulary.sectors, 'sectors.yaml', 'sectors').describe(
      'Sectors it concerns (ids from content/taxonomies/sectors.yaml)',
    ),
    expertise: vocabularyList(vocabulary.expertiseAreas, 'expertise-areas.yaml', 'expertise areas').describe(
      'Expertise areas it is about (ids from content/taxonomies/expertise-areas.yaml): the matching runs on them',
    ),
    country: countryCode.describe('Where the poster is based: IT or CH'),
    posted: calendarDate.describe('The day it was posted (YYYY-MM-DD)'),
    expires: calendarDate.describe('The last day it is listed (YYYY-MM-DD); at most a year after "posted" is usual'),
    status: oneOf(requestStatuses).describe(
      'active while it is open; closed once a partner is found or it is withdrawn',
    ),
    postedBy: postedBy.describe('Who posts it: exactly one of company, researchCentre or desk'),
    contact: oneOf(contactRoutes).describe(
      'Where "Express interest" writes: organisation (the poster’s published e-mail, else the desk) or desk',
    ),
  }).superRefine((request, ctx) => {
    const { example, contact } = request as { example: boolean; contact: string };
    if (example && contact !== 'desk') {
      ctx.addIssue({
        code: 'custom',
        path: ['contact'],
        message: 'a fictional example writes to the desk: set "contact: desk"',
      });
    }
  });
}

export type RequestData = z.output<ReturnType<typeof requestSchema>>;

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A request is listed from its posting day through its expiry day, while active. */
export function isListed(request: Pick<RequestData, 'status' | 'expires'>, today: Date): boolean {
  return request.status === 'active' && !hasExpired(request, today);
}

/** Expired: `expires` is before the day given (a request expiring today is still listed today). */
export function hasExpired(request: Pick<RequestData, 'expires'>, today: Date): boolean {
  return day(request.expires) < day(today);
}

/**
 * Problems of a request's dates, `[field, message]`: posted after it expires, or expired and still
 * active. The content check (rules request-dates and request-expired) and the build say the same.
 */
export function postedAfterExpiry(request: Pick<RequestData, 'posted' | 'expires'>): string | undefined {
  return day(request.posted) > day(request.expires)
    ? `"posted" (${day(request.posted)}) is after "expires" (${day(request.expires)}): a request expires after it is posted; check both dates`
    : undefined;
}

export function expiredButActive(request: Pick<RequestData, 'status' | 'expires'>, today: Date): string | undefined {
  return request.status === 'active' && hasExpired(request, today)
    ? `expired on ${day(request.expires)} but "status" is still active: set "status: closed", or move "expires" to a later day if the request is still open`
    : undefined;
}
