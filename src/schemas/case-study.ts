/** Front matter of a success story: content/case-studies/{it,en}/<slug>.mdx */
import { z } from 'zod';
import {
  exampleFlag,
  expected,
  mayBeExample,
  nonEmptyText,
  oneOf,
  pastDate,
  strictObject,
  trlLevel,
} from './common.ts';
import type { SchemaContext } from './context.ts';
import { vocabularyList, vocabularyTerm } from './taxonomy.ts';

export const measurableResult = strictObject({
  metric: nonEmptyText.describe('What was measured, e.g. "Water used per kg of fabric"'),
  before: nonEmptyText.optional().describe('Value before the project, with its unit, e.g. "120 L"'),
  after: nonEmptyText.describe('Value after the project, with its unit, e.g. "70 L"'),
});

export const ipOutcomes = [
  'patent-filed',
  'patent-granted',
  'utility-model',
  'design',
  'trademark',
  'licence',
  'trade-secret',
  'open-publication',
  'none',
] as const;

export function caseStudySchema<Image extends z.ZodType>({ vocabulary, reference, image }: SchemaContext<Image>) {
  return mayBeExample({
    title: nonEmptyText.max(120, { error: 'keep the title under 120 characters' }).describe('Headline of the story'),
    summary: nonEmptyText
      .max(320, { error: 'keep the summary under 320 characters: it is shown on cards and in search results' })
      .describe('Two sentences: the problem and what changed'),
    date: pastDate.describe('When the collaboration delivered its result (YYYY-MM-DD)'),
    example: exampleFlag('true for a fictional story written to show the format; shown with an "example" badge'),
    sectors: vocabularyList(vocabulary.sectors, 'sectors.yaml', 'sectors').describe(
      'Sectors of the companies involved',
    ),
    expertise: vocabularyList(vocabulary.expertiseAreas, 'expertise-areas.yaml', 'expertise areas').describe(
      'Research expertise the project used',
    ),
    companies: z
      .array(reference('companies'), { error: expected('expected a list of company ids') })
      .min(1, { error: 'needs at least one company (an id from content/companies/)' })
      .describe('Companies in the story: file names in content/companies/ without .yaml'),
    researchCentres: z
      .array(reference('researchCentres'), { error: expected('expected a list of research-centre ids') })
      .min(1, { error: 'needs at least one research centre (an id from content/research-centres/)' })
      .describe('Research partners: file names in content/research-centres/ without .yaml'),
    fundingInstrument: vocabularyTerm(vocabulary.fundingInstruments, 'funding-instruments.yaml')
      .optional()
      .describe('How the collaboration was funded'),
    trl: strictObject({
      before: trlLevel.describe('Technology readiness level when the project started'),
      after: trlLevel.describe('Technology readiness level at the end'),
    })
      .refine((trl) => trl.after >= trl.before, { error: 'TRL "after" cannot be lower than "before"', path: ['after'] })
      .describe('Technology readiness level before and after (1–9)'),
    ipOutcome: oneOf(ipOutcomes).describe('What happened to the intellectual property'),
    results: z
      .array(measurableResult, { error: expected('expected a list of results, each with "metric" and "after"') })
      .min(1, { error: 'needs at least one measurable result' })
      .describe('Measurable results'),
    cover: strictObject({
      src: image().describe('Image file next to the story, e.g. ./cover.jpg'),
      alt: nonEmptyText.describe('What the image shows, for people who cannot see it'),
    })
      .optional()
      .describe('Cover image with its alternative text'),
  });
}

export type CaseStudyData<Image = unknown> = Omit<z.output<ReturnType<typeof caseStudySchema>>, 'cover'> & {
  cover?: { src: Image; alt: string } | undefined;
};
