import { localeInfo, type Locale } from './locales.ts';

/** "28 novembre 2026" / "28 November 2026". Content dates are calendar dates: format them in UTC. */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(localeInfo[locale].intl, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Machine-readable form for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "a, b e c" / "a, b and c". */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(localeInfo[locale].intl, { style: 'long', type: 'conjunction' }).format(items);
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** "4206" → "4.206" (it) or "4,206" (en). Formatters are kept: directory pages format thousands of counts. */
export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(localeInfo[locale].intl);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
