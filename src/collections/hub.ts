/**
 * The one place pages get content from. Loads every collection once per build, groups the two
 * language versions of stories and guides, checks relations and translations, and hands pages
 * plain records plus the relation helpers (relations.ts) and the matching feature.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { factIdsInMdx, lawAsOfFromFacts } from '#features/facts/index.ts';
import { getFacts } from '#features/facts/astro.ts';
import { findCrossEntryProblems } from '#features/content-check/index.ts';
import { ContentError } from '#schemas/format-issues.ts';
import { isLocale, type Locale } from '#i18n/locales.ts';
import { byDateDescending } from './model.ts';
import { buildRelations } from './relations.ts';

export type CaseStudyEntry = CollectionEntry<'caseStudies'>;
/** A guide with its "law as of" date settled: typed, or taken from the facts it uses. */
export type IpGuideEntry = CollectionEntry<'ipGuides'> & {
  data: CollectionEntry<'ipGuides'>['data'] & { lawAsOf: Date };
};

/** `file` is the entry's path from the project root, e.g. content/companies/x.yaml. */
export type CompanyRecord = CollectionEntry<'companies'>['data'] & { id: string; file: string };
export type CentreRecord = CollectionEntry<'researchCentres'>['data'] & { id: string; file: string };

type Translations<Entry> = Partial<Record<Locale, Entry>>;

/** A story with its language versions; the facts come from the Italian version when there is one. */
export interface StoryRecord {
  slug: string;
  translations: Translations<CaseStudyEntry>;
  data: CaseStudyEntry['data'];
  date: Date;
  sectors: string[];
  expertise: string[];
  companies: string[];
  researchCentres: string[];
}

export interface GuideRecord {
  slug: string;
  translations: Translations<IpGuideEntry>;
  data: IpGuideEntry['data'];
}

function splitId(entry: { id: string; filePath?: string | undefined }): { lang: Locale; slug: string } {
  const [lang, slug] = entry.id.split('/');
  if (!isLocale(lang) || !slug) {
    throw new ContentError([`${entry.filePath ?? entry.id}: must sit in an "it/" or "en/" folder`]);
  }
  return { lang, slug };
}

function groupTranslations<Entry extends { id: string; filePath?: string | undefined }>(entries: Entry[]) {
  const groups = new Map<string, Translations<Entry>>();
  for (const entry of entries) {
    const { lang, slug } = splitId(entry);
    groups.set(slug, { ...groups.get(slug), [lang]: entry });
  }
  return [...groups.entries()].map(([slug, translations]) => ({
    slug,
    translations,
    primary: (translations.it ?? translations.en)!,
  }));
}

const fileOf = (entry: { id: string; filePath?: string | undefined }) => entry.filePath ?? entry.id;

function throwOnCrossEntryProblems(
  caseStudies: CaseStudyEntry[],
  guides: IpGuideEntry[],
  companyIds: string[],
  centres: CollectionEntry<'researchCentres'>[],
) {
  // The content check (npm run check:content, and before every build) runs the same function.
  const problems = findCrossEntryProblems({
    caseStudies: caseStudies.map((entry) => ({ file: fileOf(entry), ...splitId(entry), data: entry.data })),
    ipGuides: guides.map((entry) => ({ file: fileOf(entry), ...splitId(entry), data: entry.data })),
    companyIds,
    centreIds: centres.map((entry) => entry.id),
    centreParents: centres.flatMap((entry) =>
      entry.data.parentIds ? [{ file: fileOf(entry), parentIds: entry.data.parentIds }] : [],
    ),
  });
  if (problems.length > 0) throw new ContentError(problems);
}

async function loadHub() {
  const [caseStudies, guideEntries, companyEntries, centreEntries, pages, facts] = await Promise.all([
    getCollection('caseStudies'),
    getCollection('ipGuides'),
    getCollection('companies'),
    getCollection('researchCentres'),
    getCollection('pages'),
    getFacts(),
  ]);
  const guides: IpGuideEntry[] = guideEntries.map((entry) => {
    const lawAsOf = lawAsOfFromFacts(factIdsInMdx(entry.body ?? ''), facts) ?? entry.data.lawAsOf;
    // The content check requires lawAsOf on every guide that uses no facts.
    if (!lawAsOf) throw new ContentError([`${fileOf(entry)}: field "lawAsOf" is required: this guide uses no facts`]);
    return { ...entry, data: { ...entry.data, lawAsOf } };
  });
  throwOnCrossEntryProblems(
    caseStudies,
    guides,
    companyEntries.map((entry) => entry.id),
    centreEntries,
  );

  const companies: CompanyRecord[] = companyEntries
    .map((entry) => ({ ...entry.data, id: entry.id, file: fileOf(entry) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'it'));
  const centres: CentreRecord[] = centreEntries
    .map((entry) => ({ ...entry.data, id: entry.id, file: fileOf(entry) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'it'));
  const stories: StoryRecord[] = groupTranslations(caseStudies)
    .map(({ slug, translations, primary }) => ({
      slug,
      translations,
      data: primary.data,
      date: primary.data.date,
      sectors: primary.data.sectors,
      expertise: primary.data.expertise,
      companies: primary.data.companies.map((ref) => ref.id),
      researchCentres: primary.data.researchCentres.map((ref) => ref.id),
    }))
    .sort(byDateDescending);
  const ipGuides: GuideRecord[] = groupTranslations(guides)
    .map(({ slug, translations, primary }) => ({ slug, translations, data: primary.data }))
    .sort((a, b) => a.data.topic.localeCompare(b.data.topic) || a.slug.localeCompare(b.slug));

  return {
    companies,
    centres,
    stories,
    ipGuides,
    standingPages: groupTranslations(pages),
    companyById: new Map(companies.map((company) => [company.id, company])),
    centreById: new Map(centres.map((centre) => [centre.id, centre])),
    relations: buildRelations({ stories, companies, centres }),
  };
}

export type Hub = Awaited<ReturnType<typeof loadHub>>;

let hub: Promise<Hub> | undefined;

/** Loaded once and shared by every page of the build. */
export function getHub(): Promise<Hub> {
  hub ??= loadHub();
  return hub;
}
