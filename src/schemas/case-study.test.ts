import { describe, expect, it } from 'vitest';
import { caseStudySchema } from './case-study.ts';
import { plainImage, plainReference } from './context.ts';
import { issuesOf, reviewed, source, vocabulary, withField } from './test-support.ts';

const schema = caseStudySchema({ vocabulary, reference: plainReference, image: plainImage });

const validStory = {
  title: 'A dye house cuts its water use by a third',
  summary: 'Measuring first, then changing the rinses.',
  date: '2025-10-15',
  example: true,
  sectors: ['textiles'],
  expertise: ['water-resource-efficiency'],
  companies: ['tintoria-esempio'],
  researchCentres: ['polimi-lecco'],
  fundingInstrument: 'self-funded',
  trl: { before: 5, after: 7 },
  ipOutcome: 'trade-secret',
  results: [{ metric: 'Water per kg', before: '120 L', after: '78 L' }],
  cover: { src: './cover.jpg', alt: 'Dyeing machines' },
  reviewed,
};

describe('case study schema', () => {
  it('accepts a complete story and resolves references to ids', () => {
    expect(issuesOf(schema, validStory)).toEqual([]);
    const parsed = schema.parse(validStory);
    expect(parsed.companies).toEqual([{ id: 'tintoria-esempio', collection: 'companies' }]);
    expect(parsed.researchCentres).toEqual([{ id: 'polimi-lecco', collection: 'researchCentres' }]);
    expect(parsed.date).toEqual(new Date('2025-10-15T00:00:00Z'));
  });

  it.each([
    [
      'a summary that is too long',
      'summary',
      'x'.repeat(321),
      'summary: keep the summary under 320 characters: it is shown on cards and in search results',
    ],
    [
      'an unknown expertise area',
      'expertise',
      ['cooking'],
      'expertise[0]: expected one of textile-processes, water-resource-efficiency, robotics-automation — got "cooking" (to add a new term, edit content/taxonomies/expertise-areas.yaml)',
    ],
    [
      'a story without companies',
      'companies',
      [],
      'companies: needs at least one company (an id from content/companies/)',
    ],
    [
      'an unknown funding instrument',
      'fundingInstrument',
      'interreg',
      'fundingInstrument: expected one of interreg-it-ch, self-funded — got "interreg" (did you mean "interreg-it-ch"?)',
    ],
    ['a TRL above 9', 'trl.after', 10, 'trl.after: TRL ends at 9'],
    [
      'a TRL that is not a whole number',
      'trl.before',
      4.5,
      'trl.before: expected a whole number from 1 to 9 — got 4.5',
    ],
    ['a TRL that goes down', 'trl', { before: 6, after: 4 }, 'trl.after: TRL "after" cannot be lower than "before"'],
    [
      'an unknown IP outcome',
      'ipOutcome',
      'patent',
      'ipOutcome: expected one of patent-filed, patent-granted, utility-model, design, trademark, licence, trade-secret, open-publication, none — got "patent"',
    ],
    [
      'a result without its value',
      'results',
      [{ metric: 'Water' }],
      'results[0].after: is required but missing (expected text)',
    ],
    [
      'a cover image without alt text',
      'cover',
      { src: './cover.jpg' },
      'cover.alt: is required but missing (expected text)',
    ],
    ['a future date', 'date', '2999-05-01', 'date: must not be in the future'],
  ])('rejects %s', (_case, path, value, message) => {
    expect(issuesOf(schema, withField(validStory, path, value))).toEqual([message]);
  });

  it('asks real stories for sources and accepts them with one', () => {
    const real = withField(validStory, 'example', false);
    expect(issuesOf(schema, real)).toEqual([
      'sources: needs at least one source, so readers can check the facts (only fictional examples with "example: true" may have none)',
    ]);
    expect(issuesOf(schema, { ...real, sources: [source] })).toEqual([]);
  });
});
