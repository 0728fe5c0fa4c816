import { describe, expect, it } from 'vitest';
import { factsWithValue, findTypedFigures } from './typed-figures.ts';

const figures = (text: string) =>
  findTypedFigures(text).map(({ text: found, amount, currency, unit }) => ({ found, amount, currency, unit }));

describe('figures typed into prose', () => {
  it.each([
    ['Il deposito costa CHF 200.', [{ found: 'CHF 200', amount: 200, currency: 'CHF', unit: undefined }]],
    ['fino a 2.500 euro per i brevetti', [{ found: '2.500 euro', amount: 2500, currency: 'EUR', unit: undefined }]],
    ['up to EUR 2,500', [{ found: 'EUR 2,500', amount: 2500, currency: 'EUR', unit: undefined }]],
    ["CHF 3'000 circa", [{ found: "CHF 3'000", amount: 3000, currency: 'CHF', unit: undefined }]],
    ['€ 700 at most', [{ found: '€ 700', amount: 700, currency: 'EUR', unit: undefined }]],
    ['6 mesi prima', [{ found: '6 mesi', amount: 6, currency: undefined, unit: 'months' }]],
    ['a 12-month grace period', [{ found: '12-month', amount: 12, currency: undefined, unit: 'months' }]],
    ['lasts 20 years', [{ found: '20 years', amount: 20, currency: undefined, unit: 'years' }]],
  ])('finds the figure in "%s"', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it.each(['Law 102/2023 of 23 August 2023', 'Since 2019, the IPI…', 'art. 29(2)(a)', 'in a few weeks'])(
    'leaves "%s" alone',
    (text) => {
      expect(findTypedFigures(text)).toEqual([]);
    },
  );

  it('names the facts that hold the same value', () => {
    const source = { title: 'x', url: 'https://www.example.org/' };
    const facts = [
      {
        id: 'ch.trademark.filing',
        regimes: [{ value: { type: 'money', amount: 450, currency: 'CHF' } as const, source }],
      },
      { id: 'eu.fee', regimes: [{ value: { type: 'money', amount: 450, currency: 'EUR' } as const, source }] },
    ];
    const [figure] = findTypedFigures('CHF 450');
    expect(factsWithValue(figure!, facts)).toEqual(['ch.trademark.filing']);
  });
});
