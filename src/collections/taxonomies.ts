/** Labels of controlled-vocabulary terms in the reader's language. */
import path from 'node:path';
import { getCollection } from 'astro:content';
import { loadVocabulary } from '#features/content-check/index.ts';
import type { Locale } from '#i18n/locales.ts';

const kinds = ['sectors', 'expertiseAreas', 'fundingInstruments', 'regions', 'ipTopics'] as const;
export type TaxonomyKind = (typeof kinds)[number];

export interface Term {
  id: string;
  label: { it: string; en: string };
  description?: { it: string; en: string } | undefined;
}

async function loadTaxonomies() {
  const entries = await Promise.all(
    kinds.map(async (kind) => {
      const terms = (await getCollection(kind)).map((entry) => entry.data as Term);
      return [kind, new Map(terms.map((term) => [term.id, term]))] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<TaxonomyKind, Map<string, Term>>;
}

let fileOrder: ReturnType<typeof loadVocabulary> | undefined;
let taxonomies: Promise<Record<TaxonomyKind, Map<string, Term>>> | undefined;

export async function getTaxonomies() {
  taxonomies ??= loadTaxonomies();
  const all = await taxonomies;
  return {
    all,
    /** The term's label; ids were validated against the vocabulary, so a miss is a bug. */
    label(kind: TaxonomyKind, id: string, locale: Locale): string {
      const term = all[kind].get(id);
      if (!term) throw new Error(`Unknown ${kind} id "${id}"`);
      return term.label[locale];
    },
    terms(kind: TaxonomyKind): Term[] {
      return [...all[kind].values()];
    },
    /** The terms in the order their file lists them (for ip-topics.yaml, the IP index's order). */
    termsInFileOrder(kind: TaxonomyKind): Term[] {
      const ids = (fileOrder ??= loadVocabulary(path.resolve('content')))[kind];
      return ids.flatMap((id) => all[kind].get(id) ?? []);
    },
  };
}
