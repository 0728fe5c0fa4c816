import { describe, expect, it } from 'vitest';
import { regionSchema, sectorSchema } from './taxonomy.ts';
import { issuesOf } from './test-support.ts';

describe('taxonomy schemas', () => {
  it('require labels in both languages and ids fit for URLs', () => {
    expect(issuesOf(sectorSchema, { id: 'Textiles', label: { it: 'Tessile' } })).toEqual([
      'id: expected lower-case letters, digits and hyphens only, e.g. "textile-finishing"',
      'label.en: is required but missing (expected text)',
    ]);
  });

  it('check ATECO/NOGA codes and region countries', () => {
    expect(issuesOf(sectorSchema, { id: 'textiles', label: { it: 'T', en: 'T' }, ateco: ['13.x'] })).toEqual([
      'ateco[0]: expected an ATECO code such as 13 or 13.3',
    ]);
    expect(issuesOf(regionSchema, { id: 'lecco', label: { it: 'L', en: 'L' }, country: 'IT', kind: 'county' })).toEqual(
      ['kind: expected province or canton — got "county"'],
    );
  });
});
