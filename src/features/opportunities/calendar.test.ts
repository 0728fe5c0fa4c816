import { describe, expect, it } from 'vitest';
import { readIcal } from '#scripts/support/ical.ts';
import {
  deadlineEntries,
  eventEntry,
  foldLines,
  renderCalendar,
  type CalendarCall,
  type CalendarEvent,
} from './calendar.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const site = 'https://hub.pmi-network.eu/';

const call: CalendarCall = {
  id: 'test-call',
  title: { it: 'Bando “prova”: brevetti, marchi; disegni', en: 'Test call' },
  summary: {
    it: 'Contributi per l’innovazione delle PMI dell’area di confine, più lunghi di una riga intera.',
    en: 'Grants.',
  },
  funder: { name: { it: 'Ente di prova', en: 'Test body' }, website: 'https://www.example.org/' },
  link: 'https://www.example.org/call',
  topics: ['ip'],
  reviewed: { date: day('2026-12-07'), by: 'Test' },
  deadlines: [
    { date: day('2027-09-10'), timezone: 'Europe/Brussels', time: '14:00' },
    { date: day('2027-03-19'), timezone: 'Europe/Brussels', note: { it: 'prima scadenza', en: 'first cut-off' } },
  ],
  pageUrl: `${site}it/calls/test-call/`,
};

const event: CalendarEvent = {
  id: 'webinar',
  title: { it: 'Webinar', en: 'Webinar' },
  date: day('2026-01-22'),
  startTime: '11:00',
  endTime: '12:30',
  timezone: 'Europe/Brussels',
  online: true,
  organiser: 'Eureka Secretariat',
  link: 'https://www.example.org/event',
  topics: ['r-and-d'],
  reviewed: { date: day('2026-12-07'), by: 'Test' },
  pageUrl: `${site}en/events/#webinar`,
};

describe('the calendar files', () => {
  const text = renderCalendar(
    [...deadlineEntries(call, 'it', site), eventEntry(event, 'it', site)],
    'PMI Network – Scadenze',
    'it',
  );
  const { events, problems, calendar } = readIcal(text);

  it('are valid iCalendar text that reads back', () => {
    expect(problems).toEqual([]);
    expect(calendar?.properties.find((item) => item.name === 'X-WR-CALNAME')?.value).toBe('PMI Network – Scadenze');
    expect(events).toHaveLength(3);
  });

  it('give each deadline an all-day entry on the funder’s date, with the time and zone in the text', () => {
    const [march, september] = events.filter((item) => item.allDay);
    expect(march).toMatchObject({
      start: '20270319',
      end: '20270320',
      uid: 'call-test-call-20270319@hub.pmi-network.eu',
    });
    expect(march!.summary).toBe('Scadenza: Bando “prova”: brevetti, marchi; disegni (prima scadenza)');
    expect(march!.description).toContain('Scadenza il 19 marzo 2027 (fuso orario Europe/Brussels).');
    expect(september!.description).toContain('Scadenza il 10 settembre 2027 alle 14:00 (ora di Europe/Brussels).');
    expect(september!.url).toBe(`${site}it/calls/test-call/`);
  });

  it('give a timed event its instants in UTC', () => {
    const webinar = events.find((item) => item.uid === 'event-webinar@hub.pmi-network.eu')!;
    expect(webinar).toMatchObject({
      allDay: false,
      start: '20260122T100000Z',
      end: '20260122T113000Z',
      location: 'Online',
    });
  });

  it('are the same bytes from one build to the next: no clock and no random id', () => {
    const again = renderCalendar(
      [...deadlineEntries(call, 'it', site), eventEntry(event, 'it', site)],
      'PMI Network – Scadenze',
      'it',
    );
    expect(again).toBe(text);
    expect(text).toContain('DTSTAMP:20261207T000000Z');
  });

  it('fold long lines at 75 octets without splitting a character', () => {
    const folded = foldLines(`DESCRIPTION:${'è'.repeat(60)}\r\n`);
    const lines = folded.split('\r\n').slice(0, -1);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'è'.repeat(60)}\r\n`);
  });

  it('read back what breaks the format', () => {
    expect(readIcal('BEGIN:VCALENDAR\nEND:VCALENDAR').problems).toContain('the text does not end with CRLF');
    expect(
      readIcal('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
        .problems,
    ).toEqual(['event a: no DTSTAMP', 'event a: no DTSTART']);
  });
});
