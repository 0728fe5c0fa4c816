import { describe, expect, it } from 'vitest';
import { registerRowSchema, registerSourcesSchema } from './register-row.ts';

const zefixRow = {
  identifier: 'CHE-100.000.006',
  name: 'Officina Esempio Fittizia SA',
  legal_form: 'Società anonima',
  status: 'active',
  municipality: 'Lugano',
  municipality_code: '5192',
  country: 'CH',
  area: 'TI',
  postcode: '',
  sector_code: '',
  size: '',
  source: 'zefix',
  retrieved: '2026-12-01',
};

describe('registerRowSchema', () => {
  it('takes an imported row and leaves empty cells (sector, size: not stated) absent', () => {
    const row = registerRowSchema.parse(zefixRow);
    expect(row).not.toHaveProperty('size');
    expect(row).not.toHaveProperty('sector_code');
    expect(row.identifier).toBe('CHE-100.000.006');
  });

  it('checks the identifier of the row’s country and the area', () => {
    const result = registerRowSchema.safeParse({ ...zefixRow, identifier: '01234567897', area: 'LC' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['identifier', 'expected a Swiss UID written as CHE-123.456.789 (CHE and nine digits) — got "01234567897"'],
      ['area', 'expected TI for a company in CH — got "LC"'],
    ]);
  });

  it('refuses an unknown size instead of guessing one', () => {
    const result = registerRowSchema.safeParse({ ...zefixRow, size: '10-19' });
    expect(result.error?.issues[0]?.message).toBe(
      'expected micro (<10 staff), small (<50), medium (<250) or large — got "10-19"',
    );
  });
});

describe('registerSourcesSchema', () => {
  it('refuses a source twice and unknown fields', () => {
    const entry = {
      id: 'zefix',
      title: 'T',
      publisher: 'P',
      url: 'https://ld.admin.ch/',
      licence: 'L',
      attribution: 'A',
    };
    const result = registerSourcesSchema.safeParse({ sources: [{ ...entry, licnce: 'x' }] });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'unknown field "licnce" (did you mean "licence"?); allowed fields here: id, title, publisher, url, licence, attribution, terms_checked, notes, refresh_url',
    ]);
    const twice = registerSourcesSchema.safeParse({ sources: [entry, entry] });
    expect(twice.error?.issues[0]?.message).toBe('"zefix" is listed twice');
  });
});
