/**
 * A company row imported from a public register (Zefix for Ticino, the special sections of the
 * Italian business register for Lecco), and the registry of those sources
 * (content/directory/sources.yaml). Every row names its source and the day it was retrieved.
 *
 * Sector and size are optional: Zefix has neither, and a missing value is shown as "not stated",
 * never guessed. Cells arrive as text, an empty cell means "absent", as in the directory's CSV.
 */
import { z } from 'zod';
import { directorySizes } from './directory-model.ts';
import { calendarDate, expected, httpsUrl, nonEmptyText, slug, strictObject } from './common.ts';
import { italianTaxCodeProblem, swissUidProblem } from './identifiers.ts';

/** The columns of an imported file, in order. */
export const registerColumns = [
  'identifier',
  'name',
  'legal_form',
  'status',
  'municipality',
  'municipality_code',
  'country',
  'area',
  'postcode',
  'sector_code',
  'size',
  'source',
  'retrieved',
] as const;
export type RegisterColumn = (typeof registerColumns)[number];
export type RegisterCells = Partial<Record<RegisterColumn, string | undefined>>;

/** Entities still on the register; deleted ones are never imported. */
export const registerStatuses = ['active', 'in-liquidation'] as const;

/** The area each country's rows belong to: canton of Ticino, province of Lecco. */
export const registerAreas = { CH: 'TI', IT: 'LC' } as const;

const SECTOR_CODE = /^\d{2}(\.\d{1,2}(\.\d{1,2})?)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function text(rule: string) {
  return z
    .string({ error: expected(rule) })
    .trim()
    .min(1, { error: expected(rule) });
}

function withoutEmptyCells(row: unknown): unknown {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return row;
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== '' && value !== undefined));
}

const fields = z.strictObject({
  identifier: text('expected a Swiss UID (CHE-123.456.789) or the 11-digit tax code of an Italian company'),
  name: text('expected the company name as registered'),
  legal_form: text('expected the legal form as the register writes it, e.g. Società a responsabilità limitata'),
  status: z.enum(registerStatuses, { error: expected('expected active or in-liquidation') }),
  municipality: text('expected the municipality of the registered office, e.g. Lugano'),
  municipality_code: z
    .string()
    .regex(/^\d{1,6}$/, { error: expected('expected the BFS (CH) or ISTAT (IT) number of the municipality') })
    .optional(),
  country: z.enum(['CH', 'IT'], { error: expected('expected CH (Switzerland) or IT (Italy)') }),
  area: z.enum(['TI', 'LC'], { error: expected('expected TI (canton of Ticino) or LC (province of Lecco)') }),
  postcode: z
    .string()
    .regex(/^\d{4,5}$/, { error: expected('expected a postcode of four (CH) or five (IT) digits') })
    .optional(),
  sector_code: z
    .string()
    .regex(SECTOR_CODE, { error: expected('expected an ATECO or NOGA code such as 13.30 or 28.41.0') })
    .optional(),
  size: z
    .enum(directorySizes, { error: expected('expected micro (<10 staff), small (<50), medium (<250) or large') })
    .optional(),
  source: slug.describe('Id of the source in content/directory/sources.yaml'),
  retrieved: z
    .string({ error: expected('expected the day the data was retrieved, YYYY-MM-DD') })
    .regex(DATE, { error: expected('expected the day the data was retrieved, YYYY-MM-DD') }),
});

/** One imported row: column name → cell text in, the same fields (absent ones left out) out. */
export const registerRowSchema = z.preprocess(
  withoutEmptyCells,
  fields.superRefine((row, ctx) => {
    const problem = row.country === 'CH' ? swissUidProblem(row.identifier) : italianTaxCodeProblem(row.identifier);
    if (problem) ctx.addIssue({ code: 'custom', path: ['identifier'], message: problem });
    if (registerAreas[row.country] !== row.area) {
      ctx.addIssue({
        code: 'custom',
        path: ['area'],
        message: `expected ${registerAreas[row.country]} for a company in ${row.country} — got "${row.area}"`,
      });
    }
  }),
);
export type RegisterRow = z.output<typeof registerRowSchema>;

/** One entry of content/directory/sources.yaml: where rows come from and on which terms. */
export const registerSourceSchema = strictObject({
  id: slug.describe('The value of the rows’ `source` column'),
  title: nonEmptyText.describe('Name of the dataset, e.g. "Zefix – central business name index"'),
  publisher: nonEmptyText.describe('Who publishes it'),
  url: httpsUrl.describe('Where the dataset is described or downloaded'),
  licence: nonEmptyText.describe('The terms of use as the publisher states them'),
  attribution: nonEmptyText.describe('The text the site shows wherever these rows appear'),
  terms_checked: calendarDate
    .optional()
    .describe('When an editor read the terms on the publisher’s site; absent: not yet checked'),
  notes: nonEmptyText.optional(),
  refresh_url: httpsUrl
    .optional()
    .describe(
      'Where `npm run registers:refresh` downloads the data: the SPARQL endpoint (zefix) or the CSV list; absent: not refreshed',
    ),
});

export const registerSourcesSchema = strictObject({
  sources: z
    .array(registerSourceSchema, { error: expected('expected a list of sources') })
    .min(1, { error: 'needs at least one source' })
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((source, index) => {
        if (seen.has(source.id)) {
          ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `"${source.id}" is listed twice` });
        }
        seen.add(source.id);
      });
    }),
});
export type RegisterSource = z.output<typeof registerSourceSchema>;
