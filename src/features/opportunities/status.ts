/**
 * How a call's standing reads in a list or on its page: "chiude tra 12 giorni", "aperto tutto
 * l'anno", "apre il 15 gennaio 2027", "chiuso il 4 dicembre 2026", and a deadline with its time
 * and time zone as the funder states them.
 */
import { formatDate, isoDate } from '#i18n/format.ts';
import { pickLocalized, useTranslations, type Locale } from '#i18n';
import type { CallDeadline } from '#schemas/calls.ts';
import type { CallTiming } from './dates.ts';
import { zonedDateTime } from './dates.ts';

export function statusText(timing: CallTiming, opens: Date | undefined, locale: Locale): string {
  const t = useTranslations(locale);
  switch (timing.state) {
    case 'expected':
      return t['calls.expectedStatus'];
    case 'closed':
      return timing.last ? t['calls.closedOn'](formatDate(timing.last.date, locale)) : t['calls.state.closed'];
    case 'upcoming':
      return opens ? t['calls.opensOn'](formatDate(opens, locale)) : t['calls.state.upcoming'];
    case 'open':
      return timing.rolling || timing.daysLeft === undefined
        ? t['calls.rolling']
        : t['calls.closesIn'](timing.daysLeft);
  }
}

export interface DeadlineView {
  /** "19 marzo 2027, 14:00 (Europe/Brussels)" or "19 marzo 2027". */
  text: string;
  /** For <time datetime>: the local time with its offset, or the day. */
  datetime: string;
  /** The time zone, and whether the funder stated a time. */
  zone: string;
  note: string | undefined;
}

export function deadlineView(deadline: CallDeadline, locale: Locale): DeadlineView {
  const day = formatDate(deadline.date, locale);
  return {
    text: deadline.time ? `${day}, ${deadline.time}` : day,
    datetime: deadline.time ? zonedDateTime(deadline.date, deadline.time, deadline.timezone) : isoDate(deadline.date),
    zone: deadline.timezone,
    note: deadline.note ? pickLocalized(deadline.note, locale).text : undefined,
  };
}
