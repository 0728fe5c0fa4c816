import { describe, expect, it } from 'vitest';
import type { CallDeadline } from '#schemas/calls.ts';
import { filterCalls, groupCalls, groupEvents, nextDeadlines, type ListedCall } from './listing.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const deadline = (iso: string): CallDeadline => ({ date: day(iso), timezone: 'Europe/Zurich' });

function call(id: string, fields: Partial<ListedCall> = {}): ListedCall {
  return {
    id,
    title: { it: id, en: id },
    eligibility: { countries: 'both', sizes: ['small'], crossBorderPartner: false },
    topics: ['r-and-d'],
    ...fields,
  };
}

const today = day('2026-12-06');
const calls = [
  call('rolling', { rolling: true, eligibility: { countries: 'CH', sizes: ['small'], crossBorderPartner: false } }),
  call('late', { deadlines: [deadline('2027-03-19')], topics: ['ip'] }),
  call('soon', { opens: day('2026-11-01'), deadlines: [deadline('2026-12-18')] }),
  call('later', { opens: day('2027-01-15'), deadlines: [deadline('2027-02-28')] }),
  call('expected', { status: 'expected' }),
  call('closed-2025', { deadlines: [deadline('2025-06-10')] }),
  call('closed-2026', {
    deadlines: [deadline('2026-12-04')],
    eligibility: { countries: 'IT', sizes: ['small'], crossBorderPartner: false },
  }),
];

describe('the calls lists on the build date', () => {
  const groups = groupCalls(calls, today);
  const ids = (items: { call: ListedCall }[]) => items.map((item) => item.call.id);

  it('lists open calls by their next deadline, the calls open all year last', () => {
    expect(ids(groups.open)).toEqual(['soon', 'late', 'rolling']);
    expect(groups.open[0]!.timing.daysLeft).toBe(12);
  });

  it('puts calls that open later, expected editions and closed calls in their own lists', () => {
    expect(ids(groups.upcoming)).toEqual(['later']);
    expect(ids(groups.expected)).toEqual(['expected']);
    // The archive: the latest deadline first.
    expect(ids(groups.closed)).toEqual(['closed-2026', 'closed-2025']);
  });

  it('moves a call to the archive the day after its deadline', () => {
    expect(ids(groupCalls(calls, day('2026-12-04')).open)).toContain('closed-2026');
    expect(ids(groupCalls(calls, day('2026-12-05')).closed)).toContain('closed-2026');
  });

  it('filters by the country of the applicant, a call open to both sides under each', () => {
    expect(filterCalls(calls, { country: 'CH' }).map((item) => item.id)).not.toContain('closed-2026');
    expect(filterCalls(calls, { country: 'IT' }).map((item) => item.id)).not.toContain('rolling');
    expect(filterCalls(calls, { country: 'IT' }).map((item) => item.id)).toContain('late');
    expect(filterCalls(calls, { topic: 'ip' }).map((item) => item.id)).toEqual(['late']);
    expect(filterCalls(calls, {})).toHaveLength(calls.length);
  });

  it('gives the home page the next deadlines of open and coming calls, soonest first', () => {
    const next = nextDeadlines(calls, today, 3);
    expect(next.map((item) => [item.call.id, item.daysLeft])).toEqual([
      ['soon', 12],
      ['later', 84],
      ['late', 103],
    ]);
    expect(next.map((item) => item.opensLater)).toEqual([false, true, false]);
    expect(nextDeadlines(calls, day('2027-04-01'), 3)).toEqual([]);
  });
});

describe('the events lists on the build date', () => {
  const events = [
    { id: 'webinar', date: day('2026-01-22'), startTime: '11:00' },
    { id: 'fair', date: day('2026-12-05'), endDate: day('2026-12-07') },
    { id: 'morning', date: day('2027-02-01'), startTime: '09:00' },
    { id: 'evening', date: day('2027-02-01'), startTime: '18:00' },
  ];

  it('keeps an event upcoming until its last day, soonest first, and the past ones latest first', () => {
    const { upcoming, past } = groupEvents(events, today);
    expect(upcoming.map((event) => event.id)).toEqual(['fair', 'morning', 'evening']);
    expect(past.map((event) => event.id)).toEqual(['webinar']);
    expect(groupEvents(events, day('2026-12-08')).past.map((event) => event.id)).toEqual(['fair', 'webinar']);
  });
});
