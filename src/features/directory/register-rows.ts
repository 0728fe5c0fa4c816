/**
 * Rows imported from a public register (`npm run import`, src/features/registers/) as directory
 * companies. A file of the directory's folder whose header is the register's columns is read
 * with the register row schema and turned into the same DirectoryCompany as a hand-written row,
 * with its provenance: which source, retrieved when, under which identifier.
 *
 * The id is the register's own identifier, so it never changes between imports and is never
 * reused: "CHE-123.456.789" becomes ti-che123456789, the tax code 01234567890 lc-01234567890.
 * What the register does not give (Zefix: sector, size, postcode) stays "not stated".
 */
import {
  directoryRegions,
  NOT_STATED,
  type DirectoryCompany,
  type DirectoryCountry,
} from '#schemas/directory-model.ts';
import { divisionOf } from '#schemas/nace.ts';
import { placeSlug } from '#schemas/places.ts';
import { registerColumns, registerRowSchema } from '#schemas/register-row.ts';

export const registerHeader = registerColumns.join(',');

const idPrefix: Record<DirectoryCountry, string> = { IT: 'lc', CH: 'ti' };

export function registerRowId(country: DirectoryCountry, identifier: string): string {
  return `${idPrefix[country]}-${identifier.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
}

export type RegisterRowResult =
  { ok: true; company: DirectoryCompany } | { ok: false; issues: { column: string; message: string }[] };

/** One register row (column name → cell text) in, one DirectoryCompany or its problems out. */
export function companyFromRegisterRow(cells: Record<string, string>): RegisterRowResult {
  const parsed = registerRowSchema.safeParse(cells);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({ column: String(issue.path[0] ?? ''), message: issue.message })),
    };
  }
  const row = parsed.data;
  const division = row.sector_code === undefined ? NOT_STATED : divisionOf(row.sector_code);
  if (division === undefined) {
    return {
      ok: false,
      issues: [
        {
          column: 'sector_code',
          message: `expected a code whose first two digits are a NACE Rev. 2 division, e.g. 13 (textiles) or 62 (software) — got "${row.sector_code}"`,
        },
      ],
    };
  }
  const company: DirectoryCompany = {
    id: registerRowId(row.country, row.identifier),
    name: row.name,
    country: row.country,
    region: directoryRegions[row.country],
    municipality: row.municipality,
    place: placeSlug(row.municipality),
    division,
    size: row.size ?? NOT_STATED,
    description: {},
    example: false,
    provenance: {
      source: row.source,
      retrieved: row.retrieved,
      identifier: row.identifier,
      legalForm: row.legal_form,
      ...(row.status === 'in-liquidation' ? { inLiquidation: true as const } : {}),
    },
  };
  if (row.postcode !== undefined) company.postcode = row.postcode;
  if (row.sector_code !== undefined) company.sectorCode = row.sector_code;
  return { ok: true, company };
}
