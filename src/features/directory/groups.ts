/**
 * How the directory's rows are grouped into pages and search records. Everything is computed
 * once per build in linear time (plus one sort), because it runs over every company of the region.
 */
import {
  directorySizes,
  NOT_STATED,
  type NotStated,
  type DirectoryCompany,
  type DirectoryCountry,
  type DirectoryRegion,
  type DirectorySize,
} from '#schemas/directory-model.ts';

/** Rows per A–Z page: a page of links stays well under 100 kB of HTML. */
export const LETTER_PAGE_SIZE = 200;

const collator = new Intl.Collator('it', { sensitivity: 'base', numeric: true });

/** Sorts by name the way an Italian reader expects (accents and case ignored), then by id. */
export function byName(a: DirectoryCompany, b: DirectoryCompany): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The A–Z letter of a name: "Élan" → "e", "3D Print" → "0-9", "«Alfa»" → "a". */
export function initialOf(name: string): string {
  const first = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]/)?.[0];
  if (first === undefined) return '0-9';
  return /[0-9]/.test(first) ? '0-9' : first;
}

export const letters = [...'abcdefghijklmnopqrstuvwxyz', '0-9'] as const;

function groupBy<Key, Item>(items: readonly Item[], keyOf: (item: Item) => Key): Map<Key, Item[]> {
  const groups = new Map<Key, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

export interface PlaceDivisionGroup {
  place: string;
  municipality: string;
  country: DirectoryCountry;
  region: DirectoryRegion;
  division: string;
  /** Sorted by name. */
  companies: DirectoryCompany[];
}

/**
 * One page per municipality and division: the page a company's URL points at.
 * Expects companies sorted by name; keeps that order inside each group.
 */
export function placeDivisionGroups(sorted: readonly DirectoryCompany[]): PlaceDivisionGroup[] {
  const groups = groupBy(sorted, (company) => `${company.place}/${company.division}`);
  return [...groups.values()]
    .map((companies) => {
      const [first] = companies as [DirectoryCompany, ...DirectoryCompany[]];
      return {
        place: first.place,
        municipality: first.municipality,
        country: first.country,
        region: first.region,
        division: first.division,
        companies,
      };
    })
    .sort((a, b) => a.place.localeCompare(b.place) || a.division.localeCompare(b.division));
}

/**
 * Rows per page of a municipality's division. Most groups fit on one page; a register without
 * sectors (Zefix) puts every company of a town in one group, thousands in Lugano, so a group
 * goes on over several pages, like the A–Z lists. Measured with imported Zefix rows (a legal
 * form, an identifier and a source line each): 200 rows made 96 kB of HTML, 150 stay near 75 kB.
 */
export const PLACE_DIVISION_PAGE_SIZE = 150;

/** Size bands from the largest down, then the rows whose size is not stated: the order of a group's pages. */
export const bandOrder: readonly (DirectorySize | NotStated)[] = [...[...directorySizes].reverse(), NOT_STATED];

/** What a page says of its whole group: its place and division, and how many companies of each band it holds. */
export interface PlaceDivisionSummary extends Omit<PlaceDivisionGroup, 'companies'> {
  count: number;
  bandCounts: Partial<Record<DirectorySize | NotStated, number>>;
}

export interface PlaceDivisionPage {
  /**
   * The group without its rows: a page carries only its own rows, since every page's props are
   * kept apart by the build, and fifty pages of one Zefix town would otherwise hold its
   * ten thousand rows fifty times over.
   */
  group: PlaceDivisionSummary;
  /** 1-based page number within the group. */
  page: number;
  pages: number;
  /** Largest size band first, by name within a band. */
  companies: DirectoryCompany[];
}

/** A group's rows in the order of its pages: largest size band first, by name within a band. */
function inPageOrder(companies: readonly DirectoryCompany[]): DirectoryCompany[] {
  return bandOrder.flatMap((size) => companies.filter((company) => company.size === size));
}

/** The pages of every group, PLACE_DIVISION_PAGE_SIZE rows each. */
export function placeDivisionPages(
  groups: readonly PlaceDivisionGroup[],
  pageSize = PLACE_DIVISION_PAGE_SIZE,
): PlaceDivisionPage[] {
  return groups.flatMap(({ companies, ...where }) => {
    const ordered = inPageOrder(companies);
    const pages = Math.max(1, Math.ceil(ordered.length / pageSize));
    const bandCounts: PlaceDivisionSummary['bandCounts'] = {};
    for (const company of companies) bandCounts[company.size] = (bandCounts[company.size] ?? 0) + 1;
    const group: PlaceDivisionSummary = { ...where, count: companies.length, bandCounts };
    return Array.from({ length: pages }, (_, index) => ({
      group,
      page: index + 1,
      pages,
      companies: ordered.slice(index * pageSize, (index + 1) * pageSize),
    }));
  });
}

/** The page of each company whose row is not on its group's first page (id → page number). */
export function laterPages(pages: readonly PlaceDivisionPage[]): Map<string, number> {
  const pageOf = new Map<string, number>();
  for (const { page, companies } of pages) {
    if (page === 1) continue;
    for (const company of companies) pageOf.set(company.id, page);
  }
  return pageOf;
}

export interface Count<Key extends string> {
  key: Key;
  count: number;
}

export interface PlaceSummary {
  place: string;
  municipality: string;
  country: DirectoryCountry;
  region: DirectoryRegion;
  postcodes: string[];
  count: number;
  /** Divisions present, by code. */
  divisions: Count<string>[];
}

function counts(values: Iterable<string>): Count<string>[] {
  const tally = new Map<string, number>();
  for (const value of values) tally.set(value, (tally.get(value) ?? 0) + 1);
  return [...tally]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => a.key.localeCompare(b.key, 'it', { numeric: true }));
}

