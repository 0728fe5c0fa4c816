import { localeInfo, type Locale } from './locales.ts';

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * "28 novembre 2026" / "28 November 2026". Content dates are calendar dates: format them in UTC.
 * One formatter per language: each holds ICU memory outside V8's heap, which a directory page
 * formatting a date per imported row would otherwise pile up faster than the collector frees it.
 */
export function formatDate(date: Date, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(localeInfo[locale].intl, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

/** Machine-readable form for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const listFormats = new Map<Locale, Intl.ListFormat>();

/** "a, b e c" / "a, b and c". */
export function formatList(items: readonly string[], locale: Locale): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(localeInfo[locale].intl, { style: 'long', type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
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
