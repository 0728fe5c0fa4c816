import { describe, expect, it } from 'vitest';
import { formatFactValue } from './format.ts';

const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');

describe('fact values in each language', () => {
  it.each([
    [{ type: 'money', amount: 2500, currency: 'EUR' } as const, '2.500 EUR', 'EUR 2,500'],
    [{ type: 'money', amount: 450, currency: 'CHF' } as const, '450 CHF', 'CHF 450'],
    [{ type: 'money', amount: 100000, currency: 'CHF' } as const, '100.000 CHF', 'CHF 100,000'],
    [{ type: 'duration', amount: 6, unit: 'months' } as const, '6 mesi', '6 months'],
    [{ type: 'duration', amount: 1, unit: 'years' } as const, '1 anno', '1 year'],
    [{ type: 'percent', value: 90 } as const, '90%', '90%'],
    [{ type: 'count', value: 50 } as const, '50', '50'],
    [{ type: 'date', date: new Date('2027-01-01T00:00:00Z') } as const, '1 gennaio 2027', '1 January 2027'],
    [
      { type: 'schedule', currency: 'CHF', amounts: { '4': 100, '5': 120, '20': 960 } } as const,
      'da 100 CHF (4° anno) a 960 CHF (20° anno)',
      'from CHF 100 (year 4) to CHF 960 (year 20)',
    ],
  ])('%j', (value, italian, english) => {
    expect(nbsp(formatFactValue(value, 'it'))).toBe(italian);
    expect(nbsp(formatFactValue(value, 'en'))).toBe(english);
  });
});
