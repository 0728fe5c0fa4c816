import { describe, expect, it } from 'vitest';
import { byName, laterPages, placeDivisionGroups, placeDivisionPages } from './groups.ts';
import { profileRowShown } from './routes.ts';
import { testCompany as company } from './test-support.ts';
import type { DirectoryCompany } from '#schemas/directory-model.ts';

/** The page of every row, with three rows a page. */
const pagesOf = (rows: DirectoryCompany[]) =>
  laterPages(placeDivisionPages(placeDivisionGroups([...rows].sort(byName)), 3));

describe('what a profile shows of its directory row', () => {
  const profile = company({ name: 'Cobalto Tessile' });
  // The profile's row is the last of the first page: Alfa, Beta, Cobalto Tessile | Delta.
  const rows = [company({ name: 'Alfa' }), company({ name: 'Beta' }), profile, company({ name: 'Delta' })];
  const shown = profileRowShown('it', profile, pagesOf(rows));

  it('is its code, its municipality and the address of its row', () => {
    expect(shown).toEqual(['13.30', 'Valmadrera', `/it/directory/places/valmadrera/13/#${profile.id}`]);
  });

  it('moves when a name sorted ahead of it pushes the row onto the next page', () => {
    const renamed = rows.map((row) => (row.name === 'Delta' ? { ...row, name: 'Aaron' } : row));
    const moved = profileRowShown('it', profile, pagesOf(renamed));
    expect(moved).not.toEqual(shown);
    expect(moved[2]).toBe(`/it/directory/places/valmadrera/13/2/#${profile.id}`);
  });

  it('stays when a name sorted after it changes', () => {
    const renamed = rows.map((row) => (row.name === 'Delta' ? { ...row, name: 'Zeta' } : row));
    expect(profileRowShown('it', profile, pagesOf(renamed))).toEqual(shown);
  });
});
