import { describe, expect, it } from 'vitest';
import {
  byName,
  divisionSummaries,
  initialOf,
  laterPages,
  letterPages,
  placeDivisionGroups,
  placeDivisionPages,
  placeSummaries,
  searchGroups,
} from './groups.ts';
import { testCompany as company } from './test-support.ts';

describe('initialOf', () => {
  it.each([
    ['Alfa Meccanica', 'a'],
    ['élan Tessuti', 'e'],
    ['Òrbita', 'o'],
    ['3D Stampa', '0-9'],
    ['«Zeta» SA', 'z'],
    ['—', '0-9'],
  ])('%s → %s', (name, letter) => expect(initialOf(name)).toBe(letter));
});

describe('byName', () => {
  it('ignores case and accents, then orders by id', () => {
    const rows = [company({ name: 'beta' }), company({ name: 'Àlfa' }), company({ name: 'alfa' })];
    expect([...rows].sort(byName).map((row) => row.name)).toEqual(['Àlfa', 'alfa', 'beta']);
  });
});

describe('placeDivisionGroups', () => {
  it('puts each company on the page of its municipality and division, keeping name order', () => {
    const rows = [
      company({ name: 'B', division: '13' }),
      company({ name: 'A', division: '13' }),
      company({ name: 'C', division: '25', sectorCode: '25.62' }),
      company({ name: 'D', place: 'lecco', municipality: 'Lecco', postcode: '23900' }),
    ].sort(byName);
    const groups = placeDivisionGroups(rows);
    expect(groups.map((group) => [group.place, group.division, group.companies.map((row) => row.name)])).toEqual([
      ['lecco', '13', ['D']],
      ['valmadrera', '13', ['A', 'B']],
      ['valmadrera', '25', ['C']],
    ]);
    expect(groups.reduce((sum, group) => sum + group.companies.length, 0)).toBe(rows.length);
  });
});

describe('summaries', () => {
  const rows = [
    company({ division: '13' }),
    company({ division: '13', postcode: '23869' }),
    company({ division: '28', sectorCode: '28.41' }),
    company({ place: 'lugano', municipality: 'Lugano', postcode: '6900', country: 'CH', region: 'ticino' }),
  ];

  it('counts companies and divisions per municipality', () => {
    expect(placeSummaries(rows)).toEqual([
      expect.objectContaining({ place: 'lugano', count: 1, postcodes: ['6900'] }),
      expect.objectContaining({
        place: 'valmadrera',
        count: 3,
        postcodes: ['23868', '23869'],
        divisions: [
          { key: '13', count: 2 },
          { key: '28', count: 1 },
        ],
      }),
    ]);
  });

  it('counts municipalities per division', () => {
    const divisions = divisionSummaries(rows);
    expect(divisions.map((division) => [division.division, division.count, division.places.length])).toEqual([
      ['13', 3, 2],
      ['28', 1, 1],
    ]);
  });

  it('names the first companies of each municipality of a division, the largest first, then by name', () => {
    const sorted = [
      company({ name: 'Alfa', place: 'lecco', municipality: 'Lecco', size: 'micro' }),
      company({ name: 'Beta', place: 'lecco', municipality: 'Lecco', size: 'medium' }),
      company({ name: 'Gamma', place: 'lecco', municipality: 'Lecco', size: 'micro' }),
      company({ name: 'Delta', place: 'lecco', municipality: 'Lecco', size: 'small' }),
    ].sort(byName);
    const [lecco] = divisionSummaries(sorted)[0]!.places;
    expect(lecco!.count).toBe(4);
    expect(lecco!.companies.map((row) => row.name)).toEqual(['Beta', 'Delta', 'Alfa', 'Gamma']);
  });

  it('lists fewer names per municipality when a sector is in many, at least one each', () => {
    const sorted = ['a', 'b', 'c']
      .flatMap((place) =>
        ['Uno', 'Due', 'Tre', 'Quattro'].map((name) =>
          company({ name: `${name} ${place}`, place, municipality: place }),
        ),
      )
      .sort(byName);
    const names = (pageNames: number) =>
      divisionSummaries(sorted, pageNames)[0]!.places.map((place) => place.companies.length);
    expect(names(12)).toEqual([4, 4, 4]);
    expect(names(6)).toEqual([2, 2, 2]);
    expect(names(2)).toEqual([1, 1, 1]);
  });
});

