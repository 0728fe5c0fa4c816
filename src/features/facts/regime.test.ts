import { describe, expect, it } from 'vitest';
import { factSchema } from '#schemas/fact.ts';
import { viewFact } from './regime.ts';

const source = { title: 'IPI', url: 'https://www.ige.ch/' };
const fact = factSchema.parse({
  id: 'ch.patent.examination',
  label: { it: 'Esame', en: 'Examination' },
  regimes: [
    { validUntil: '2026-12-31', value: { type: 'money', amount: 500, currency: 'CHF' }, source },
    { validFrom: '2027-01-01', value: { type: 'money', amount: 400, currency: 'CHF' }, source },
  ],
  reviewed: { date: '2026-12-01', by: 'Test' },
  reviewBy: '2027-06-30',
});
const amountShown = (on: string) => {
  const view = viewFact(fact, new Date(`${on}T00:00:00Z`));
  const amount = (regime: (typeof fact.regimes)[number] | undefined) =>
    regime?.value.type === 'money' ? regime.value.amount : undefined;
  return { status: view.status, shown: amount(view.shown), next: amount(view.next), previous: amount(view.previous) };
};

describe('which regime a page shows', () => {
  it('shows the current value alone while no change is within 90 days', () => {
    expect(amountShown('2026-09-01')).toEqual({ status: 'current', shown: 500, next: undefined, previous: undefined });
  });

  it('announces the next value from 90 days before it starts', () => {
    expect(amountShown('2026-10-03')).toEqual({ status: 'current', shown: 500, next: 400, previous: undefined });
    expect(amountShown('2026-12-06')).toEqual({ status: 'current', shown: 500, next: 400, previous: undefined });
    expect(amountShown('2026-12-31')).toEqual({ status: 'current', shown: 500, next: 400, previous: undefined });
  });

  it('switches on the first day of the new regime and keeps the old one for 90 days', () => {
    expect(amountShown('2027-01-01')).toEqual({ status: 'current', shown: 400, next: undefined, previous: 500 });
    expect(amountShown('2027-03-31')).toEqual({ status: 'current', shown: 400, next: undefined, previous: 500 });
    expect(amountShown('2027-04-01')).toEqual({ status: 'current', shown: 400, next: undefined, previous: undefined });
  });

  it('shows a value that has not started yet as upcoming, and one that ended as ended', () => {
    const later = factSchema.parse({ ...fact, regimes: [fact.regimes[1]] });
    expect(viewFact(later, new Date('2026-12-06T00:00:00Z')).status).toBe('upcoming');
    const edition = factSchema.parse({
      ...fact,
      regimes: [
        {
          validFrom: '2026-02-02',
          validUntil: '2026-12-04',
          value: { type: 'money', amount: 2500, currency: 'EUR' },
          source,
        },
      ],
    });
    expect(viewFact(edition, new Date('2026-12-06T00:00:00Z')).status).toBe('ended');
    expect(viewFact(edition, new Date('2026-06-01T00:00:00Z')).status).toBe('current');
  });
});
