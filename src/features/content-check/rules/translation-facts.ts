import { guideFacts, storyFacts, type GuideTranslation, type StoryTranslation } from '../cross-entry.ts';
import type { EntryFile } from '../context.ts';
import { findTranslationMismatches, type TranslationFacts } from '../integrity.ts';
import { parseFieldPath, parseProblemText } from '../problem.ts';
import { defineRule } from '../rule.ts';

/**
 * The facts of each language version, compared only on the fields valid in every version of the
 * entry: a field that is wrong in one file is the schema's to report, and must not hide the others.
 */
function comparableFacts(
  versions: readonly EntryFile[],
  factsOf: (fields: Record<string, unknown>) => Record<string, unknown>,
): TranslationFacts[] {
  const bySlug = new Map<string, EntryFile[]>();
  for (const version of versions) {
    if (version.lang && Object.keys(version.fields).length > 0) {
      bySlug.set(version.id, [...(bySlug.get(version.id) ?? []), version]);
    }
  }
  return [...bySlug.values()].flatMap((group) => {
    const readable = Object.keys(group[0]!.fields).filter((key) => group.every((version) => key in version.fields));
    return group.map((version) => ({
      file: version.file,
      lang: version.lang!,
      slug: version.id,
      facts: factsOf(Object.fromEntries(readable.map((key) => [key, version.fields[key]]))),
    }));
  });
}

export const translationFacts = defineRule({
  id: 'translation-facts',
  summary: {
    en: 'The Italian and English versions of a story or guide state the same facts (sectors, companies, TRL, dates…)',
    it: 'Le versioni italiana e inglese di un caso o di una guida riportano gli stessi fatti (settori, imprese, TRL, date…)',
  },
  fixtures: ['story-translations-disagree', 'story-schema-error-and-translation-mismatch'],
  // Worded by ../integrity.ts, which the build uses too.
  messages: {},
  check({ entries }, report) {
    const of = (kind: EntryFile['kind']) => entries.filter((entry) => entry.kind === kind);
    const problems = [
      ...findTranslationMismatches(
        comparableFacts(of('caseStudies'), (fields) => storyFacts(fields as Partial<StoryTranslation['data']>)),
      ),
      ...findTranslationMismatches(
        comparableFacts(of('ipGuides'), (fields) => guideFacts(fields as Partial<GuideTranslation['data']>)),
      ),
    ];
    const sources = new Map(entries.map((entry) => [entry.file, entry.source]));
    for (const text of problems) {
      const { file, field, detail } = parseProblemText(text);
      report('error', file, field ? sources.get(file)?.lineOf(parseFieldPath(field)) : undefined, detail);
    }
  },
});
