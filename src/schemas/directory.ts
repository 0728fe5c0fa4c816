/**
 * One row of the company directory: content/directory/*.csv. Every cell arrives as text and an
 * empty cell means "absent"; the output is a DirectoryCompany (src/schemas/directory-model.ts) with
 * its derived fields (the municipality's URL slug, the NACE division).
 *
 * Pure zod, like every schema here: the loader, the content check and the tests share it. The
 * rules are cheap on purpose (no lookups beyond small constant tables): it runs once per row on
 * sixty thousand rows. Rules across rows (unique ids, existing profiles) are in
 * src/features/directory/read-csv.ts.
 */
import { z } from 'zod';
import {
  directoryRegions,
  directorySizes,
  type DirectoryColumn,
  type DirectoryCompany,
  type DirectoryCountry,
  type DirectoryRegion,
} from './directory-model.ts';
import { divisionOf } from './nace.ts';
import { placeSlug } from './places.ts';
import { countryCode, expected, httpsUrl, SLUG_PATTERN } from './common.ts';

export const DESCRIPTION_MAX_LENGTH = 280;

/** Id prefix of each region's rows: lc-000123 (Lecco), ti-000123 (Ticino). */
export const directoryIdPrefixes = { lecco: 'lc', ticino: 'ti' } as const satisfies Record<DirectoryRegion, string>;

const ID = /^(lc|ti)-\d{6}$/;
const SECTOR_CODE = /^\d{2}(\.\d{1,2}(\.\d{1,2})?)?$/;

/** Postcodes of the two regions: CAP 238xx–239xx (province of Lecco), NPA 65xx–69xx (Ticino). */
const postcodes: Record<DirectoryCountry, { pattern: RegExp; rule: string }> = {
  IT: {
    pattern: /^23[89]\d{2}$/,
    rule: 'expected a postcode (CAP) of the province of Lecco: five digits from 23800 to 23999',
  },
  CH: { pattern: /^6[5-9]\d{2}$/, rule: 'expected a postcode (NPA) of Ticino: four digits from 6500 to 6999' },
};

const regionNames: Record<DirectoryRegion, string> = { lecco: 'Lecco', ticino: 'Ticino' };
const countryOfRegion = Object.fromEntries(
  Object.entries(directoryRegions).map(([country, region]) => [region, country]),
) as Record<DirectoryRegion, DirectoryCountry>;

/**
 * An empty cell is an absent value, so "required" and "optional" mean what they say. Done once
 * for the whole row: a preprocess step per cell would cost more than the rules themselves.
 */
function withoutEmptyCells(row: unknown): unknown {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return row;
  const cells: Record<string, unknown> = {};
  for (const column in row) {
    const value = (row as Record<string, unknown>)[column];
    if (value !== '') cells[column] = value;
  }
  return cells;
}

function text(rule: string) {
  return z
    .string({ error: expected(rule) })
    .trim()
    .min(1, { error: expected(rule) });
}

const description = z
  .string({ error: expected('expected text') })
  .trim()
  .max(DESCRIPTION_MAX_LENGTH, {
    error: (issue) =>
      `expected at most ${DESCRIPTION_MAX_LENGTH} characters, one or two sentences — got ${String(issue.input).trim().length} characters`,
  });

const has = <Key extends string>(table: Record<Key, unknown>, key: unknown): key is Key =>
  typeof key === 'string' && Object.hasOwn(table, key);

const ID_RULE = 'expected an id such as lc-000123 (Lecco) or ti-000123 (Ticino): lc- or ti-, then six digits';
const SECTOR_RULE =
  'expected an ATECO or NOGA code such as 13.30 or 28.41.0: two digits, then groups of one or two digits after a dot';

