import { describe, expect, it } from 'vitest';
import { findBrokenReferences, findTranslationMismatches, type TranslationFacts } from './integrity.ts';

const companies = { noun: 'company', folder: 'content/companies/', known: new Set(['lario-tessile', 'alpi-molle']) };
const centres = { noun: 'research centre', folder: 'content/research-centres/', known: new Set(['supsi']) };

describe('findBrokenReferences', () => {
  it('accepts references that resolve', () => {
    expect(
      findBrokenReferences([
        {
          file: 'content/case-studies/it/a.mdx',
          fields: [
            { field: 'companies', ids: ['lario-tessile', 'alpi-molle'], target: companies },
            { field: 'researchCentres', ids: ['supsi'], target: centres },
          ],
        },
      ]),
    ).toEqual([]);
  });

  it('names the file, the field with its position, the missing id and a likely fix', () => {
    const problems = findBrokenReferences([
      {
        file: 'content/case-studies/en/a.mdx',
        fields: [
          { field: 'companies', ids: ['alpi-molle', 'lario-tesile'], target: companies },
          { field: 'researchCentres', ids: ['eth'], target: centres },
        ],
      },
    ]);
    expect(problems).toEqual([
      'content/case-studies/en/a.mdx: field "companies[1]": no company with id "lario-tesile" in content/companies/ (did you mean "lario-tessile"?)',
      'content/case-studies/en/a.mdx: field "researchCentres[0]": no research centre with id "eth" in content/research-centres/ (ids are file names there, without the extension)',
    ]);
  });
});

describe('findTranslationMismatches', () => {
  const version = (lang: 'it' | 'en', facts: Record<string, unknown>): TranslationFacts => ({
    file: `content/case-studies/${lang}/a.mdx`,
    slug: 'a',
    lang,
    facts,
  });

  it('accepts translations that state the same facts', () => {
    const facts = { date: new Date('2025-05-01'), trl: { before: 4, after: 7 }, companies: ['x'] };
    expect(findTranslationMismatches([version('en', facts), version('it', { ...facts })])).toEqual([]);
  });

  it('reports each differing field against the Italian version', () => {
    const problems = findTranslationMismatches([
      version('en', { date: new Date('2025-05-02'), trl: { before: 4, after: 7 } }),
      version('it', { date: new Date('2025-05-01'), trl: { before: 4, after: 7 } }),
    ]);
    expect(problems).toEqual([
      'content/case-studies/en/a.mdx: field "date" is "2025-05-02" here but "2025-05-01" in the Italian version (content/case-studies/it/a.mdx); facts must be the same in both languages',
    ]);
  });

  it('leaves stories with one language alone', () => {
    expect(findTranslationMismatches([version('it', { date: new Date('2025-05-01') })])).toEqual([]);
  });
});
