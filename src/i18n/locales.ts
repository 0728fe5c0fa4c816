/** The site's languages, in order of precedence: Italian first, English second. */
export const locales = ['it', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'it';

export const localeInfo = {
  it: { name: 'Italiano', intl: 'it-IT', ogLocale: 'it_IT' },
  en: { name: 'English', intl: 'en-GB', ogLocale: 'en_GB' },
} as const satisfies Record<Locale, { name: string; intl: string; ogLocale: string }>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'it' ? 'en' : 'it';
}

/** getStaticPaths() entries for a page that exists once per language. */
export function localeParams() {
  return locales.map((lang) => ({ params: { lang } }));
}

/** The `lang` route parameter as a Locale; getStaticPaths only produces valid ones. */
export function localeParam(value: string | undefined): Locale {
  if (!isLocale(value)) throw new Error(`Unknown language "${value}"`);
  return value;
}