const rowFields = z.object({
  id: z.string({ error: expected(ID_RULE) }).regex(ID, { error: expected(ID_RULE) }),
  name: text('expected the company name as registered, e.g. Tessitura Esempio S.r.l.'),
  country: countryCode,
  region: z.enum(['lecco', 'ticino'], { error: expected('expected lecco (IT) or ticino (CH)') }),
  municipality: text('expected the municipality of the registered office, e.g. Mandello del Lario'),
  postcode: z.string({ error: expected('expected the postcode of the registered office') }),
  sector_code: z
    .string({ error: expected(SECTOR_RULE) })
    .regex(SECTOR_CODE, { error: expected(SECTOR_RULE), abort: true })
    .refine((code) => divisionOf(code) !== undefined, {
      error: expected(
        'expected a code whose first two digits are a NACE Rev. 2 division, e.g. 13 (textiles) or 62 (software)',
      ),
    }),
  size: z.enum(directorySizes, {
    error: expected('expected micro (<10 staff), small (<50), medium (<250) or large'),
  }),
  website: httpsUrl.optional(),
  description_it: description.optional(),
  description_en: description.optional(),
  profile: z
    .string()
    .regex(SLUG_PATTERN, {
      error: expected(
        'expected the file name of a curated profile in content/companies/ without ".yaml", e.g. tessitura-esempio',
      ),
    })
    .optional(),
  example: z.enum(['true', 'false'], { error: expected('expected true or false') }),
});

/** Rules between cells. They run even when some cells failed (`when`), so each checks what it relies on. */
const rowRules = z.superRefine(
  (row: Record<string, unknown>, ctx) => {
    const issue = (column: DirectoryColumn, rule: string) =>
      ctx.addIssue({
        code: 'custom',
        path: [column],
        input: row[column],
        message: expected(rule)({ input: row[column] }),
      });
    const region = has(countryOfRegion, row['region']) ? row['region'] : undefined;
    const country = has(postcodes, row['country']) ? row['country'] : undefined;
    if (region && country && countryOfRegion[region] !== country) {
      issue('country', `expected ${countryOfRegion[region]}: region "${region}" is in ${countryOfRegion[region]}`);
    }
    const id = row['id'];
    if (region && typeof id === 'string' && ID.test(id) && !id.startsWith(`${directoryIdPrefixes[region]}-`)) {
      issue(
        'id',
        `expected an id starting with ${directoryIdPrefixes[region]}- for a company in ${regionNames[region]}`,
      );
    }
    // The postcode follows the country; when the country is wrong, the region says where the row belongs.
    const postcodeCountry = country ?? (region ? countryOfRegion[region] : undefined);
    const postcode = row['postcode'];
    if (postcodeCountry && typeof postcode === 'string' && !postcodes[postcodeCountry].pattern.test(postcode)) {
      issue('postcode', postcodes[postcodeCountry].rule);
    }
    const municipality = row['municipality'];
    if (typeof municipality === 'string' && municipality.trim() !== '' && placeSlug(municipality) === '') {
      issue('municipality', 'expected a name with letters, e.g. Mandello del Lario');
    }
  },
  { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
);

function toCompany(row: z.output<typeof rowFields>): DirectoryCompany {
  const company: DirectoryCompany = {
    id: row.id,
    name: row.name,
    country: row.country,
    region: row.region,
    municipality: row.municipality,
    place: placeSlug(row.municipality),
    postcode: row.postcode,
    sectorCode: row.sector_code,
    division: row.sector_code.slice(0, 2),
    size: row.size,
    description: {},
    example: row.example === 'true',
  };
  // Absent values stay absent rather than undefined: smaller stored entries, exact optional types.
  if (row.website !== undefined) company.website = row.website;
  if (row.description_it) company.description.it = row.description_it;
  if (row.description_en) company.description.en = row.description_en;
  if (row.profile !== undefined) company.profile = row.profile;
  return company;
}

/** One CSV row (column name → cell text) in, one DirectoryCompany out. */
export const directoryRowSchema = z.preprocess(withoutEmptyCells, rowFields.check(rowRules).transform(toCompany));

/** One row as read from the file: every column, as text. */
export type DirectoryRowInput = Record<DirectoryColumn, string>;
