/** The two languages as messages name them, and the texts of a YAML entry missing in one. */
import { locales, type Locale } from '#i18n/locales.ts';

export const languageNames: Record<Locale, string> = { it: 'Italian', en: 'English' };

/** Texts of a localized field ({ it, en }) found anywhere in a YAML entry, by language missing. */
export function textsMissingByLanguage(value: unknown, field = ''): Partial<Record<Locale, string[]>> {
  const missing: Partial<Record<Locale, string[]>> = {};
  const walk = (node: unknown, at: string) => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, `${at}[${index}]`));
      return;
    }
    if (node === null || typeof node !== 'object' || node instanceof Date) return;
    const record = node as Record<string, unknown>;
    const keys = Object.keys(record);
    const isLocalized = keys.length > 0 && keys.every((key) => (locales as readonly string[]).includes(key));
    if (isLocalized) {
      for (const locale of locales) {
        if (typeof record[locale] !== 'string') (missing[locale] ??= []).push(at);
      }
      return;
    }
    for (const [key, inner] of Object.entries(record)) walk(inner, at === '' ? key : `${at}.${key}`);
  };
  walk(value, field);
  return missing;
}
