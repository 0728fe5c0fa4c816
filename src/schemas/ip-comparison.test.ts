import { describe, expect, it } from 'vitest';
import { ipComparisonRowSchema, ipComparisonSchema } from './ip-comparison.ts';
import { issuesOf, reviewed, source, withField } from './test-support.ts';

const guideSlugs = ['patents-italy', 'trademarks'];
const rowSchema = ipComparisonRowSchema({ guideSlugs });
const fileSchema = ipComparisonSchema({ guideSlugs });

function validCell(fact: string) {
  return { text: { it: `${fact} (it)`, en: fact }, source: { ...source } };
}

function validRow(id = 'patent-term') {
  return {
    id,
    aspect: { it: 'Durata del brevetto', en: 'Patent term' },
    guide: 'patents-italy',
    lawAsOf: '2026-01-01',
    reviewed,
    cells: { IT: validCell('20 years'), CH: validCell('20 years'), EU: validCell('20 years') },
  };
}

describe('IP comparison row schema', () => {
  it('accepts a complete row, with or without a "to be checked" note on a cell', () => {
    expect(issuesOf(rowSchema, validRow())).toEqual([]);
    const flagged = withField(validRow(), 'cells.CH.toBeChecked', {
      it: 'Le fonti indicano metà 2026 oppure il 2027.',
      en: 'Sources give mid-2026 or 2027.',
    });
    expect(issuesOf(rowSchema, flagged)).toEqual([]);
    expect(rowSchema.parse(flagged).lawAsOf).toEqual(new Date('2026-01-01T00:00:00Z'));
  });

  it('accepts a row without a law date: the page takes it from the facts its cells use', () => {
    expect(issuesOf(rowSchema, withField(validRow(), 'lawAsOf', undefined))).toEqual([]);
  });

  it.each([
    [
      'a row id that is not a slug',
      'id',
      'Patent Term',
      'id: expected lower-case letters, digits and hyphens only, e.g. "textile-finishing"',
    ],
    [
      'an aspect without its English text',
      'aspect.en',
      undefined,
      'aspect.en: is required but missing (expected text)',
    ],
    [
      'a guide that does not exist',
      'guide',
      'patent-italy',
      'guide: no IP guide "patent-italy" in content/ip-guides/ (did you mean "patents-italy"?)',
    ],
    [
      'a law date after the review',
      'lawAsOf',
      '2026-02-01',
      'lawAsOf: "lawAsOf" cannot be later than the review date: the law can only be known as of when it was checked',
    ],
    ['a missing column', 'cells.EU', undefined, 'cells.EU: is required but missing (expected a group of fields)'],
    [
      'an unknown column',
      'cells.DE',
      validCell('20 years'),
      'cells: unknown field "DE"; allowed fields here: IT, CH, EU',
    ],
    [
      'a cell without its source',
      'cells.IT.source',
      undefined,
      'cells.IT.source: is required but missing (expected a group of fields)',
    ],
    [
      'a source that is not https',
      'cells.CH.source.url',
      'http://www.ige.ch/',
      'cells.CH.source.url: expected a full web address starting with https://, e.g. https://www.example.org/page — got "http://www.ige.ch/"',
    ],
    ['an empty cell text', 'cells.IT.text.it', '  ', 'cells.IT.text.it: must not be empty'],
    [
      'a "to be checked" note in one language only',
      'cells.EU.toBeChecked',
      { en: 'Sources disagree.' },
      'cells.EU.toBeChecked.it: is required but missing (expected text)',
    ],
    [
      'a misspelt field',
      'sources',
      [source],
      ': unknown field "sources"; allowed fields here: id, aspect, guide, lawAsOf, reviewed, cells',
    ],
  ])('rejects %s', (_case, path, value, message) => {
    expect(issuesOf(rowSchema, withField(validRow(), path, value))).toEqual([message]);
  });
});

describe('IP comparison file schema', () => {
  it('accepts a list of rows with distinct ids', () => {
    expect(issuesOf(fileSchema, [validRow('patent-term'), validRow('trademark-term')])).toEqual([]);
  });

  it.each([
    ['an empty file', [], ': needs at least one row'],
    [
      'a group of fields instead of a list',
      validRow(),
      ': expected a list of rows, each starting with "- id:" — got a group of fields',
    ],
    [
      'two rows with the same id',
      [validRow('patent-term'), validRow('patent-term')],
      '[1].id: the id "patent-term" is used by an earlier row: each row needs its own id',
    ],
  ])('rejects %s', (_case, input, message) => {
    expect(issuesOf(fileSchema, input)).toEqual([message]);
  });
});
