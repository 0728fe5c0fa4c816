import { describe, expect, it } from 'vitest';
import { eventSchema } from './events.ts';
import { issuesOf, reviewed, source, withField } from './test-support.ts';

const validEvent = {
  title: { it: 'Webinar', en: 'Webinar' },
  date: '2026-01-22',
  startTime: '11:00',
  endTime: '12:30',
  timezone: 'Europe/Brussels',
  online: true,
  organiser: 'Eureka Secretariat',
  topics: ['r-and-d'],
  link: 'https://www.example.org/event',
  sources: [source],
  reviewed,
};

describe('event schema', () => {
  it('accepts an online event and one in a place', () => {
    expect(issuesOf(eventSchema, validEvent)).toEqual([]);
    const inLecco = {
      ...withField(validEvent, 'online', false),
      place: { name: 'Politecnico di Milano – Polo di Lecco', municipality: 'Lecco', country: 'IT' },
    };
    expect(issuesOf(eventSchema, inLecco)).toEqual([]);
  });

  it.each([
    [
      'no place and not online',
      withField(validEvent, 'online', false),
      'place: is required for an event that is not online',
    ],
    ['an end before the start', { ...validEvent, endDate: '2026-01-21' }, 'endDate: is before "date"'],
    [
      'an end time without a start time',
      withField(validEvent, 'startTime', undefined),
      'startTime: is required when "endTime" is given',
    ],
    [
      'an end time before the start time',
      withField(validEvent, 'endTime', '10:00'),
      'endTime: is not after "startTime"',
    ],
    ['no sources', withField(validEvent, 'sources', []), 'sources: needs at least one source'],
  ])('refuses %s', (_what, input, message) => {
    expect(issuesOf(eventSchema, input).join('\n')).toContain(message);
  });
});
