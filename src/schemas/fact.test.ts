import { describe, expect, it } from 'vitest';
import { factSchema } from './fact.ts';
import { issuesOf, reviewed, source } from './test-support.ts';

function validFact(): Record<string, unknown> {
  return {
    id: 'ch.patent.renewal',
    label: { it: 'Tasse annuali', en: 'Renewal fees' },
    regimes: [
      {
        validFrom: '2019-07-01',
        validUntil: '2026-12-31',
        value: { type: 'schedule', currency: 'CHF', amounts: { 4: 100, 5: 120, 6: 140 } },
        source: { ...source },
      },
      {
        validFrom: '2027-01-01',
        value: { type: 'text', text: { it: 'dal 3° anno', en: 'from the 3rd year' } },
        source: { ...source },
        toBeChecked: { it: 'Importi nuovi.', en: 'New amounts.' },
      },
    ],
    reviewed,
    reviewBy: '2027-01-15',
  };
}

const withRegimes = (...regimes: Record<string, unknown>[]) => ({ ...validFact(), regimes });
const money = (amount: unknown, currency: unknown = 'CHF') => ({ type: 'money', amount, currency });

describe('fact schema', () => {
  it('accepts successive regimes, each value type, and a first regime of unknown start', () => {
    expect(issuesOf(factSchema, validFact())).toEqual([]);
    for (const value of [
      money(450),
      { type: 'percent', value: 90 },
      { type: 'duration', amount: 6, unit: 'months' },
      { type: 'date', date: '2027-01-01' },
      { type: 'count', value: 50 },
    ]) {
      expect(issuesOf(factSchema, withRegimes({ value, source }))).toEqual([]);
    }
    const parsed = factSchema.parse(validFact());
    expect(parsed.regimes[1]!.validFrom).toEqual(new Date('2027-01-01T00:00:00Z'));
  });

  it.each([
    [
      'an id without a jurisdiction',
      { ...validFact(), id: 'patent.renewal' },
      'id: expected a fact id: it, ch, eu or int, then lower-case words separated by dots, e.g. "ch.patent.renewal" — got "patent.renewal"',
    ],
    [
      'a label in one language only',
      { ...validFact(), label: { it: 'Tasse' } },
      'label.en: is required but missing (expected text)',
    ],
    [
      'an unknown currency',
      withRegimes({ value: money(200, 'USD'), source }),
      'regimes[0].value.currency: expected a currency code: CHF or EUR — got "USD"',
    ],
    [
      'an amount written with separators',
      withRegimes({ value: money('2.500'), source }),
      'regimes[0].value.amount: expected an amount as a plain number, e.g. 450 (no currency sign, no separators) — got "2.500"',
    ],
    [
      'an unknown value type',
      withRegimes({ value: { type: 'price', amount: 2 }, source }),
      'regimes[0].value.type: expected "type:" money, percent, duration, date, count, schedule or text — got "price"',
    ],
    [
      'a schedule with a missing year',
      withRegimes({ value: { type: 'schedule', currency: 'CHF', amounts: { 4: 100, 6: 140 } }, source }),
      'regimes[0].value.amounts: year 5 is missing: the schedule runs from year 4 to year 6, so every year in between needs an amount',
    ],
    [
      'a regime that ends before it starts',
      withRegimes({ validFrom: '2027-01-01', validUntil: '2026-12-31', value: money(200), source }),
      'regimes[0].validUntil: "validUntil" (2026-12-31) is before "validFrom" (2027-01-01): a regime must end after it starts',
    ],
    [
      'overlapping regimes',
      withRegimes(
        { validFrom: '2019-07-01', value: money(200), source },
        { validFrom: '2027-01-01', value: money(250), source },
      ),
      'regimes[0].validUntil: overlaps the next regime, which starts on 2027-01-01: set "validUntil" of this one to the day before (or earlier)',
    ],
    [
      'regimes out of order',
      withRegimes(
        { validFrom: '2027-01-01', value: money(250), source },
        { validFrom: '2019-07-01', value: money(200), source },
      ),
      'regimes[1].validFrom: regimes must be listed oldest first: this one starts on 2019-07-01, not after the one above (2027-01-01)',
    ],
    [
      'a later regime without a start',
      withRegimes({ validUntil: '2026-12-31', value: money(200), source }, { value: money(250), source }),
      'regimes[1].validFrom: is required: every regime after the first starts on a known day (YYYY-MM-DD)',
    ],
    [
      'a review date before the last review',
      { ...validFact(), reviewBy: '2025-01-01' },
      'reviewBy: "reviewBy" (2025-01-01) is before the last review (2026-01-15): set the date of the next check',
    ],
    [
      'a source over http',
      withRegimes({ value: money(200), source: { title: 'IPI', url: 'http://www.ige.ch/' } }),
      'regimes[0].source.url: expected a full web address starting with https://, e.g. https://www.example.org/page — got "http://www.ige.ch/"',
    ],
  ])('rejects %s', (_case, input, expected) => {
    expect(issuesOf(factSchema, input)).toEqual([expected]);
  });
});
