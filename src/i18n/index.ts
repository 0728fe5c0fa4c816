import type { Locale } from './locales.ts';
import { en } from './ui/en.ts';
import { it, type UiStrings } from './ui/it.ts';

export * from './locales.ts';
export * from './localized.ts';
export type { UiStrings };

const strings: Record<Locale, UiStrings> = { it, en };

/** The interface text of one language: `const t = useTranslations(lang); t['nav.home']`. */
export function useTranslations(locale: Locale): UiStrings {
  return strings[locale];
}
