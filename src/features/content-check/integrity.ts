/**
 * Checks that zod cannot do file by file: relations between entries resolve, and the two
 * language versions of a story or guide state the same facts. Every problem names the file,
 * the field and what was expected.
 */
import { closestMatch } from '#schemas/closest-match.ts';
import { isoDate } from '#i18n/format.ts';
import type { Locale } from '#i18n/locales.ts';
import { languageNames } from './translations.ts';

export interface ReferenceField {
  field: string;
  ids: readonly string[];
  /** Where valid ids come from, e.g. "content/companies/". */
  target: { noun: string; folder: string; known: ReadonlySet<string> };
}

export interface EntryReferences {
  file: string;
  fields: readonly ReferenceField[];
}

export function findBrokenReferences(entries: readonly EntryReferences[]): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    for (const { field, ids, target } of entry.fields) {
      ids.forEach((id, index) => {
        if (target.known.has(id)) return;
        const hint = closestMatch(id, [...target.known]);
        problems.push(
          `${entry.file}: field "${field}[${index}]": no ${target.noun} with id "${id}" in ${target.folder}` +
            (hint ? ` (did you mean "${hint}"?)` : ` (ids are file names there, without the extension)`),
        );
      });
    }
  }
  return problems;
}

export interface TranslationFacts {
  file: string;
  slug: string;
  lang: Locale;
  /** The language-neutral fields, which must be equal in every translation. */
  facts: Readonly<Record<string, unknown>>;
}

/** Dates as YYYY-MM-DD: JSON.stringify would turn them into full timestamps first. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
  }
  return value;
}

function show(value: unknown): string {
  return JSON.stringify(plain(value)) ?? 'nothing';
}

/** Compares each translation with the first one of the same slug (Italian, when present). */
export function findTranslationMismatches(translations: readonly TranslationFacts[]): string[] {
  const bySlug = new Map<string, TranslationFacts[]>();
  for (const translation of translations) {
    bySlug.set(translation.slug, [...(bySlug.get(translation.slug) ?? []), translation]);
  }
  const problems: string[] = [];
  for (const versions of bySlug.values()) {
    const [reference, ...others] = [...versions].sort((a, b) => (a.lang === 'it' ? -1 : b.lang === 'it' ? 1 : 0));
    if (!reference) continue;
    for (const other of others) {
      const fields = new Set([...Object.keys(reference.facts), ...Object.keys(other.facts)]);
      for (const field of fields) {
        const here = show(other.facts[field]);
        const there = show(reference.facts[field]);
        if (here === there) continue;
        problems.push(
          `${other.file}: field "${field}" is ${here} here but ${there} in the ${languageNames[reference.lang]} version ` +
            `(${reference.file}); facts must be the same in both languages`,
        );
      }
    }
  }
  return problems;
}