/** Municipalities with their counts, sorted by name. */
export function placeSummaries(companies: readonly DirectoryCompany[]): PlaceSummary[] {
  return [...groupBy(companies, (company) => company.place).values()]
    .map((rows) => {
      const [first] = rows as [DirectoryCompany, ...DirectoryCompany[]];
      return {
        place: first.place,
        municipality: first.municipality,
        country: first.country,
        region: first.region,
        postcodes: [...new Set(rows.flatMap((row) => (row.postcode ? [row.postcode] : [])))].sort(),
        count: rows.length,
        divisions: counts(rows.map((row) => row.division)),
      };
    })
    .sort((a, b) => collator.compare(a.municipality, b.municipality));
}

/**
 * Company names a sector page lists, at most, over all its municipalities: five per municipality,
 * fewer when the sector is in more than 48, and at least one. Measured on a generated register of
 * 60,446 companies: construction (6,033 companies in 108 municipalities) lists two names each in
 * 64 kB of HTML, 12.6 kB compressed; five each made 94 kB. A sector in all 190 municipalities of
 * the province and the canton lists one name each, about 80 kB: under the 100 kB a page may weigh.
 */
export const SECTOR_PAGE_NAMES = 240;
const MAX_NAMES_PER_PLACE = 5;

export interface DivisionSummary {
  division: string;
  count: number;
  /**
   * Municipalities where the division has companies, sorted by name, with their counts and
   * their first companies: the largest first (as on the municipality's page), then by name.
   */
  places: {
    place: string;
    municipality: string;
    country: DirectoryCountry;
    count: number;
    companies: DirectoryCompany[];
  }[];
}

/**
 * The first `count` rows, largest size band first, then those whose size is not stated; rows
 * arrive sorted by name and keep that order within a band.
 */
function largestFirst(rows: readonly DirectoryCompany[], count: number): DirectoryCompany[] {
  return [...[...directorySizes].reverse(), NOT_STATED]
    .flatMap((size) => rows.filter((row) => row.size === size))
    .slice(0, count);
}