describe('letterPages', () => {
  it('splits a letter into pages of the given size and skips empty letters', () => {
    const rows = [
      ...Array.from({ length: 5 }, (_, index) => company({ name: `Alfa ${index}` })),
      company({ name: 'Zeta' }),
    ].sort(byName);
    const pages = letterPages(rows, 2);
    expect(pages.map((page) => [page.letter, page.page, page.pages, page.companies.length])).toEqual([
      ['a', 1, 3, 2],
      ['a', 2, 3, 2],
      ['a', 3, 3, 1],
      ['z', 1, 1, 1],
    ]);
  });
});

describe('searchGroups', () => {
  it('makes one record per municipality, division and size band', () => {
    const rows = [company(), company(), company({ size: 'small' }), company({ division: '14', sectorCode: '14.13' })];
    const groups = searchGroups(rows);
    expect(groups.map((group) => [group.division, group.size, group.companies.length])).toEqual([
      ['13', 'micro', 2],
      ['13', 'small', 1],
      ['14', 'micro', 1],
    ]);
  });

  it('splits a large band into records of at most the given size, in name order', () => {
    const rows = Array.from({ length: 5 }, (_, index) => company({ name: `Firma ${index}` })).sort(byName);
    const groups = searchGroups(rows, 2);
    expect(groups.map((group) => group.companies.map((row) => row.name))).toEqual([
      ['Firma 0', 'Firma 1'],
      ['Firma 2', 'Firma 3'],
      ['Firma 4'],
    ]);
  });
});

describe('placeDivisionPages', () => {
  // A town's rows without a sector, as Zefix gives them: one group, over several pages.
  const rows = [
    ...Array.from({ length: 5 }, (_, index) => company({ name: `Micro ${index}`, division: 'not-stated' })),
    company({ name: 'Zeta Grande', division: 'not-stated', size: 'large' }),
    company({ name: 'Senza Dimensione', division: 'not-stated', size: 'not-stated' }),
  ].sort(byName);
  const pages = placeDivisionPages(placeDivisionGroups(rows), 3);

  it('orders a group largest band first, by name within a band, "not stated" last, and cuts it into pages', () => {
    expect(pages.map((page) => [page.page, page.pages, page.companies.map((row) => row.name)])).toEqual([
      [1, 3, ['Zeta Grande', 'Micro 0', 'Micro 1']],
      [2, 3, ['Micro 2', 'Micro 3', 'Micro 4']],
      [3, 3, ['Senza Dimensione']],
    ]);
  });

  it('knows the page of every row beyond the first page, and search records never straddle two pages', () => {
    const pageOf = laterPages(pages);
    expect([...pageOf].map(([id, page]) => [rows.find((row) => row.id === id)!.name, page]).sort()).toEqual([
      ['Micro 2', 2],
      ['Micro 3', 2],
      ['Micro 4', 2],
      ['Senza Dimensione', 3],
    ]);
    const records = searchGroups(rows, 20, pageOf);
    for (const record of records) {
      for (const row of record.companies) expect(pageOf.get(row.id) ?? 1, row.name).toBe(record.page);
    }
    expect(records.map((record) => [record.size, record.page, record.companies.length])).toEqual([
      ['large', 1, 1],
      ['micro', 1, 2],
      ['micro', 2, 3],
      ['not-stated', 3, 1],
    ]);
  });

  it('keeps a small group on one page', () => {
    expect(placeDivisionPages(placeDivisionGroups([company()]))).toEqual([
      expect.objectContaining({ page: 1, pages: 1 }),
    ]);
  });
});
