/**
 * Where a call stands on the build date: open, opening later, closed or expected, its next
 * deadline and the days left. Dates are calendar days (midnight UTC, as the schemas read them);
 * the build date is the day in Lecco and Ticino (src/features/facts/build-date.ts), so a call
 * whose deadline is today is still open today and closed tomorrow.
 */
import type { CallData, CallDeadline, DeadlineTimeZone } from '#schemas/calls.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days since 1970-01-01 of a calendar date. */
export function dayNumber(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

export type CallState = 'open' | 'upcoming' | 'closed' | 'expected';

export interface CallTiming {
  state: CallState;
  /** Open all year (`rolling: true`). */
  rolling: boolean;
  /** The first deadline on or after the build date; undefined for rolling, expected and closed calls. */
  next?: CallDeadline | undefined;
  /** Days from the build date to `next`: 0 when it closes today. */
  daysLeft?: number | undefined;
  /** The last deadline, for closed calls: the archive is ordered by it. */
  last?: CallDeadline | undefined;
  /** Deadlines still to come (on or after the build date), soonest first. */
  coming: CallDeadline[];
}

type Timed = Pick<CallData, 'opens' | 'deadlines' | 'rolling' | 'status'>;

/** Deadlines in date order, whatever the order of the file. */
export function sortedDeadlines(call: Pick<CallData, 'deadlines'>): CallDeadline[] {
  return [...(call.deadlines ?? [])].sort(
    (a, b) => a.date.getTime() - b.date.getTime() || (a.time ?? '').localeCompare(b.time ?? ''),
  );
}

export function callTiming(call: Timed, today: Date): CallTiming {
  const now = dayNumber(today);
  const notYetOpen = call.opens !== undefined && dayNumber(call.opens) > now;
  if (call.status === 'expected') return { state: 'expected', rolling: false, coming: [] };
  if (call.rolling) return { state: notYetOpen ? 'upcoming' : 'open', rolling: true, coming: [] };
  const deadlines = sortedDeadlines(call);
  const coming = deadlines.filter((deadline) => dayNumber(deadline.date) >= now);
  const next = coming[0];
  if (!next) return { state: 'closed', rolling: false, last: deadlines.at(-1), coming };
  return {
    state: notYetOpen ? 'upcoming' : 'open',
    rolling: false,
    next,
    daysLeft: dayNumber(next.date) - now,
    coming,
  };
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Minutes the zone is ahead of UTC at an instant: 60 in Rome in winter, 120 in summer. */
export function zoneOffsetMinutes(timeZone: DeadlineTimeZone, at: Date): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  const name = format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The instant of a local time of day in a zone: 2026-03-19 14:00 in Europe/Brussels is 13:00 UTC. */
export function zonedInstant(date: Date, time: string, timeZone: DeadlineTimeZone): Date {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const local = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hours, minutes);
  // The offset at the local reading is right except within the hour of a clock change; one
  // correction with the offset at the first guess settles it.
  const guess = local - zoneOffsetMinutes(timeZone, new Date(local)) * 60_000;
  return new Date(local - zoneOffsetMinutes(timeZone, new Date(guess)) * 60_000);
}

/** "2026-03-19T14:00+01:00": a local time with its offset, for <time datetime>. */
export function zonedDateTime(date: Date, time: string, timeZone: DeadlineTimeZone): string {
  const offset = zoneOffsetMinutes(timeZone, zonedInstant(date, time, timeZone));
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.toISOString().slice(0, 10)}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
