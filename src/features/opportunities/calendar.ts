/**
 * iCalendar (RFC 5545) files of the call deadlines and the events, written with the `ics`
 * package: the feed of each language (/{lang}/calendar.ics) and one file per call or event for
 * "add to calendar". Deadlines are all-day entries on the funder's date, with the funder's time and
 * zone in the description; timed events carry their instants in UTC. UIDs are made of the entry's
 * id and date, so a calendar that subscribes keeps the same entries from build to build, and
 * DTSTAMP is the entry's review date, so an unchanged entry gives the same bytes.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { formatDate } from '#i18n/format.ts';
import { pickLocalized, useTranslations, type Locale } from '#i18n';
import type { CallData, CallDeadline } from '#schemas/calls.ts';
import type { EventData } from '#schemas/events.ts';
import { sortedDeadlines, zonedInstant } from './dates.ts';

/** The fields the calendar needs of a call. */
export type CalendarCall = Pick<
  CallData,
  'title' | 'summary' | 'deadlines' | 'funder' | 'link' | 'topics' | 'reviewed'
> & {
  id: string;
  /** Absolute address of the call's page on the hub, in the calendar's language. */
  pageUrl: string;
};

export type CalendarEvent = Pick<
  EventData,
  | 'title'
  | 'summary'
  | 'date'
  | 'endDate'
  | 'startTime'
  | 'endTime'
  | 'timezone'
  | 'online'
  | 'place'
  | 'organiser'
  | 'link'
  | 'topics'
  | 'reviewed'
> & { id: string; pageUrl: string };

const DAY_MS = 24 * 60 * 60 * 1000;

const dateArray = (date: Date): DateArray => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
const instantArray = (date: Date): DateArray => [
  date.getUTCFullYear(),
  date.getUTCMonth() + 1,
  date.getUTCDate(),
  date.getUTCHours(),
  date.getUTCMinutes(),
];
const compactDay = (date: Date) => date.toISOString().slice(0, 10).replaceAll('-', '');

/** `timestamp` (DTSTAMP) is accepted by the package's schema though its types leave it out. */
type Stamped = EventAttributes & { timestamp: number };

/** The uid host: the site's own, so ids never clash with another publisher's. */
const uidHost = (siteUrl: string) => new URL(siteUrl).hostname;

export function deadlineEntries(call: CalendarCall, locale: Locale, siteUrl: string): Stamped[] {
  const t = useTranslations(locale);
  const title = pickLocalized(call.title, locale).text;
  return sortedDeadlines(call).map((deadline: CallDeadline) => {
    const when = deadline.time
      ? t['calls.deadlineAtTime'](formatDate(deadline.date, locale), deadline.time, deadline.timezone)
      : t['calls.deadlineOn'](formatDate(deadline.date, locale), deadline.timezone);
    const note = deadline.note ? ` (${pickLocalized(deadline.note, locale).text})` : '';
    return {
      uid: `call-${call.id}-${compactDay(deadline.date)}@${uidHost(siteUrl)}`,
      title: `${t['calls.calendarPrefix']}: ${title}${note}`,
      description: [
        pickLocalized(call.summary, locale).text,
        `${when}.`,
        `${t['calls.funder']}: ${pickLocalized(call.funder.name, locale).text}. ${t['calls.officialPage']}: ${call.link}`,
      ].join('\n'),
      start: dateArray(deadline.date),
      end: dateArray(new Date(deadline.date.getTime() + DAY_MS)),
      url: call.pageUrl,
      categories: [...call.topics],
      transp: 'TRANSPARENT',
      timestamp: call.reviewed.date.getTime(),
    };
  });
}

export function eventEntry(event: CalendarEvent, locale: Locale, siteUrl: string): Stamped {
  const t = useTranslations(locale);
  const lastDay = event.endDate ?? event.date;
  // A time without an end is a moment (DTSTART only); a day without times is an all-day entry.
  const timing = event.startTime
    ? {
        start: instantArray(zonedInstant(event.date, event.startTime, event.timezone)),
        startInputType: 'utc' as const,
        startOutputType: 'utc' as const,
        ...(event.endTime ? { end: instantArray(zonedInstant(lastDay, event.endTime, event.timezone)) } : {}),
      }
    : { start: dateArray(event.date), end: dateArray(new Date(lastDay.getTime() + DAY_MS)) };
  const place = event.place ? `${event.place.name}, ${event.place.municipality} (${event.place.country})` : undefined;
  return {
    uid: `event-${event.id}@${uidHost(siteUrl)}`,
    title: pickLocalized(event.title, locale).text,
    description: [
      ...(event.summary ? [pickLocalized(event.summary, locale).text] : []),
      `${t['events.organiser']}: ${event.organiser}. ${t['events.eventPage']}: ${event.link}`,
    ].join('\n'),
    ...timing,
    location: [place, event.online ? t['events.online'] : undefined].filter(Boolean).join(' · '),
    url: event.pageUrl,
    categories: [...event.topics],
    timestamp: event.reviewed.date.getTime(),
  } as Stamped;
}

const encoder = new TextEncoder();

/**
 * Lines folded at 75 octets, as RFC 5545 asks: the package folds at 75 characters, and an
 * Italian line with accents or typographic apostrophes is longer in octets. A character is never
 * split; continuation lines start with a space.
 */
export function foldLines(text: string): string {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      for (const char of line) {
        const size = encoder.encode(char).length;
        const limit = parts.length === 0 ? 75 : 74;
        if (octets + size > limit) {
          parts.push(current);
          current = '';
          octets = 0;
        }
        current += char;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/** One VCALENDAR with the entries; throws with the package's reason when an entry is invalid. */
export function renderCalendar(entries: readonly Stamped[], name: string, locale: Locale): string {
  const { error, value } = createEvents([...entries], {
    productId: `-//PMI Network//Knowledge Hub//${locale.toUpperCase()}`,
    method: 'PUBLISH',
    calName: name,
  });
  if (error || value === null) throw new Error(`calendar "${name}": ${error?.message ?? 'no output'}`);
  return foldLines(value);
}
