import { describe, expect, it } from 'vitest';
import { ipGuideSchema } from './ip-guide.ts';
import { issuesOf, reviewed, source, vocabulary, withField } from './test-support.ts';

const schema = ipGuideSchema({ vocabulary });

const validGuide = {
  title: 'Patent before the fair',
  summary: 'Why you file before you show.',
  topic: 'patents',
  jurisdictions: ['IT', 'CH', 'EU'],
  lawAsOf: '2026-01-01',
  reviewed,
  sources: [source],
  toBeChecked: ['Entry into force of the Swiss reform'],
};

describe('IP guide schema', () => {
  it('accepts a complete guide', () => {
    expect(issuesOf(schema, validGuide)).toEqual([]);
    expect(schema.parse(withField(validGuide, 'toBeChecked', undefined)).toBeChecked).toEqual([]);
  });

  it('accepts a guide without a law date: the site takes it from the facts it uses', () => {
    expect(issuesOf(schema, withField(validGuide, 'lawAsOf', undefined))).toEqual([]);
  });

  it.each([
    [
      'an unknown topic',
      'topic',
      'patent',
      'topic: expected one of patents, trademarks — got "patent" (did you mean "patents"?)',
    ],
    [
      'an unknown jurisdiction',
      'jurisdictions',
      ['DE'],
      'jurisdictions[0]: expected IT, CH, EU or INT (international) — got "DE"',
    ],
    ['no jurisdiction', 'jurisdictions', [], 'jurisdictions: needs at least one jurisdiction'],
    [
      'a law date after the review',
      'lawAsOf',
      '2026-02-01',
      'lawAsOf: "lawAsOf" cannot be later than the review date: the law can only be known as of when it was checked',
    ],
    ['no sources', 'sources', [], 'sources: needs at least one source, so readers can check the facts'],
  ])('rejects %s', (_case, path, value, message) => {
    expect(issuesOf(schema, withField(validGuide, path, value))).toEqual([message]);
  });
});
