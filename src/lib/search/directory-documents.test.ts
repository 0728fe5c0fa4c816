import { describe, expect, it } from 'vitest';
import type { DirectoryCompany } from '../directory/model.ts';
import { directoryDocument, type DirectoryLabels } from './directory-documents.ts';

const labels: DirectoryLabels = {
  division: (division) => `Division ${division}`,
  size: (size) => `size ${size}`,
  country: (country) => `country ${country}`,
  companies: (count) => `${count} companies`,
};

function company(id: string, name: string, description: DirectoryCompany['description'] = {}): DirectoryCompany {
  return {
    id,
    name,
    country: 'IT',
    region: 'lecco',
    municipality: 'Valmadrera',
    place: 'valmadrera',
    postcode: '23868',
    sectorCode: '13.30',
    division: '13',
    size: 'small',
    description,
    example: true,
  };
}

describe('directoryDocument', () => {
  const group = {
    place: 'valmadrera',
    division: '13',
    size: 'small' as const,
    companies: [
      company('lc-000001', 'Alfa <Tessuti> & C.', { it: 'Tintoria', en: 'Dye house' }),
      company('lc-000002', 'Beta'),
    ],
  };

  it('points at the size band of the municipality and division page', () => {
    expect(directoryDocument(group, 'it', labels).url).toBe('/it/directory/places/valmadrera/13/#size-small');
    expect(directoryDocument(group, 'en', labels).url).toBe('/en/directory/places/valmadrera/13/#size-small');
  });

  it('makes each company a heading with its id, so Pagefind links to its row', () => {
    const { content } = directoryDocument(group, 'it', labels);
    expect(content).toContain('<h2 id="lc-000001">Alfa &#60;Tessuti&#62; &#38; C.</h2>');
    expect(content).toContain('<h2 id="lc-000002">Beta</h2>');
    expect(content).not.toContain('<Tessuti>');
  });

  it('carries the four filters and the card metadata', () => {
    const { content } = directoryDocument(group, 'it', labels);
    for (const field of [
      'data-pagefind-filter="sector:13"',
      'data-pagefind-filter="municipality:valmadrera"',
      'data-pagefind-filter="country:IT"',
      'data-pagefind-filter="size:small"',
      'data-pagefind-meta="kind:directory"',
      'data-pagefind-meta="title:Division 13 — Valmadrera"',
      'data-pagefind-meta="summary:2 companies · size small"',
    ]) {
      expect(content).toContain(field);
    }
  });

  it('indexes the description in the page language only', () => {
    expect(directoryDocument(group, 'it', labels).content).toContain('Tintoria');
    expect(directoryDocument(group, 'it', labels).content).not.toContain('Dye house');
    expect(directoryDocument(group, 'en', labels).content).toContain('Dye house');
  });

  it('declares the language so Pagefind puts the record in the right index', () => {
    expect(directoryDocument(group, 'en', labels).content).toContain('<html lang="en">');
  });
});
