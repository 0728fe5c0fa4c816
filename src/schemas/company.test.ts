import { describe, expect, it } from 'vitest';
import { companySchema } from './company.ts';
import { issuesOf, reviewed, source, vocabulary, withField } from './test-support.ts';

const schema = companySchema({ vocabulary });

const validCompany = {
  name: 'Tintoria Esempio S.r.l.',
  example: true,
  country: 'IT',
  region: 'lecco',
  municipality: 'Valmadrera',
  sectors: ['textiles'],
  sizeBand: 'small',
  founded: 1978,
  capabilities: ['textile-processes'],
  offers: [
    {
      title: { it: 'Tintura conto terzi', en: 'Commission dyeing' },
      description: { it: 'Piccoli lotti.', en: 'Small batches.' },
      expertise: ['textile-processes'],
      trl: 9,
    },
  ],
  seeks: [
    {
      title: { it: 'Meno acqua', en: 'Less water' },
      description: { it: 'Ridurre i consumi.' },
      expertise: ['water-resource-efficiency'],
    },
  ],
  languages: ['it', 'en'],
  description: { it: 'Tintoria.', en: 'Dye house.' },
  reviewed,
};

describe('company schema', () => {
  it('accepts a complete example profile without sources', () => {
    expect(issuesOf(schema, validCompany)).toEqual([]);
    const parsed = schema.parse(validCompany);
    expect(parsed.certifications).toEqual([]);
    expect(parsed.reviewed.date).toEqual(new Date('2026-01-15T00:00:00Z'));
  });

  it('accepts a real profile with sources', () => {
    const real = { ...withField(validCompany, 'example', false), sources: [source] };
    expect(issuesOf(schema, real)).toEqual([]);
  });

  it.each([
    [
      'a typo in a field name',
      'sektor',
      'x',
      ': unknown field "sektor" (did you mean "sectors"?); allowed fields here: name, example, country, region, municipality, sectors, sizeBand, founded, capabilities, certifications, offers, seeks, languages, website, contact, description, reviewed, sources',
    ],
    ['a missing name', 'name', undefined, 'name: is required but missing (expected text)'],
    ['an empty name', 'name', '  ', 'name: must not be empty'],
    ['an unknown country', 'country', 'DE', 'country: expected IT (Italy) or CH (Switzerland) — got "DE"'],
    [
      'a sector that is not in the vocabulary',
      'sectors',
      ['textile'],
      'sectors[0]: expected one of textiles, mechatronics, life-sciences — got "textile" (did you mean "textiles"?)',
    ],
    [
      'a sector given as text instead of a list',
      'sectors',
      'textiles',
      'sectors: expected a list of sectors, one per line starting with "- " — got "textiles"',
    ],
    ['no sectors', 'sectors', [], 'sectors: needs at least one of the sectors'],
    [
      'a repeated capability',
      'capabilities',
      ['textile-processes', 'textile-processes'],
      'capabilities: lists the same expertise area twice',
    ],
    [
      'an unknown size band',
      'sizeBand',
      'huge',
      'sizeBand: expected micro (<10 staff), small (<50), medium (<250) or large — got "huge"',
    ],
    ['a founding year in words', 'founded', 'nineteen', 'founded: expected a year such as 1987 — got "nineteen"'],
    [
      'a description in no language',
      'description',
      {},
      'description: needs the text in at least one language: add "it:" and, if you can, "en:"',
    ],
    [
      'a website without https',
      'website',
      'http://www.example.org',
      'website: expected a full web address starting with https://, e.g. https://www.example.org/page — got "http://www.example.org"',
    ],
    [
      'a javascript: link',
      'website',
      'javascript:alert(1)',
      'website: expected a full web address starting with https://, e.g. https://www.example.org/page — got "javascript:alert(1)"',
    ],
    [
      'a review date that is not a date',
      'reviewed.date',
      '2026-13-01',
      'reviewed.date: expected a date written as YYYY-MM-DD, e.g. 2026-03-31 — got "2026-13-01"',
    ],
    ['a review date in the future', 'reviewed.date', '2999-01-01', 'reviewed.date: must not be in the future'],
  ])('rejects %s', (_case, path, value, message) => {
    expect(issuesOf(schema, withField(validCompany, path, value))).toEqual([message]);
  });

  it('rejects a description in an unknown language, and says which are needed', () => {
    expect(issuesOf(schema, withField(validCompany, 'description', { de: 'Färberei' }))).toEqual([
      'description: unknown field "de"; allowed fields here: it, en',
      'description: needs the text in at least one language: add "it:" and, if you can, "en:"',
    ]);
  });

  it('asks real profiles for sources', () => {
    expect(issuesOf(schema, withField(validCompany, 'example', false))).toEqual([
      'sources: needs at least one source, so readers can check the facts (only fictional examples with "example: true" may have none)',
    ]);
  });

  it('rejects a region in the other country', () => {
    expect(issuesOf(schema, withField(validCompany, 'region', 'ticino'))).toEqual([
      'region: region "ticino" is in CH, but "country" says IT',
    ]);
  });

  it('rejects an unknown field inside an offer, naming its position', () => {
    const offers = [{ ...validCompany.offers[0], price: 10 }];
    expect(issuesOf(schema, withField(validCompany, 'offers', offers))).toEqual([
      'offers[0]: unknown field "price"; allowed fields here: title, description, expertise, trl',
    ]);
  });
});
