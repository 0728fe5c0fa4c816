import { describe, expect, it } from 'vitest';
import type { DirectoryCompany } from '#schemas/directory-model.ts';
import { testCompany } from '#features/directory/test-support.ts';
import { directoryDocument, type DivisionNames } from './directory-documents.ts';

const names: DivisionNames = (division) => ({ it: `Divisione ${division}`, en: `Division ${division}` });

const company = (id: string, name: string, description: DirectoryCompany['description'] = {}) =>
  testCompany({ id, name, description, size: 'small' });

describe('directoryDocument', () => {
  const group = {
    place: 'valmadrera',
    division: '13',
    size: 'small' as const,
    page: 1,
    companies: [
      company('lc-000001', 'Alfa <Tessuti> & C.', { it: 'Tintoria', en: 'Dye house' }),
      company('lc-000002', 'Beta'),
    ],
  };

  it('points at the later page of a long group when its companies stand there', () => {
    expect(directoryDocument({ ...group, page: 3 }, names).url).toBe('/it/directory/places/valmadrera/13/3/#lc-000001');
  });

  it('points at the page of the municipality and division, at its first company', () => {
    expect(directoryDocument(group, names).url).toBe('/it/directory/places/valmadrera/13/#lc-000001');
  });

  it('makes each company a heading with its id, so Pagefind links to its row', () => {
    const { content } = directoryDocument(group, names);
    expect(content).toContain('<h2 id="lc-000001">Alfa &#60;Tessuti&#62; &#38; C.</h2>');
    expect(content).toContain('<h2 id="lc-000002">Beta</h2>');
    expect(content).not.toContain('<Tessuti>');
  });

  it('carries the four filters (sector, municipality, province or canton, size) and the ids the search screen turns into words', () => {
    const { content } = directoryDocument(group, names);
    for (const field of [
      'data-pagefind-filter="sector:13"',
      'data-pagefind-filter="municipality:valmadrera"',
      'data-pagefind-filter="region:lecco"',
      'data-pagefind-filter="size:small"',
      'data-pagefind-meta="kind:directory"',
      'data-pagefind-meta="division:13"',
      'data-pagefind-meta="place:valmadrera"',
      'data-pagefind-meta="size:small"',
      'data-pagefind-meta="region:lecco"',
      'data-pagefind-meta="count:2"',
    ]) {
      expect(content).toContain(field);
    }
  });

  it('puts what a company does before its municipality and code, where an excerpt starts', () => {
    const { content } = directoryDocument(group, names);
    expect(content).toContain('<p>Tintoria. Dye house. Valmadrera 23868 · 13.30 Divisione 13 / Division 13.</p>');
  });

  it('ends each sentence with one full stop, never two', () => {
    const { content } = directoryDocument(
      { ...group, companies: [company('lc-000003', 'Gamma', { it: 'Tintoria.', en: 'Dye house!' })] },
      names,
    );
    expect(content).toContain('<p>Tintoria. Dye house! Valmadrera');
  });

  it('holds both languages, so either finds the company', () => {
    const { content } = directoryDocument(group, names);
    for (const words of ['Tintoria', 'Dye house', 'Divisione 13', 'Division 13']) expect(content).toContain(words);
  });
});
