/** Curated company profile: content/companies/<id>.yaml */
import { z } from 'zod';
import {
  countryCode,
  exampleFlag,
  expected,
  httpsUrl,
  languageCode,
  localizedText,
  mayBeExample,
  nonEmptyText,
  publicContact,
  strictObject,
  trlLevel,
} from './common.ts';
import { regionInCountry, vocabularyList, vocabularyTerm, type Vocabulary } from './taxonomy.ts';

/** EU SME size classes by head count (Recommendation 2003/361/EC). */
export const sizeBands = ['micro', 'small', 'medium', 'large'] as const;

/** What a company seeks or offers: a title, a description and the expertise areas matching runs on. */
function needOrOffer(vocabulary: Vocabulary, kind: 'need' | 'offer', description: string) {
  return {
    title: localizedText.describe(`Short name of the ${kind}`),
    description: localizedText.describe(description),
    expertise: vocabularyList(vocabulary.expertiseAreas, 'expertise-areas.yaml', 'expertise areas').describe(
      `Expertise areas the ${kind} is about: used to match companies and research centres`,
    ),
  };
}

function need(vocabulary: Vocabulary) {
  return strictObject(needOrOffer(vocabulary, 'need', 'What the company is looking for, in two or three sentences'));
}

function offer(vocabulary: Vocabulary) {
  return strictObject({
    ...needOrOffer(vocabulary, 'offer', 'What the offer is, in two or three sentences'),
    trl: trlLevel.optional().describe('Technology readiness level of what is offered (1–9)'),
  });
}

export function companySchema({ vocabulary }: { vocabulary: Vocabulary }) {
  const thisYear = new Date().getUTCFullYear();
  return mayBeExample({
    name: nonEmptyText.describe('Company name as registered'),
    example: exampleFlag('true for a fictional sample company; the site shows an "example profile" badge'),
    country: countryCode.describe('IT or CH'),
    region: vocabularyTerm(vocabulary.regions, 'regions.yaml').describe(
      'Province or canton of the registered office (an id from content/taxonomies/regions.yaml)',
    ),
    municipality: nonEmptyText.describe('Municipality of the registered office'),
    sectors: vocabularyList(vocabulary.sectors, 'sectors.yaml', 'sectors').describe('Sectors the company works in'),
    sizeBand: z
      .enum(sizeBands, { error: expected('expected micro (<10 staff), small (<50), medium (<250) or large') })
      .describe('Size by head count'),
    founded: z
      .number({ error: expected('expected a year such as 1987') })
      .int({ error: 'expected a year such as 1987' })
      .min(1800, { error: 'expected a year after 1800' })
      .max(thisYear, { error: `expected a year no later than ${thisYear}` })
      .optional()
      .describe('Year the company was founded'),
    capabilities: vocabularyList(vocabulary.expertiseAreas, 'expertise-areas.yaml', 'expertise areas').describe(
      'What the company is good at, as expertise areas',
    ),
    certifications: z.array(nonEmptyText).default([]).describe('Certifications, e.g. "ISO 9001", "OEKO-TEX"'),
    offers: z.array(offer(vocabulary)).default([]).describe('Technologies or services it offers'),
    seeks: z.array(need(vocabulary)).default([]).describe('What it is looking for: expertise, partners'),
    languages: z.array(languageCode).min(1, { error: 'needs at least one language' }).describe('Working languages'),
    website: httpsUrl.optional().describe('Company website (https)'),
    contact: publicContact.optional().describe('Public contact the company publishes for enquiries'),
    description: localizedText.describe('What the company does, in both languages'),
  }).superRefine(regionInCountry(vocabulary));
}

export type CompanyData = z.output<ReturnType<typeof companySchema>>;