/** Divisions present with their counts per municipality, sorted by code. Expects rows sorted by name. */
export function divisionSummaries(
  companies: readonly DirectoryCompany[],
  pageNames = SECTOR_PAGE_NAMES,
): DivisionSummary[] {
  return [...groupBy(companies, (company) => company.division).entries()]
    .map(([division, rows]) => {
      const byPlace = [...groupBy(rows, (row) => row.place).values()];
      const namesPerPlace = Math.max(1, Math.min(MAX_NAMES_PER_PLACE, Math.floor(pageNames / byPlace.length)));
      return {
        division,
        count: rows.length,
        places: byPlace
          .map((placeRows) => {
            const [first] = placeRows as [DirectoryCompany, ...DirectoryCompany[]];
            return {
              place: first.place,
              municipality: first.municipality,
              country: first.country,
              count: placeRows.length,
              companies: largestFirst(placeRows, namesPerPlace),
            };
          })
          .sort((a, b) => collator.compare(a.municipality, b.municipality)),
      };
    })
    .sort((a, b) => a.division.localeCompare(b.division, 'it', { numeric: true }));
}

export interface LetterPage {
  letter: string;
  /** 1-based page number within the letter. */
  page: number;
  pages: number;
  companies: DirectoryCompany[];
}

/** A–Z pages: every letter that has companies, split into pages of LETTER_PAGE_SIZE. */
export function letterPages(sorted: readonly DirectoryCompany[], pageSize = LETTER_PAGE_SIZE): LetterPage[] {
  const byLetter = groupBy(sorted, (company) => initialOf(company.name));
  return letters.flatMap((letter) => {
    const rows = byLetter.get(letter) ?? [];
    const pages = Math.ceil(rows.length / pageSize);
    return Array.from({ length: pages }, (_, index) => ({
      letter,
      page: index + 1,
      pages,
      companies: rows.slice(index * pageSize, (index + 1) * pageSize),
    }));
  });
}

/** Companies per search record at most: a record's fragment is downloaded whole to show a result. */
export const SEARCH_RECORD_SIZE = 20;

export interface SearchGroup {
  place: string;
  division: string;
  size: DirectorySize | NotStated;
  /** The page of the municipality's division that holds these companies (1 for most). */
  page: number;
  /** At most SEARCH_RECORD_SIZE, sorted by name. */
  companies: DirectoryCompany[];
}

/**
 * The records of the directory's search index: one per municipality, division and size band
 * (split into runs of at most SEARCH_RECORD_SIZE companies), with one sub-result per company.
 * Every filter (sector, municipality, country, size) is exact for a whole record, and the index
 * holds a few thousand records instead of one per company, which keeps Pagefind's metadata
 * file — loaded by every first search — small.
 */
export function searchGroups(
  sorted: readonly DirectoryCompany[],
  recordSize = SEARCH_RECORD_SIZE,
  pageOf: ReadonlyMap<string, number> = laterPages(placeDivisionPages(placeDivisionGroups(sorted))),
): SearchGroup[] {
  // A record's companies stand on one page, the one its address names.
  const pageOfCompany = (company: DirectoryCompany) => pageOf.get(company.id) ?? 1;
  return [
    ...groupBy(
      sorted,
      (company) => `${company.place}/${company.division}/${company.size}/${pageOfCompany(company)}`,
    ).values(),
  ]
    .flatMap((companies) => {
      const [first] = companies as [DirectoryCompany, ...DirectoryCompany[]];
      return Array.from({ length: Math.ceil(companies.length / recordSize) }, (_, index) => ({
        place: first.place,
        division: first.division,
        size: first.size,
        page: pageOfCompany(first),
        companies: companies.slice(index * recordSize, (index + 1) * recordSize),
      }));
    })
    .sort(
      (a, b) =>
        a.place.localeCompare(b.place) ||
        a.division.localeCompare(b.division) ||
        a.size.localeCompare(b.size) ||
        byName(a.companies[0]!, b.companies[0]!),
    );
}
