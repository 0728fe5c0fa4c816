import { describe, expect, it } from 'vitest';
import { ipDecisionSchema, markets, protectionNeeds } from './ip-decision.ts';
import { issuesOf, reviewed, source, withField } from './test-support.ts';

const schema = ipDecisionSchema({ guideSlugs: ['patents-italy', 'trademarks', 'designs'] });

const choice = (name: string) => ({
  label: { it: `${name} (it)`, en: name },
  hint: { it: `Che cosa copre: ${name}.`, en: `What it covers: ${name}.` },
});

const advice = (guide: string, only?: string[]) => ({
  guide,
  ...(only ? { markets: only } : {}),
  reason: { it: `Perché leggere ${guide}.`, en: `Why read ${guide}.` },
  reviewed,
  sources: [{ ...source }],
});

/** The smallest valid file: every need and market labelled, two guides for every need everywhere. */
function validFile(): Record<string, unknown> {
  return {
    needs: Object.fromEntries(protectionNeeds.map((need) => [need, choice(need)])),
    markets: Object.fromEntries(markets.map((market) => [market, choice(market)])),
    advice: Object.fromEntries(protectionNeeds.map((need) => [need, [advice('patents-italy'), advice('trademarks')]])),
  };
}

describe('IP decision helper schema', () => {
  it('accepts a complete file, with advice limited to some markets', () => {
    expect(issuesOf(schema, validFile())).toEqual([]);
    const limited = withField(validFile(), 'advice.brand', [
      advice('patents-italy'),
      advice('trademarks', ['italy', 'eu']),
      advice('designs', ['switzerland', 'worldwide']),
    ]);
    expect(issuesOf(schema, limited)).toEqual([]);
    expect(schema.parse(limited).advice.brand[0]!.reviewed.date).toEqual(new Date('2026-01-15T00:00:00Z'));
  });

  it.each([
    [
      'a need without its label',
      'needs.look',
      undefined,
      'needs.look: is required but missing (expected a group of fields)',
    ],
    [
      'a misspelt need',
      'needs.brands',
      choice('brand'),
      'needs: unknown field "brands" (did you mean "brand"?); allowed fields here: invention, improvement, brand, look, know-how, software',
    ],
    [
      'a hint without English',
      'markets.eu.hint.en',
      undefined,
      'markets.eu.hint.en: is required but missing (expected text)',
    ],
    [
      'a guide that does not exist',
      'advice.invention',
      [advice('patent-italy'), advice('trademarks')],
      'advice.invention[0].guide: no IP guide "patent-italy" in content/ip-guides/ (did you mean "patents-italy"?)',
    ],
    [
      'an unknown market',
      'advice.brand',
      [advice('patents-italy'), advice('trademarks', ['ticino'])],
      'advice.brand[1].markets[0]: expected one of the markets: italy, switzerland, eu, worldwide — got "ticino"',
    ],
    [
      'advice without sources',
      'advice.look',
      [advice('patents-italy'), { ...advice('trademarks'), sources: [] }],
      'advice.look[1].sources: needs at least one source, so readers can check the facts',
    ],
    [
      'advice without a review date',
      'advice.software',
      [advice('patents-italy'), { ...advice('trademarks'), reviewed: { by: 'Editorial team' } }],
      'advice.software[1].reviewed.date: is required but missing (expected a date written as YYYY-MM-DD, e.g. 2026-03-31)',
    ],
  ])('rejects %s', (_name, field, value, message) => {
    expect(issuesOf(schema, withField(validFile(), field, value))).toEqual([message]);
  });

  it('refuses advice that a page could never show, and a result with a single guide', () => {
    const repeated = withField(validFile(), 'advice.invention', [
      advice('patents-italy', ['italy']),
      advice('trademarks'),
      advice('designs'),
      advice('patents-italy', ['italy', 'eu']),
    ]);
    expect(issuesOf(schema, repeated)).toEqual([
      'advice.invention[3].markets: an earlier advice of "invention" already leads to "patents-italy" for italy: each page shows a guide once, so this one would never appear there; merge the two or give them different markets',
    ]);
    const thin = withField(validFile(), 'advice.know-how', [advice('patents-italy'), advice('trademarks', ['italy'])]);
    expect(issuesOf(schema, thin)).toEqual(
      ['switzerland', 'eu', 'worldwide'].map(
        (market) =>
          `advice.know-how: leads to only one guide for the market "${market}": every result page needs at least 2 guides`,
      ),
    );
  });
});
