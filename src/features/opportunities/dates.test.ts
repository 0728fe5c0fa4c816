import { describe, expect, it } from 'vitest';
import type { CallDeadline } from '#schemas/calls.ts';
import { callTiming, sortedDeadlines, zonedDateTime, zonedInstant, zoneOffsetMinutes } from './dates.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const deadline = (iso: string, extra: Partial<CallDeadline> = {}): CallDeadline => ({
  date: day(iso),
  timezone: 'Europe/Rome',
  ...extra,
});

describe('where a call stands on the build date', () => {
  const window = { opens: day('2026-02-02'), deadlines: [deadline('2026-12-04')] };

  it('is open between its opening and its deadline, with the days left', () => {
    expect(callTiming(window, day('2026-11-20'))).toMatchObject({ state: 'open', daysLeft: 14 });
    expect(callTiming(window, day('2026-02-02'))).toMatchObject({ state: 'open', daysLeft: 305 });
  });

  it('is still open on the day of its deadline, closing today, and closed the day after', () => {
    expect(callTiming(window, day('2026-12-04'))).toMatchObject({ state: 'open', daysLeft: 0 });
    const closed = callTiming(window, day('2026-12-05'));
    expect(closed.state).toBe('closed');
    expect(closed.last?.date).toEqual(day('2026-12-04'));
    expect(closed.next).toBeUndefined();
  });

  it('counts a deadline with a closing time as open all of that day: the site is rebuilt daily', () => {
    const withTime = { deadlines: [deadline('2026-06-10', { time: '12:00' })] };
    expect(callTiming(withTime, day('2026-06-10'))).toMatchObject({ state: 'open', daysLeft: 0 });
    expect(callTiming(withTime, day('2026-06-11')).state).toBe('closed');
  });

  it('is upcoming before it opens, with its first deadline already known', () => {
    expect(callTiming(window, day('2026-01-15'))).toMatchObject({ state: 'upcoming', daysLeft: 323 });
  });

  it('takes the next cut-off of a call with several, whatever their order in the file', () => {
    const cutOffs = { deadlines: [deadline('2027-09-10'), deadline('2027-03-19'), deadline('2026-09-10')] };
    const timing = callTiming(cutOffs, day('2026-12-06'));
    expect(timing.state).toBe('open');
    expect(timing.next?.date).toEqual(day('2027-03-19'));
    expect(timing.coming.map((item) => item.date)).toEqual([day('2027-03-19'), day('2027-09-10')]);
    expect(sortedDeadlines(cutOffs).map((item) => item.date.toISOString().slice(0, 10))).toEqual([
      '2026-09-10',
      '2027-03-19',
      '2027-09-10',
    ]);
  });

  it('keeps a call open all year open, without days left, unless it has not opened yet', () => {
    expect(callTiming({ rolling: true }, day('2026-12-06'))).toEqual({ state: 'open', rolling: true, coming: [] });
    expect(callTiming({ rolling: true, opens: day('2027-01-01') }, day('2026-12-06')).state).toBe('upcoming');
  });

  it('shows an announced edition as expected, never with dates', () => {
    const timing = callTiming({ status: 'expected' }, day('2026-12-06'));
    expect(timing).toEqual({ state: 'expected', rolling: false, coming: [] });
  });
});

describe('time zones of deadlines', () => {
  it('knows Central European Time and its summer time in all three zones', () => {
    for (const zone of ['Europe/Rome', 'Europe/Zurich', 'Europe/Brussels'] as const) {
      expect(zoneOffsetMinutes(zone, new Date('2026-01-15T12:00:00Z')), zone).toBe(60);
      expect(zoneOffsetMinutes(zone, new Date('2026-07-15T12:00:00Z')), zone).toBe(120);
    }
  });

  it('turns a funder’s local closing time into the right instant, in winter and in summer', () => {
    expect(zonedInstant(day('2026-03-19'), '14:00', 'Europe/Brussels').toISOString()).toBe('2026-03-19T13:00:00.000Z');
    expect(zonedInstant(day('2025-06-10'), '12:00', 'Europe/Rome').toISOString()).toBe('2025-06-10T10:00:00.000Z');
    // 23:59 in Zurich on 31 December is still 31 December in UTC, one hour earlier.
    expect(zonedInstant(day('2026-12-31'), '23:59', 'Europe/Zurich').toISOString()).toBe('2026-12-31T22:59:00.000Z');
  });

  it('handles the days the clocks change', () => {
    // 29 March 2026: clocks go from 02:00 to 03:00; 25 October 2026: from 03:00 back to 02:00.
    expect(zonedInstant(day('2026-03-29'), '12:00', 'Europe/Rome').toISOString()).toBe('2026-03-29T10:00:00.000Z');
    expect(zonedInstant(day('2026-03-29'), '01:00', 'Europe/Rome').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(zonedInstant(day('2026-10-25'), '12:00', 'Europe/Zurich').toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });

  it('writes a local time with its offset for <time datetime>', () => {
    expect(zonedDateTime(day('2026-03-19'), '14:00', 'Europe/Brussels')).toBe('2026-03-19T14:00+01:00');
    expect(zonedDateTime(day('2025-06-10'), '12:00', 'Europe/Rome')).toBe('2025-06-10T12:00+02:00');
  });
});
