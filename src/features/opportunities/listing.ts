/**
 * The calls pages' lists on the build date: open now (soonest deadline first, then the calls open
 * all year), opening later, expected editions, and the archive of closed calls (latest first);
 * the filters by country and topic; the next deadlines for the home page; events by date.
 */
import type { CallCountry, CallData, CallDeadline, CallTopic } from '#schemas/calls.ts';
import type { EventData } from '#schemas/events.ts';
import { callTiming, dayNumber, type CallTiming } from './dates.ts';

/** The fields of a call the lists read; the page records carry more. */
export type ListedCall = Pick<
  CallData,
  'opens' | 'deadlines' | 'rolling' | 'status' | 'title' | 'eligibility' | 'topics'
> & { id: string };

export interface TimedCall<Call extends ListedCall = ListedCall> {
  call: Call;
  timing: CallTiming;
}

export interface CallGroups<Call extends ListedCall = ListedCall> {
  open: TimedCall<Call>[];
  upcoming: TimedCall<Call>[];
  expected: TimedCall<Call>[];
  closed: TimedCall<Call>[];
}

const titleOf = (call: ListedCall) => call.title.it ?? call.title.en ?? call.id;
const byTitle = (a: TimedCall, b: TimedCall) => titleOf(a.call).localeCompare(titleOf(b.call), 'it');
const dayOf = (deadline: CallDeadline | undefined) => (deadline ? dayNumber(deadline.date) : Infinity);

export function groupCalls<Call extends ListedCall>(calls: readonly Call[], today: Date): CallGroups<Call> {
  const timed = calls.map((call) => ({ call, timing: callTiming(call, today) }));
  const inState = (state: CallTiming['state']) => timed.filter((item) => item.timing.state === state);
  return {
    // Calls with a deadline first, soonest first; calls open all year after them.
    open: inState('open').sort((a, b) => dayOf(a.timing.next) - dayOf(b.timing.next) || byTitle(a, b)),
    upcoming: inState('upcoming').sort(
      (a, b) => (a.call.opens?.getTime() ?? 0) - (b.call.opens?.getTime() ?? 0) || byTitle(a, b),
    ),
    expected: inState('expected').sort(byTitle),
    closed: inState('closed').sort((a, b) => dayOf(b.timing.last) - dayOf(a.timing.last) || byTitle(a, b)),
  };
}

/** Countries a filter link offers: a call open to both sides is listed under each. */
export const countryFilters = ['IT', 'CH'] as const;
export type CountryFilter = (typeof countryFilters)[number];

export interface CallFilter {
  country?: CountryFilter | undefined;
  topic?: CallTopic | undefined;
}

export function isOpenTo(countries: CallCountry, country: CountryFilter): boolean {
  return countries === 'both' || countries === country;
}

export function filterCalls<Call extends ListedCall>(calls: readonly Call[], filter: CallFilter): Call[] {
  return calls.filter(
    (call) =>
      (filter.country === undefined || isOpenTo(call.eligibility.countries, filter.country)) &&
      (filter.topic === undefined || call.topics.includes(filter.topic)),
  );
}

export interface ComingDeadline<Call extends ListedCall = ListedCall> {
  call: Call;
  deadline: CallDeadline;
  daysLeft: number;
  /** The call opens after the build date: its deadline is known, applications not yet accepted. */
  opensLater: boolean;
}

/** The next `count` deadlines from the build date on, of calls open or opening later. */
export function nextDeadlines<Call extends ListedCall>(
  calls: readonly Call[],
  today: Date,
  count: number,
): ComingDeadline<Call>[] {
  return calls
    .flatMap((call) => {
      const timing = callTiming(call, today);
      return timing.state === 'open' || timing.state === 'upcoming'
        ? timing.coming.map((deadline) => ({
            call,
            deadline,
            daysLeft: dayNumber(deadline.date) - dayNumber(today),
            opensLater: timing.state === 'upcoming',
          }))
        : [];
    })
    .sort((a, b) => a.daysLeft - b.daysLeft || titleOf(a.call).localeCompare(titleOf(b.call), 'it'))
    .slice(0, count);
}

type ListedEvent = Pick<EventData, 'date' | 'endDate' | 'startTime'> & { id: string };

/** Upcoming events (the last day on or after the build date), soonest first; past ones latest first. */
export function groupEvents<Event extends ListedEvent>(
  events: readonly Event[],
  today: Date,
): { upcoming: Event[]; past: Event[] } {
  const now = dayNumber(today);
  const lastDay = (event: Event) => dayNumber(event.endDate ?? event.date);
  const start = (event: Event) => `${event.date.toISOString().slice(0, 10)}T${event.startTime ?? '00:00'}`;
  return {
    upcoming: events
      .filter((event) => lastDay(event) >= now)
      .sort((a, b) => start(a).localeCompare(start(b)) || a.id.localeCompare(b.id)),
    past: events
      .filter((event) => lastDay(event) < now)
      .sort((a, b) => start(b).localeCompare(start(a)) || a.id.localeCompare(b.id)),
  };
}
