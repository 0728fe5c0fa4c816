/**
 * A fact's value as a reader sees it, in the page's language: "CHF 450" / "450 CHF",
 * "6 mesi" / "6 months", "1 gennaio 2027" / "1 January 2027". Pure and cached per language:
 * one guide page formats dozens of facts.
 */
import type { Currency, DurationUnit, FactRegime, FactValue } from '#schemas/fact.ts';
import { formatDate, formatNumber } from '#i18n/format.ts';
import { localeInfo, useTranslations, type Locale } from '#i18n';

const moneyFormats = new Map<string, Intl.NumberFormat>();
const durationFormats = new Map<string, Intl.NumberFormat>();

export function formatMoney(amount: number, currency: Currency, locale: Locale): string {
  const key = `${locale}:${currency}:${Number.isInteger(amount) ? 0 : 2}`;
  let format = moneyFormats.get(key);
  if (!format) {
    const digits = Number.isInteger(amount) ? 0 : 2;
    format = new Intl.NumberFormat(localeInfo[locale].intl, {
      style: 'currency',
      currency,
      currencyDisplay: 'code',
      // Italian leaves four-digit amounts ungrouped by default; fees read better as "2.500".
      useGrouping: 'always',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    moneyFormats.set(key, format);
  }
  return format.format(amount);
}

const intlUnit: Record<DurationUnit, string> = { days: 'day', months: 'month', years: 'year' };

export function formatDuration(amount: number, unit: DurationUnit, locale: Locale): string {
  const key = `${locale}:${unit}`;
  let format = durationFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeInfo[locale].intl, {
      style: 'unit',
      unit: intlUnit[unit],
      unitDisplay: 'long',
    });
    durationFormats.set(key, format);
  }
  return format.format(amount);
}

/** The schedule's years in order, with their amounts. */
export function scheduleRows(value: Extract<FactValue, { type: 'schedule' }>): { year: number; amount: number }[] {
  return Object.entries(value.amounts)
    .map(([year, amount]) => ({ year: Number(year), amount }))
    .sort((a, b) => a.year - b.year);
}

export function formatFactValue(value: FactValue, locale: Locale): string {
  switch (value.type) {
    case 'money':
      return formatMoney(value.amount, value.currency, locale);
    case 'percent':
      return `${formatNumber(value.value, locale)}%`;
    case 'duration':
      return formatDuration(value.amount, value.unit, locale);
    case 'date':
      return formatDate(value.date, locale);
    case 'count':
      return formatNumber(value.value, locale);
    case 'schedule': {
      const rows = scheduleRows(value);
      const first = rows[0]!;
      const last = rows.at(-1)!;
      return useTranslations(locale)['fact.schedule.range'](
        formatMoney(first.amount, value.currency, locale),
        first.year,
        formatMoney(last.amount, value.currency, locale),
        last.year,
      );
    }
    case 'text':
      return value.text[locale];
  }
}

/** The value with its qualifier, as it reads inside a sentence: "450 CHF, fino a 3 classi". */
export function formatRegime(regime: FactRegime, locale: Locale): string {
  const value = formatFactValue(regime.value, locale);
  return regime.note ? `${value}, ${regime.note[locale]}` : value;
}
