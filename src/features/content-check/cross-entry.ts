/**
 * The checks that need more than one file: relations resolve, and the two language versions of
 * a story or guide state the same facts. The build (src/collections/hub.ts) and the content check both
 * call this, so they report the same problems in the same words.
 */
import type { Locale } from '#i18n/locales.ts';
import { findBrokenReferences, findTranslationMismatches } from './integrity.ts';

interface Translation<Data> {
  /** From the project root: content/case-studies/it/x.mdx */
  file: string;
  lang: Locale;
  slug: string;
  data: Data;
}

export type StoryTranslation = Translation<{
  companies: readonly { id: string }[];
  researchCentres: readonly { id: string }[];
  results: readonly unknown[];
  title?: unknown;
  summary?: unknown;
  cover?: unknown;
  reviewed?: unknown;
  sources?: unknown;
}>;

export type GuideTranslation = Translation<{
  topic: string;
  jurisdictions: readonly string[];
  lawAsOf?: Date | undefined;
}>;

/** A research centre that names its parent organisations by id (`parentIds`). */
export interface CentreParents {
  file: string;
  parentIds: readonly string[];
}

export interface CrossEntryInput {
  caseStudies: readonly StoryTranslation[];
  ipGuides: readonly GuideTranslation[];
  companyIds: readonly string[];
  centreIds: readonly string[];
  /** Centres with `parentIds`; each id must be another centre. */
  centreParents?: readonly CentreParents[];
}

/** Each problem as `file: field "x": …` (see src/features/content-check/integrity.ts). */
export function findCrossEntryProblems({
  caseStudies,
  ipGuides,
  companyIds,
  centreIds,
  centreParents = [],
}: CrossEntryInput): string[] {
  const companies = { noun: 'company', folder: 'content/companies/', known: new Set(companyIds) };
  const centres = { noun: 'research centre', folder: 'content/research-centres/', known: new Set(centreIds) };
  return [
    ...findParentProblems(centreParents, centres.known),
    ...findBrokenReferences(
      caseStudies.map((story) => ({
        file: story.file,
        fields: [
          { field: 'companies', ids: story.data.companies.map((ref) => ref.id), target: companies },
          { field: 'researchCentres', ids: story.data.researchCentres.map((ref) => ref.id), target: centres },
        ],
      })),
    ),
    ...findTranslationMismatches(
      caseStudies.map(({ file, lang, slug, data }) => ({ file, lang, slug, facts: storyFacts(data) })),
    ),
    ...findTranslationMismatches(
      ipGuides.map(({ file, lang, slug, data }) => ({ file, lang, slug, facts: guideFacts(data) })),
    ),
  ];
}

/**
 * What both language versions of a story must state alike. Texts are translated; everything else
 * is a fact. Results are texts too, but each version must list as many. Fields absent from `data`
 * are left out, so the content check can compare the fields a broken file still has right.
 */
export function storyFacts(data: Partial<StoryTranslation['data']>): Record<string, unknown> {
  const { title: _t, summary: _s, cover: _c, reviewed: _r, sources: _src, results, ...facts } = data;
  return {
    ...facts,
    // Compared as ids: the build's references also carry their collection name.
    ...(data.companies && { companies: data.companies.map((ref) => ref.id) }),
    ...(data.researchCentres && { researchCentres: data.researchCentres.map((ref) => ref.id) }),
    ...(results && { results: results.length }),
  };
}

/** What both language versions of an IP guide must state alike (see storyFacts). */
export function guideFacts(data: Partial<GuideTranslation['data']>): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const field of ['topic', 'jurisdictions', 'lawAsOf'] as const) if (field in data) facts[field] = data[field];
  return facts;
}

/**
 * A centre's `parentIds` name other entries of content/research-centres/: unknown ids get the
 * same message as a story's, and a centre cannot be its own parent.
 */
export function findParentProblems(centres: readonly CentreParents[], known: ReadonlySet<string>): string[] {
  const target = { noun: 'research centre', folder: 'content/research-centres/', known };
  return centres.flatMap(({ file, parentIds }) => {
    const own = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    const self = parentIds.flatMap((id, index) =>
      id === own ? [`${file}: field "parentIds[${index}]": a research centre cannot be its own parent`] : [],
    );
    return [...self, ...findBrokenReferences([{ file, fields: [{ field: 'parentIds', ids: parentIds, target }] }])];
  });
}
