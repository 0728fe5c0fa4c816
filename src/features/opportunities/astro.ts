/**
 * The calls and events of the build, on the build date, and the calendar files the endpoints
 * write: the feed of each language and one file per call with deadlines and per event.
 */
import { getOpportunities, type CallRecord, type EventRecord } from '#collections/opportunities.ts';
import { siteDate } from '#features/facts/astro.ts';
import { useTranslations, type Locale } from '#i18n';
import { entryPath, eventPath } from '#routes';
import { deadlineEntries, eventEntry, renderCalendar } from './calendar.ts';
import { callTiming } from './dates.ts';
import { filterCalls, groupCalls, groupEvents, nextDeadlines, type CallFilter } from './listing.ts';

/** The day this build treats as today (PMI_BUILD_DATE, or the clock in Lecco and Ticino). */
export { siteDate };

export async function callsOnBuildDate(filter: CallFilter = {}) {
  const { calls } = await getOpportunities();
  return groupCalls(filterCalls(calls, filter), siteDate);
}

export async function eventsOnBuildDate() {
  const { events } = await getOpportunities();
  return groupEvents(events, siteDate);
}

export async function comingDeadlines(count: number) {
  const { calls } = await getOpportunities();
  const open = groupCalls(calls, siteDate).open;
  return {
    deadlines: nextDeadlines(calls, siteDate, count),
    rollingOpen: open.filter((item) => item.timing.rolling).length,
  };
}

export async function getCalls(): Promise<CallRecord[]> {
  return (await getOpportunities()).calls;
}

export async function getEvents(): Promise<EventRecord[]> {
  return (await getOpportunities()).events;
}

/** Whether a call's page offers its deadlines for a calendar: it has some still to come. */
export function hasComingDeadlines(call: CallRecord): boolean {
  const { state, coming } = callTiming(call, siteDate);
  return (state === 'open' || state === 'upcoming') && coming.length > 0;
}

const callPage = (call: CallRecord, locale: Locale, siteUrl: string) => ({
  ...call,
  pageUrl: new URL(entryPath(locale, 'calls', call.id), siteUrl).href,
});
const eventPage = (event: EventRecord, locale: Locale, siteUrl: string) => ({
  ...event,
  pageUrl: new URL(eventPath(locale, event.id), siteUrl).href,
});

/** /{lang}/calendar.ics: every deadline of every dated call, and every event. */
export async function calendarFeed(locale: Locale, siteUrl: string): Promise<string> {
  const { calls, events } = await getOpportunities();
  const t = useTranslations(locale);
  return renderCalendar(
    [
      ...calls.flatMap((call) => deadlineEntries(callPage(call, locale, siteUrl), locale, siteUrl)),
      ...events.map((event) => eventEntry(eventPage(event, locale, siteUrl), locale, siteUrl)),
    ],
    t['calls.calendarName'],
    locale,
  );
}

export function callCalendar(call: CallRecord, locale: Locale, siteUrl: string): string {
  const title = call.title[locale] ?? call.title.it ?? call.title.en ?? call.id;
  return renderCalendar(deadlineEntries(callPage(call, locale, siteUrl), locale, siteUrl), title, locale);
}

export function eventCalendar(event: EventRecord, locale: Locale, siteUrl: string): string {
  const title = event.title[locale] ?? event.title.it ?? event.title.en ?? event.id;
  return renderCalendar([eventEntry(eventPage(event, locale, siteUrl), locale, siteUrl)], title, locale);
}
