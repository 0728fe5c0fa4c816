/**
 * The kinds of content editors write, where each lives and how it is named. The content check,
 * the scaffolder and the editorial report share this table; src/content.config.ts loads the
 * same folders with the same patterns.
 */
import type { z } from 'zod';
import { SLUG_PATTERN } from '#schemas/common.ts';
import {
  callSchema,
  caseStudySchema,
  companySchema,
  eventSchema,
  ipGuideSchema,
  pageSchema,
  plainImage,
  plainReference,
  requestSchema,
  researchCentreSchema,
  type Vocabulary,
} from '#schemas/index.ts';

export type ContentKind =
  'caseStudies' | 'ipGuides' | 'pages' | 'companies' | 'researchCentres' | 'calls' | 'events' | 'requests';

export interface KindInfo {
  /** Folder under content/. */
  folder: string;
  extension: '.mdx' | '.yaml';
  /** MDX kinds have one file per language, in it/ and en/. */
  translated: boolean;
  /** How editors call one entry, in messages: "success story". */
  noun: string;
  /** The field that names an entry, for duplicate checks and reports. */
  nameField: 'title' | 'name';
  /** The section of the site that shows it (src/routes/index.ts), if entries have pages of their own. */
  section?: 'case-studies' | 'companies' | 'research-centres' | 'ip' | 'calls' | 'requests';
}

export const contentKinds: Readonly<Record<ContentKind, KindInfo>> = {
  caseStudies: {
    folder: 'case-studies',
    extension: '.mdx',
    translated: true,
    noun: 'success story',
    nameField: 'title',
    section: 'case-studies',
  },
  ipGuides: {
    folder: 'ip-guides',
    extension: '.mdx',
    translated: true,
    noun: 'IP guide',
    nameField: 'title',
    section: 'ip',
  },
  pages: { folder: 'pages', extension: '.mdx', translated: true, noun: 'page', nameField: 'title' },
  companies: {
    folder: 'companies',
    extension: '.yaml',
    translated: false,
    noun: 'company',
    nameField: 'name',
    section: 'companies',
  },
  researchCentres: {
    folder: 'research-centres',
    extension: '.yaml',
    translated: false,
    noun: 'research centre',
    nameField: 'name',
    section: 'research-centres',
  },
  calls: {
    folder: 'calls',
    extension: '.yaml',
    translated: false,
    noun: 'funding call',
    nameField: 'title',
    section: 'calls',
  },
  events: { folder: 'events', extension: '.yaml', translated: false, noun: 'event', nameField: 'title' },
  requests: {
    folder: 'requests',
    extension: '.yaml',
    translated: false,
    noun: 'request or offer',
    nameField: 'title',
    section: 'requests',
  },
};

export const contentKindNames = Object.keys(contentKinds) as ContentKind[];

/** Standing pages the site shows (src/pages/[lang]/about.astro, contribute.astro, privacy.astro). */
export const standingPageSlugs = ['about', 'contribute', 'privacy'] as const;

/** The form of every file name, id and slug: it becomes part of the page address. */
export const ID_PATTERN = SLUG_PATTERN;

/** Each kind's schema with the plain (non-Astro) reference() and image(): same rules as the build. */
export function schemasFor(vocabulary: Vocabulary): Record<ContentKind, z.ZodType> {
  return {
    caseStudies: caseStudySchema({ vocabulary, reference: plainReference, image: plainImage }),
    ipGuides: ipGuideSchema({ vocabulary }),
    pages: pageSchema,
    companies: companySchema({ vocabulary }),
    researchCentres: researchCentreSchema({ vocabulary }),
    calls: callSchema,
    events: eventSchema,
    requests: requestSchema({ vocabulary }),
  };
}

/**
 * Pages under /{lang}/ip/ that are not guides (src/pages/[lang]/ip/compare.astro and decide/):
 * a guide may not take their names, and links to them are valid.
 */
export const ipSectionPages = ['compare', 'decide'] as const;

/** Data files read directly from content/ (not one file per entry). */
export const contentDataFiles = {
  ipComparison: 'ip-comparison.yaml',
  ipDecision: 'ip-decision.yaml',
} as const;
