/**
 * The launch content as a whole: enough success stories in both languages, saying the same thing;
 * enough company profiles, balanced between the province of Lecco and Ticino; and no profile left
 * without a match. Files are read with the same schemas as the build (src/schemas/ through the
 * content check's table), and the matches come from src/features/matching/matching.ts, as on the company pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { schemasFor, type ContentKind } from '#features/content-check/content-kinds.ts';
import { findCrossEntryProblems, type StoryTranslation } from '#features/content-check/cross-entry.ts';
import { readYaml, splitFrontMatter } from '#features/content-check/yaml-source.ts';
import { readVocabulary } from '#features/content-check/vocabulary.ts';
import { locales, type Locale } from '#i18n/locales.ts';
import { centresForCompany, complementaryCompanies } from '#features/matching/matching.ts';
import type { CaseStudyData, CompanyData, ResearchCentreData } from '#schemas/index.ts';
import { contentDir, projectRoot } from '#scripts/support/paths.ts';

const MIN_STORIES_PER_LANGUAGE = 12;
const MIN_COMPANIES = 40;
/** Neither side of the border may have less than 40% or more than 60% of the profiles. */
const BALANCE = { min: 0.4, max: 0.6 };

const { vocabulary, problems: vocabularyProblems } = readVocabulary(contentDir);
const schemas = schemasFor(vocabulary);

/** Parses one content file with its kind's schema; a file the build would refuse fails the test here. */
function parse<T>(kind: ContentKind, absolute: string): T {
  const text = readFileSync(absolute, 'utf8');
  const yamlText = absolute.endsWith('.mdx') ? splitFrontMatter(text).frontMatter : text;
  if (yamlText === undefined) throw new Error(`${absolute}: no front matter`);
  const source = readYaml(yamlText);
  const result = (schemas[kind] as z.ZodType).safeParse(source.data);
  if (!result.success) throw new Error(`${absolute}: ${result.error.message}`);
  return result.data as T;
}

function yamlEntries<T>(kind: ContentKind, folder: string): (T & { id: string })[] {
  const directory = path.join(contentDir, folder);
  return readdirSync(directory)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .sort()
    .map((name) => ({ ...parse<T>(kind, path.join(directory, name)), id: name.slice(0, -'.yaml'.length) }));
}

interface Story {
  file: string;
  lang: Locale;
  slug: string;
  data: CaseStudyData;
  body: string;
}

const stories: Story[] = locales.flatMap((lang) => {
  const directory = path.join(contentDir, 'case-studies', lang);
  return readdirSync(directory)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const absolute = path.join(directory, name);
      return {
        file: path.relative(projectRoot, absolute).split(path.sep).join('/'),
        lang,
        slug: name.slice(0, -'.mdx'.length),
        data: parse<CaseStudyData>('caseStudies', absolute),
        body: splitFrontMatter(readFileSync(absolute, 'utf8')).body,
      };
    });
});
const companies = yamlEntries<CompanyData>('companies', 'companies');
const centres = yamlEntries<ResearchCentreData>('researchCentres', 'research-centres');

const slugsIn = (lang: Locale) => stories.filter((story) => story.lang === lang).map((story) => story.slug);

/** The first paragraph of a Markdown body: the text before the first blank line. */
function firstParagraph(body: string): string {
  return body
    .trim()
    .split(/\n\s*\n/)[0]!
    .replace(/\s+/g, ' ');
}

describe('launch content', () => {
  it('reads the vocabularies without problems', () => {
    expect(vocabularyProblems).toEqual([]);
  });

  it(`has at least ${MIN_STORIES_PER_LANGUAGE} success stories in each language`, () => {
    for (const lang of locales) {
      expect(slugsIn(lang).length, `stories in content/case-studies/${lang}/`).toBeGreaterThanOrEqual(
        MIN_STORIES_PER_LANGUAGE,
      );
    }
  });

  it('has every story in both languages, stating the same facts', () => {
    expect(slugsIn('en')).toEqual(slugsIn('it'));
    const translations: StoryTranslation[] = stories.map(({ file, lang, slug, data }) => ({
      file,
      lang,
      slug,
      data: data as unknown as StoryTranslation['data'],
    }));
    expect(
      findCrossEntryProblems({
        caseStudies: translations,
        ipGuides: [],
        companyIds: companies.map((company) => company.id),
        centreIds: centres.map((centre) => centre.id),
      }),
    ).toEqual([]);
  });

  it('says in the first paragraph of every fictional story that it is an example', () => {
    const words: Record<Locale, RegExp> = { it: /esempio illustrativo/i, en: /illustrative example/i };
    const silent = stories
      .filter((story) => story.data.example && !words[story.lang].test(firstParagraph(story.body)))
      .map((story) => story.file);
    expect(silent).toEqual([]);
  });

  it('gives every story a cover with alternative text', () => {
    const bare = stories.filter((story) => !story.data.cover?.alt).map((story) => story.file);
    expect(bare).toEqual([]);
  });

  it(`has at least ${MIN_COMPANIES} company profiles, balanced between Lecco and Ticino`, () => {
    expect(companies.length).toBeGreaterThanOrEqual(MIN_COMPANIES);
    for (const country of ['IT', 'CH'] as const) {
      const share = companies.filter((company) => company.country === country).length / companies.length;
      expect(share, `share of ${country} profiles`).toBeGreaterThanOrEqual(BALANCE.min);
      expect(share, `share of ${country} profiles`).toBeLessThanOrEqual(BALANCE.max);
    }
  });

  it('finds, for every company, a research centre and another company, each with its reason', () => {
    const unmatched: string[] = [];
    for (const company of companies) {
      const centreMatches = centresForCompany(company, centres);
      const companyMatches = complementaryCompanies(company, companies);
      const explained = (matches: { shared: { expertise: string[] } }[]) =>
        matches.some((match) => match.shared.expertise.length > 0);
      if (!explained(centreMatches)) unmatched.push(`${company.id}: no research centre`);
      if (!explained(companyMatches)) unmatched.push(`${company.id}: no complementary company`);
    }
    expect(unmatched).toEqual([]);
  });
});
