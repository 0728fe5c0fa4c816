import { describe, expect, it } from 'vitest';
import { callTiming } from './dates.ts';
import { deadlineView, statusText } from './status.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const window = {
  opens: day('2026-02-02'),
  deadlines: [{ date: day('2026-12-04'), timezone: 'Europe/Brussels' as const }],
};
const status = (today: string, locale: 'it' | 'en' = 'it') =>
  statusText(callTiming(window, day(today)), window.opens, locale);

describe('the status line of a call', () => {
  it('counts the days left, in both languages', () => {
    expect(status('2026-11-20')).toBe('chiude tra 14 giorni');
    expect(status('2026-11-20', 'en')).toBe('closes in 14 days');
    expect(status('2026-12-03', 'en')).toBe('closes tomorrow');
    expect(status('2026-12-04')).toBe('chiude oggi');
  });

  it('says when it opens, when it closed, and that an expected edition has no dates', () => {
    expect(status('2026-01-10')).toBe('apre il 2 febbraio 2026');
    expect(status('2026-12-06', 'en')).toBe('closed on 4 December 2026');
    expect(statusText(callTiming({ status: 'expected' }, day('2026-12-06')), undefined, 'en')).toBe(
      'edition expected, dates not known yet',
    );
    expect(statusText(callTiming({ rolling: true }, day('2026-12-06')), undefined, 'it')).toBe('aperto tutto l’anno');
  });

  it('writes a deadline with its time and zone, and the instant for machines', () => {
    expect(deadlineView({ date: day('2027-03-19'), time: '14:00', timezone: 'Europe/Brussels' }, 'en')).toEqual({
      text: '19 March 2027, 14:00',
      datetime: '2027-03-19T14:00+01:00',
      zone: 'Europe/Brussels',
      note: undefined,
    });
    expect(
      deadlineView(
        { date: day('2026-06-30'), timezone: 'Europe/Rome', note: { it: 'o prima', en: 'or earlier' } },
        'it',
      ),
    ).toMatchObject({ text: '30 giugno 2026', datetime: '2026-06-30', note: 'o prima' });
  });
});
