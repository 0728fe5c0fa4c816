/** A valid directory row for unit tests, changed field by field with overrides. */
import type { DirectoryCompany } from '#schemas/directory-model.ts';

let next = 0;

export function testCompany(overrides: Partial<DirectoryCompany> = {}): DirectoryCompany {
  next += 1;
  return {
    id: `lc-${String(next).padStart(6, '0')}`,
    name: `Firma ${next}`,
    country: 'IT',
    region: 'lecco',
    municipality: 'Valmadrera',
    place: 'valmadrera',
    postcode: '23868',
    sectorCode: '13.30',
    division: '13',
    size: 'micro',
    description: {},
    example: true,
    ...overrides,
  };
}
