import { closestMatch } from '#schemas/closest-match.ts';
import { locales, type Locale } from '#i18n/locales.ts';
import { contentKindNames, contentKinds, type ContentKind } from '../content-kinds.ts';
import type { EntryFile } from '../context.ts';
import { parseFieldPath } from '../problem.ts';
import { defineRule } from '../rule.ts';
import { languageNames, textsMissingByLanguage } from '../translations.ts';

const messages = {
  noVersion: (kind: ContentKind, missing: Locale, slug: string, twin: string | undefined) => {
    const { folder } = contentKinds[kind];
    const language = languageNames[missing];
    return (
      `has no ${language} version yet (content/${folder}/${missing}/${slug}.mdx): the ${language} page shows this text with a "not translated yet" notice` +
      (twin ? `. If content/${folder}/${missing}/${twin}.mdx is its translation, give both files the same name` : '')
    );
  },
  textsMissing: (missing: Locale, fields: readonly string[]) => {
    const shown =
      fields
        .slice(0, 4)
        .map((field) => `"${field}"`)
        .join(', ') + (fields.length > 4 ? ` and ${fields.length - 4} more` : '');
    const language = languageNames[missing];
    return `${fields.length === 1 ? 'a text has' : `${fields.length} texts have`} no ${language} version yet (${shown}): the ${language} page shows the other language with a note`;
  },
};

export const missingTranslations = defineRule({
  id: 'missing-translations',
  summary: {
    en: 'A warning for each text not yet in both languages: an MDX file without its twin, a YAML text in one language only',
    it: 'Un avviso per ogni testo non ancora in entrambe le lingue: un file MDX senza il suo gemello, un testo YAML in una lingua sola',
  },
  fixtures: ['story-not-translated', 'company-text-in-one-language'],
  messages,
  check({ entries }, report) {
    for (const kind of contentKindNames.filter((candidate) => contentKinds[candidate].translated)) {
      const bySlug = new Map<string, Map<Locale, EntryFile>>();
      for (const entry of entries.filter((candidate) => candidate.kind === kind)) {
        bySlug.set(entry.id, (bySlug.get(entry.id) ?? new Map<Locale, EntryFile>()).set(entry.lang!, entry));
      }
      for (const [slug, versions] of bySlug) {
        if (versions.size === locales.length) continue;
        const [present] = [...versions.values()];
        const missing = locales.find((locale) => !versions.has(locale))!;
        // A story saved under another name in the other language is the likeliest cause.
        const lonely = [...bySlug]
          .filter(([, other]) => other.size === 1 && !other.has(present!.lang!))
          .map(([other]) => other);
        report(
          'warning',
          present!.file,
          undefined,
          messages.noVersion(kind, missing, slug, closestMatch(slug, lonely)),
        );
      }
    }
    for (const entry of entries.filter((candidate) => !contentKinds[candidate.kind].translated)) {
      const missing = textsMissingByLanguage(entry.fields);
      for (const locale of locales) {
        const fields = missing[locale] ?? [];
        if (fields.length === 0) continue;
        report(
          'warning',
          entry.file,
          entry.source?.lineOf(parseFieldPath(fields[0]!)),
          messages.textsMissing(locale, fields),
        );
      }
    }
  },
});
