/**
 * The bulk company directory: one row per company of the region, from registry-style CSV files
 * in content/directory/. Curated profiles (content/companies/) cover a few dozen firms; the
 * directory covers every firm, so everything here must stay cheap per row: no matching, no
 * page per company.
 */

/** Countries of the directory and the region (province or canton) each one's rows belong to. */
export const directoryCountries = ['IT', 'CH'] as const;
export type DirectoryCountry = (typeof directoryCountries)[number];
export const directoryRegions = { IT: 'lecco', CH: 'ticino' } as const satisfies Record<DirectoryCountry, string>;
export type DirectoryRegion = (typeof directoryRegions)[DirectoryCountry];

/** Size bands by head count, the same as the curated profiles'. */
export const directorySizes = ['micro', 'small', 'medium', 'large'] as const;
export type DirectorySize = (typeof directorySizes)[number];

/**
 * A sector or size the source does not give (Zefix has neither): shown as "not stated", never
 * guessed. It takes the place of a division or a size band in groups, filters and page addresses.
 */
export const NOT_STATED = 'not-stated';
export type NotStated = typeof NOT_STATED;

/** The CSV columns, in the order the files and the open data use. */
export const directoryColumns = [
  'id',
  'name',
  'country',
  'region',
  'municipality',
  'postcode',
  'sector_code',
  'size',
  'website',
  'description_it',
  'description_en',
  'profile',
  'example',
] as const;
export type DirectoryColumn = (typeof directoryColumns)[number];

/** One validated row. */
export interface DirectoryCompany {
  /** Stable key, never reused: "lc-000123" (Lecco) or "ti-000123" (Ticino). Also the row's anchor. */
  id: string;
  name: string;
  country: DirectoryCountry;
  region: DirectoryRegion;
  /** Municipality name as the registry writes it, e.g. "Mandello del Lario". */
  municipality: string;
  /** URL slug of the municipality, e.g. "mandello-del-lario". */
  place: string;
  /** Absent when the source does not give it (Zefix gives the municipality only). */
  postcode?: string;
  /** ATECO 2007 (IT) or NOGA 2008 (CH) code, e.g. "13.30" or "28.41.0"; absent when not stated. */
  sectorCode?: string;
  /** The two-digit NACE Rev. 2 division of sectorCode, e.g. "13", or "not-stated". */
  division: string;
  size: DirectorySize | NotStated;
  website?: string;
  description: { it?: string; en?: string };
  /** Id of the curated profile of the same company in content/companies/, when there is one. */
  profile?: string;
  /** True for fictional rows (the sample and the synthetic benchmark corpus). */
  example: boolean;
  /** Rows imported from a public register: where they come from (content/directory/sources.yaml). */
  provenance?: {
    /** Id of the source in content/directory/sources.yaml. */
    source: string;
    /** The day the register was read, YYYY-MM-DD. */
    retrieved: string;
    /** Swiss UID (CHE-123.456.789) or Italian tax code. */
    identifier: string;
    legalForm: string;
    inLiquidation?: true;
  };
}
