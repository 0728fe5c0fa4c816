import { describe, expect, it } from 'vitest';
import { directoryRowSchema, type DirectoryRowInput } from './directory.ts';
import { issuesOf } from './test-support.ts';

/** A valid row; each case changes one cell. */
function row(cells: Partial<DirectoryRowInput> = {}): DirectoryRowInput {
  return {
    id: 'lc-000123',
    name: 'Tessitura Esempio S.r.l.',
    country: 'IT',
    region: 'lecco',
    municipality: 'Mandello del Lario',
    postcode: '23826',
    sector_code: '13.20.0',
    size: 'small',
    website: 'https://tessitura-esempio.example',
    description_it: 'Tessitura di tessuti per arredamento.',
    description_en: 'Weaving of furnishing fabrics.',
    profile: '',
    example: 'true',
    ...cells,
  };
}

const ticinoRow = (cells: Partial<DirectoryRowInput> = {}) =>
  row({ id: 'ti-000007', country: 'CH', region: 'ticino', municipality: "Sant'Antonino", postcode: '6592', ...cells });

describe('directory row schema', () => {
  it('turns a valid row into a company, with its place slug and division', () => {
    expect(directoryRowSchema.parse(row())).toEqual({
      id: 'lc-000123',
      name: 'Tessitura Esempio S.r.l.',
      country: 'IT',
      region: 'lecco',
      municipality: 'Mandello del Lario',
      place: 'mandello-del-lario',
      postcode: '23826',
      sectorCode: '13.20.0',
      division: '13',
      size: 'small',
      website: 'https://tessitura-esempio.example',
      description: { it: 'Tessitura di tessuti per arredamento.', en: 'Weaving of furnishing fabrics.' },
      example: true,
    });
  });

  it('leaves empty optional cells out altogether', () => {
    const company = directoryRowSchema.parse(
      row({ website: '', description_it: '', description_en: '', profile: 'tessitura-esempio', example: 'false' }),
    );
    expect(company).not.toHaveProperty('website');
    expect(company.description).toEqual({});
    expect(company.profile).toBe('tessitura-esempio');
    expect(company.example).toBe(false);
  });

  it('accepts a Ticino row with a four-digit NOGA class and an apostrophe in the municipality', () => {
    const company = directoryRowSchema.parse(ticinoRow({ sector_code: '26.51' }));
    expect(company.place).toBe('sant-antonino');
    expect(company.division).toBe('26');
  });

  it.each(['13', '13.2', '13.20', '13.20.0', '13.20.00', '01.50.0'])('accepts the sector code %s', (code) => {
    expect(issuesOf(directoryRowSchema, row({ sector_code: code }))).toEqual([]);
  });

  it.each([
    [
      'an id without the six digits',
      { id: 'lc-123' },
      'id: expected an id such as lc-000123 (Lecco) or ti-000123 (Ticino): lc- or ti-, then six digits — got "lc-123"',
    ],
    [
      'a missing id',
      { id: '' },
      'id: is required but missing (expected an id such as lc-000123 (Lecco) or ti-000123 (Ticino): lc- or ti-, then six digits)',
    ],
    [
      'a Ticino id on a Lecco row',
      { id: 'ti-000123' },
      'id: expected an id starting with lc- for a company in Lecco — got "ti-000123"',
    ],
    [
      'a missing name',
      { name: '' },
      'name: is required but missing (expected the company name as registered, e.g. Tessitura Esempio S.r.l.)',
    ],
    ['an unknown country', { country: 'DE' }, 'country: expected IT (Italy) or CH (Switzerland) — got "DE"'],
    [
      'a country that is not the region’s',
      { country: 'CH', postcode: '6900' },
      'country: expected IT: region "lecco" is in IT — got "CH"',
    ],
    ['an unknown region', { region: 'como' }, 'region: expected lecco (IT) or ticino (CH) — got "como"'],
    [
      'a missing municipality',
      { municipality: '' },
      'municipality: is required but missing (expected the municipality of the registered office, e.g. Mandello del Lario)',
    ],
    [
      'a municipality with no letters',
      { municipality: '---' },
      'municipality: expected a name with letters, e.g. Mandello del Lario — got "---"',
    ],
    [
      'a postcode of Como on a Lecco row',
      { postcode: '22100' },
      'postcode: expected a postcode (CAP) of the province of Lecco: five digits from 23800 to 23999 — got "22100"',
    ],
    [
      'a Swiss postcode on a Lecco row',
      { postcode: '6900' },
      'postcode: expected a postcode (CAP) of the province of Lecco: five digits from 23800 to 23999 — got "6900"',
    ],
    [
      'a sector code with a comma',
      { sector_code: '13,30' },
      'sector_code: expected an ATECO or NOGA code such as 13.30 or 28.41.0: two digits, then groups of one or two digits after a dot — got "13,30"',
    ],
    [
      'a sector code without its leading zero',
      { sector_code: '1.50' },
      'sector_code: expected an ATECO or NOGA code such as 13.30 or 28.41.0: two digits, then groups of one or two digits after a dot — got "1.50"',
    ],
    [
      'a sector code in a division that does not exist',
      { sector_code: '04.10' },
      'sector_code: expected a code whose first two digits are a NACE Rev. 2 division, e.g. 13 (textiles) or 62 (software) — got "04.10"',
    ],
    [
      'an unknown size',
      { size: 'piccola' },
      'size: expected micro (<10 staff), small (<50), medium (<250) or large — got "piccola"',
    ],
    [
      'a website without https',
      { website: 'http://tessitura-esempio.example' },
      'website: expected a full web address starting with https://, e.g. https://www.example.org/page — got "http://tessitura-esempio.example"',
    ],
    [
      'a description longer than 280 characters',
      { description_en: 'x'.repeat(281) },
      'description_en: expected at most 280 characters, one or two sentences — got 281 characters',
    ],
    [
      'a profile with capitals',
      { profile: 'Tessitura-Esempio' },
      'profile: expected the file name of a curated profile in content/companies/ without ".yaml", e.g. tessitura-esempio — got "Tessitura-Esempio"',
    ],
    ['an example flag in Italian', { example: 'sì' }, 'example: expected true or false — got "sì"'],
  ])('rejects %s', (_case, cells, message) => {
    expect(issuesOf(directoryRowSchema, row(cells))).toEqual([message]);
  });

  it('checks a Ticino postcode against Ticino', () => {
    expect(issuesOf(directoryRowSchema, ticinoRow({ postcode: '8001' }))).toEqual([
      'postcode: expected a postcode (NPA) of Ticino: four digits from 6500 to 6999 — got "8001"',
    ]);
  });

  it('checks the postcode against the region when the country is wrong', () => {
    expect(issuesOf(directoryRowSchema, ticinoRow({ country: 'FR', postcode: '23900' }))).toEqual([
      'country: expected IT (Italy) or CH (Switzerland) — got "FR"',
      'postcode: expected a postcode (NPA) of Ticino: four digits from 6500 to 6999 — got "23900"',
    ]);
  });

  it('reports every broken cell of a row at once', () => {
    expect(issuesOf(directoryRowSchema, row({ sector_code: '99.9.9.9', size: '', example: 'TRUE' }))).toEqual([
      'sector_code: expected an ATECO or NOGA code such as 13.30 or 28.41.0: two digits, then groups of one or two digits after a dot — got "99.9.9.9"',
      'size: is required but missing (expected micro (<10 staff), small (<50), medium (<250) or large)',
      'example: expected true or false — got "TRUE"',
    ]);
  });
});
