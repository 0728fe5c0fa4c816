/**
 * An event for SMEs and researchers of the region: content/events/<id>.yaml. Only real events,
 * each with a source; times are local to the event's time zone.
 */
import { z } from 'zod';
import { timeOfDay, timeZone, callTopics } from './calls.ts';
import {
  calendarDate,
  countryCode,
  expected,
  httpsUrl,
  localizedText,
  nonEmptyText,
  oneOf,
  reviewed,
  sources,
  strictObject,
} from './common.ts';

const place = strictObject({
  name: nonEmptyText.describe('Where it takes place, e.g. "Politecnico di Milano – Polo territoriale di Lecco"'),
  municipality: nonEmptyText.describe('Municipality, e.g. "Lecco"'),
  country: countryCode.describe('IT or CH'),
});

export const eventSchema = strictObject({
  title: localizedText.describe('Name of the event (Italian and English)'),
  summary: localizedText.optional().describe('What it offers companies, in a sentence (Italian and English)'),
  date: calendarDate.describe('The (first) day of the event (YYYY-MM-DD)'),
  endDate: calendarDate.optional().describe('The last day, for an event over several days (YYYY-MM-DD)'),
  startTime: timeOfDay.optional().describe('Start time (HH:MM), when the organiser states one'),
  endTime: timeOfDay.optional().describe('End time (HH:MM), when the organiser states one'),
  timezone: timeZone.describe('The time zone of the times: Europe/Rome, Europe/Zurich or Europe/Brussels'),
  online: z
    .boolean({ error: expected('expected true or false') })
    .default(false)
    .describe('true when one can take part online'),
  place: place.optional().describe('Where it takes place; leave out for an online-only event'),
  organiser: nonEmptyText.describe('Who organises it'),
  topics: z
    .array(oneOf(callTopics))
    .min(1, { error: `needs at least one topic: ${callTopics.join(', ')}` })
    .describe(`What the event is about: ${callTopics.join(', ')}`),
  link: httpsUrl.describe('The organiser’s page of the event (https)'),
  registration: httpsUrl.optional().describe('Where to register (https), when it is not the event page'),
  sources: sources.describe('Where the date, time and place come from (https)'),
  reviewed: reviewed.describe('When an editor last checked the event against its sources'),
}).superRefine((event, ctx) => {
  if (!event.online && !event.place) {
    ctx.addIssue({
      code: 'custom',
      path: ['place'],
      message:
        'is required for an event that is not online: give "place" (name, municipality, country) or "online: true"',
    });
  }
  if (event.endDate && event.endDate < event.date) {
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: 'is before "date": the last day comes after the first',
    });
  }
  if (event.endTime && !event.startTime) {
    ctx.addIssue({ code: 'custom', path: ['startTime'], message: 'is required when "endTime" is given' });
  }
  if (!event.endDate && event.startTime && event.endTime && event.endTime <= event.startTime) {
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'is not after "startTime" on the same day' });
  }
});

export type EventData = z.output<typeof eventSchema>;
