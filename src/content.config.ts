/**
 * Content collections. Every schema lives in src/schemas/ (pure zod, shared with scripts and
 * tests); this file only wires them to Astro's loaders, reference() and image().
 */
import path from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { factsLoader } from '#features/facts/index.ts';
import { loadVocabulary, readGuideSlugs } from '#features/content-check/index.ts';
import {
  callSchema,
  caseStudySchema,
  companySchema,
  eventSchema,
  expertiseAreaSchema,
  fundingInstrumentSchema,
  ipComparisonRowSchema,
  ipGuideSchema,
  ipTopicSchema,
  pageSchema,
  regionSchema,
  requestSchema,
  researchCentreSchema,
  sectorSchema,
  type ReferenceFn,
} from '#schemas/index.ts';

const contentDir = path.resolve('content');
const vocabulary = loadVocabulary(contentDir);
// astro:content's reference() also accepts { slug } lookups; ours only ever produce { id, collection }.
const entryReference = reference as unknown as ReferenceFn;

const taxonomy = (fileName: string) => file(path.join(contentDir, 'taxonomies', fileName));
/** One file per entry; files starting with "_" are drafts and stay out of the site. */
const entries = (folder: string, pattern: string) => glob({ base: path.join(contentDir, folder), pattern });

export const collections = {
  sectors: defineCollection({ loader: taxonomy('sectors.yaml'), schema: sectorSchema }),
  expertiseAreas: defineCollection({ loader: taxonomy('expertise-areas.yaml'), schema: expertiseAreaSchema }),
  fundingInstruments: defineCollection({
    loader: taxonomy('funding-instruments.yaml'),
    schema: fundingInstrumentSchema,
  }),
  regions: defineCollection({ loader: taxonomy('regions.yaml'), schema: regionSchema }),
  ipTopics: defineCollection({ loader: taxonomy('ip-topics.yaml'), schema: ipTopicSchema }),

  caseStudies: defineCollection({
    loader: entries('case-studies', '{it,en}/[!_]*.mdx'),
    schema: ({ image }) => caseStudySchema({ vocabulary, reference: entryReference, image }),
  }),
  companies: defineCollection({
    loader: entries('companies', '[!_]*.yaml'),
    schema: companySchema({ vocabulary }),
  }),
  researchCentres: defineCollection({
    loader: entries('research-centres', '[!_]*.yaml'),
    schema: researchCentreSchema({ vocabulary }),
  }),
  ipGuides: defineCollection({
    loader: entries('ip-guides', '{it,en}/[!_]*.mdx'),
    schema: ipGuideSchema({ vocabulary }),
  }),
  pages: defineCollection({
    loader: entries('pages', '{it,en}/[!_]*.mdx'),
    schema: pageSchema,
  }),
  /** Funding calls and events (src/features/opportunities/): one YAML file each, both languages inside. */
  calls: defineCollection({ loader: entries('calls', '[!_]*.yaml'), schema: callSchema }),
  events: defineCollection({ loader: entries('events', '[!_]*.yaml'), schema: eventSchema }),
  /** The requests and offers board (src/features/requests/): one YAML file per request, both languages inside. */
  requests: defineCollection({ loader: entries('requests', '[!_]*.yaml'), schema: requestSchema({ vocabulary }) }),
  /**
   * Every fee, term and date of the IP pages, one entry per fact (content/facts/*.yaml). No schema
   * here on purpose: the loader validates each file with src/schemas/fact.ts and names the line.
   */
  facts: defineCollection({ loader: factsLoader({ contentDir }) }),
  /** One entry per row of the Italy–Switzerland–EU table; rows point at the guide that explains them. */
  ipComparison: defineCollection({
    loader: file(path.join(contentDir, 'ip-comparison.yaml')),
    schema: ipComparisonRowSchema({ guideSlugs: readGuideSlugs(contentDir) }),
  }),
};
