/** Research centre or innovation-support organisation: content/research-centres/<id>.yaml */
import { z } from 'zod';
import {
  countryCode,
  expected,
  httpsUrl,
  languageCode,
  localizedText,
  nonEmptyText,
  oneOf,
  publicContact,
  reviewed,
  slug,
  sources,
  strictObject,
} from './common.ts';
import { refersTo } from './field-meta.ts';
import { regionInCountry, vocabularyList, vocabularyTerm, type Vocabulary } from './taxonomy.ts';

export const organisationTypes = [
  'university',
  'applied-sciences-university',
  'public-research-institute',
  'research-institute',
  'laboratory',
  'technology-transfer-office',
  'technology-park',
  'innovation-agency',
  'business-association',
  'chamber-of-commerce',
] as const;
export type OrganisationType = (typeof organisationTypes)[number];

export const equipmentItem = strictObject({
  name: localizedText.describe('Name of the instrument or facility'),
  description: localizedText.describe('What it does and what it is good for'),
  access: localizedText.optional().describe('How a company can use it: service, joint project, rental…'),
});

export function researchCentreSchema({ vocabulary }: { vocabulary: Vocabulary }) {
  return strictObject({
    name: nonEmptyText.describe('Official name'),
    shortName: nonEmptyText.optional().describe('Usual short name or acronym, e.g. "SUPSI"'),
    type: oneOf(organisationTypes).describe('Kind of organisation'),
    parent: nonEmptyText.optional().describe('Parent organisation, e.g. "Politecnico di Milano"'),
    parentIds: z
      .array(refersTo(slug, 'researchCentres'), {
        error: expected('expected a list of research-centre ids, e.g. [supsi]'),
      })
      .optional()
      .describe(
        'The parent organisations that have their own entry in content/research-centres/ (file names without .yaml): the pages link both ways',
      ),
    country: countryCode.describe('IT or CH'),
    region: vocabularyTerm(vocabulary.regions, 'regions.yaml').describe('Province or canton'),
    municipality: nonEmptyText.describe('Municipality of the site described here'),
    expertise: vocabularyList(vocabulary.expertiseAreas, 'expertise-areas.yaml', 'expertise areas').describe(
      'Expertise areas the organisation offers to companies',
    ),
    sectors: vocabularyList(vocabulary.sectors, 'sectors.yaml', 'sectors')
      .optional()
      .describe('Industrial sectors it mainly works with'),
    services: z.array(localizedText).default([]).describe('Services for companies, one line each'),
    equipment: z.array(equipmentItem).default([]).describe('Notable equipment and facilities'),
    howToEngage: localizedText.describe('How a company gets access: first contact, typical formats, costs'),
    languages: z.array(languageCode).min(1, { error: 'needs at least one language' }).describe('Working languages'),
    website: httpsUrl.describe('Official website (https)'),
    contact: publicContact.optional().describe('Contact the organisation publishes for companies'),
    description: localizedText.describe('What the organisation is and does, in both languages'),
    reviewed: reviewed.describe('Last editorial check'),
    sources: sources.describe('Where the facts come from: the organisation’s own pages first'),
  }).superRefine(regionInCountry(vocabulary));
}

export type ResearchCentreData = z.output<ReturnType<typeof researchCentreSchema>>;
