import { describe, expect, it } from 'vitest';
import { synonymsSchema } from './search-synonyms.ts';
import { issuesOf } from './test-support.ts';

const water = { it: ['acqua', 'idrico', 'idrica'], en: ['water'] };
const dyeing = { it: ['tintura', 'tintoria'], en: ['dyeing', 'dye'], note: 'A tintoria is a dye house.' };

describe('search synonyms schema', () => {
  it('accepts groups in both languages, a note, accents, hyphens and apostrophes', () => {
    const groups = [water, dyeing, { it: ['novità', 'novita', "d'autore"], en: ['know-how', 'co2'] }];
    expect(issuesOf(synonymsSchema, groups)).toEqual([]);
  });

  it('accepts a group in one language only and gives the other an empty list', () => {
    expect(synonymsSchema.parse([{ it: ['tintoria', 'tintorie'] }])).toEqual([
      { it: ['tintoria', 'tintorie'], en: [] },
    ]);
  });

  it('lets the same word stand in both languages of one group, or in two groups of different languages', () => {
    const groups = [
      { it: ['design', 'disegno'], en: ['design'] },
      { it: ['robot'], en: ['cobot'] },
      { it: ['cobot'], en: ['robot', 'robots'] },
    ];
    expect(issuesOf(synonymsSchema, groups)).toEqual([]);
  });

  it.each([
    [
      'a phrase instead of one word',
      [{ it: ['risparmio idrico'], en: ['water'] }],
      '[0].it[0]: expected one word in lower case, without spaces: write a phrase as separate groups',
    ],
    [
      'a word in upper case',
      [{ it: ['acqua'], en: ['Water'] }],
      '[0].en[0]: expected one word in lower case, without spaces: write a phrase as separate groups',
    ],
    [
      'an abbreviation in capitals',
      [water, { it: ['UIBM'], en: ['uibm'] }],
      '[1].it[0]: expected one word in lower case, without spaces: write a phrase as separate groups',
    ],
    [
      'a group with one word',
      [water, { it: ['brevetto'] }],
      '[1]: a group needs at least two words (in either language): one word alone relates to nothing',
    ],
    [
      'a group with no words',
      [{ it: [], en: [] }],
      '[0]: a group needs at least two words (in either language): one word alone relates to nothing',
    ],
    [
      'an Italian word in two groups',
      [water, dyeing, { it: ['acque', 'acqua'], en: ['waters'] }],
      '[2].it: "acqua" is also in group 1: merge the two groups or keep the word in one',
    ],
    [
      'an English word in two groups',
      [water, { it: ['mare'], en: ['sea', 'water'] }],
      '[1].en: "water" is also in group 1: merge the two groups or keep the word in one',
    ],
    [
      'an unknown field',
      [{ ...water, nota: 'Acqua.' }],
      '[0]: unknown field "nota" (did you mean "note"?); allowed fields here: it, en, note',
    ],
    [
      'a word that is not text',
      [{ it: ['acqua', 42], en: ['water'] }],
      '[0].it[1]: expected a word in lower case, e.g. "acqua" — got 42',
    ],
    [
      'words written as one text instead of a list',
      [{ it: 'acqua, idrico', en: ['water'] }],
      '[0].it: expected a list of Italian words, e.g. [acqua, idrico] — got "acqua, idrico"',
    ],
    [
      'a single group instead of a list',
      water,
      ': expected a list of groups, each starting with "- it:" — got a group of fields',
    ],
  ])('rejects %s', (_case, input, expected) => {
    expect(issuesOf(synonymsSchema, input)).toEqual([expected]);
  });

  it('names every repeated word, each at its second group', () => {
    const groups = [water, dyeing, { it: ['acqua', 'tintura'], en: ['water'] }];
    expect(issuesOf(synonymsSchema, groups)).toEqual([
      '[2].it: "acqua" is also in group 1: merge the two groups or keep the word in one',
      '[2].it: "tintura" is also in group 2: merge the two groups or keep the word in one',
      '[2].en: "water" is also in group 1: merge the two groups or keep the word in one',
    ]);
  });
});
