/**
 * What the editorial report needs besides the problems: the valid entries grouped across
 * languages, and the vocabulary terms no entry uses.
 */
import { locales, type Locale } from '#i18n/locales.ts';
import type { Vocabulary } from '#schemas/index.ts';
import { contentKinds, type ContentKind } from './content-kinds.ts';
import type { EntryFile } from './context.ts';
import { textsMissingByLanguage } from './translations.ts';
import { taxonomyFiles } from './vocabulary.ts';

/** One entry as the editorial report needs it. Only entries whose files passed the schema. */
export interface InventoryEntry {
  kind: ContentKind;
  id: string;
  /** Italian file when there is one, else the English one; the only file for YAML entries. */
  file: string;
  title: string;
  /** Title in each language it is written in (MDX entries). */
  titles: Partial<Record<Locale, string>>;
  /** Language of `file` and `title`; undefined for YAML entries, which hold both languages. */
  lang: Locale | undefined;
  example: boolean;
  /** One per file: MDX entries have a review date in each language. */
  reviews: { file: string; date: Date; by: string }[];
  /** Fewest sources among the entry's files. */
  sources: number;
  /** Languages the entry is written in; for YAML entries, languages in which every text exists. */
  languages: Locale[];
  /** YAML entries: texts missing in a language, as field paths. */
  missingTexts: Partial<Record<Locale, string[]>>;
  companies: string[];
  researchCentres: string[];
  toBeChecked: string[];
  /** IP guides: the points to be checked, in each language. */
  toBeCheckedByLanguage: Partial<Record<Locale, string[]>>;
}

export interface TaxonomyUsage {
  file: string;
  /** Term ids no entry uses. */
  unused: string[];
}

/** A name field as text: a plain name, or a title written in both languages (Italian first). */
function nameOf(value: unknown): string {
  if (typeof value === 'object' && value !== null) {
    const { it, en } = value as { it?: string; en?: string };
    return it ?? en ?? '';
  }
  return String(value);
}

/** The title in each language of a YAML entry whose title is written in both. */
function yamlTitles(value: unknown): Partial<Record<Locale, string>> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    locales.flatMap((locale) => {
      const text = (value as Partial<Record<Locale, string>>)[locale];
      return text === undefined ? [] : [[locale, text]];
    }),
  );
}

/** Entries grouped across languages, for the editorial report. */
export function inventory(files: readonly EntryFile[]): InventoryEntry[] {
  const groups = new Map<string, EntryFile[]>();
  for (const file of files) {
    if (!file.data) continue;
    const key = `${file.kind}:${file.id}`;
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  return [...groups.values()].map((versions) => {
    const ordered = [...versions].sort((a, b) => (a.lang === 'it' ? -1 : b.lang === 'it' ? 1 : 0));
    const primary = ordered[0]!;
    const data = primary.data!;
    const info = contentKinds[primary.kind];
    const missingTexts = info.translated ? {} : textsMissingByLanguage(data);
    const references = (field: string) => ((data[field] as { id: string }[] | undefined) ?? []).map((ref) => ref.id);
    return {
      kind: primary.kind,
      id: primary.id,
      file: primary.file,
      title: nameOf(data[info.nameField]),
      titles: info.translated
        ? Object.fromEntries(
            ordered
              .filter((version) => version.lang)
              .map((version) => [version.lang, String(version.data![info.nameField])]),
          )
        : yamlTitles(data[info.nameField]),
      lang: primary.lang,
      example: data['example'] === true,
      reviews: ordered.map((version) => {
        const reviewed = version.data!['reviewed'] as { date: Date; by: string };
        return { file: version.file, date: reviewed.date, by: reviewed.by };
      }),
      sources: Math.min(
        ...ordered.map((version) => ((version.data!['sources'] as unknown[] | undefined) ?? []).length),
      ),
      languages: info.translated
        ? ordered.map((version) => version.lang!)
        : locales.filter((locale) => (missingTexts[locale] ?? []).length === 0),
      missingTexts,
      companies: references('companies'),
      researchCentres: references('researchCentres'),
      toBeChecked: (data['toBeChecked'] as string[] | undefined) ?? [],
      toBeCheckedByLanguage: Object.fromEntries(
        ordered
          .filter((version) => version.lang)
          .map((version) => [version.lang, (version.data!['toBeChecked'] as string[] | undefined) ?? []]),
      ),
    };
  });
}

/** For each vocabulary but the regions, the terms no valid entry uses. */
export function taxonomyUsage(entries: readonly EntryFile[], vocabulary: Vocabulary): TaxonomyUsage[] {
  const used = new Set<string>();
  const collect = (value: unknown) => {
    if (typeof value === 'string') used.add(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object' && !(value instanceof Date)) Object.values(value).forEach(collect);
  };
  for (const entry of entries) collect(entry.data);
  return Object.entries(taxonomyFiles)
    .filter(([name]) => name !== 'regions')
    .map(([name, { file }]) => ({
      file: `content/taxonomies/${file}`,
      unused: (vocabulary[name as keyof typeof taxonomyFiles] as readonly string[]).filter((id) => !used.has(id)),
    }));
}
