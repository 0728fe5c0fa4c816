import type { Locale } from './locales.ts';
import { locales } from './locales.ts';

export type LocalizedText = { it?: string | undefined; en?: string | undefined };

/** Text in the reader's language or, when it is missing, in the other one, saying which it is. */
export interface LocalizedValue {
  text: string;
  lang: Locale;
  isFallback: boolean;
}

export function pickLocalized(value: LocalizedText, locale: Locale): LocalizedValue {
  const own = value[locale];
  if (own !== undefined) return { text: own, lang: locale, isFallback: false };
  for (const other of locales) {
    const text = value[other];
    if (text !== undefined) return { text, lang: other, isFallback: true };
  }
  throw new Error('Localized text without any language: the schema should have rejected it');
}

/** The translation of an entry in the reader's language, else the first one that exists. */
export function pickTranslation<T>(
  translations: Partial<Record<Locale, T>>,
  locale: Locale,
): { entry: T; lang: Locale; isFallback: boolean } {
  const own = translations[locale];
  if (own !== undefined) return { entry: own, lang: locale, isFallback: false };
  for (const other of locales) {
    const entry = translations[other];
    if (entry !== undefined) return { entry, lang: other, isFallback: true };
  }
  throw new Error('Entry without any translation');
}
