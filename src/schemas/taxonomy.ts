/**
 * Controlled vocabularies (content/taxonomies/*.yaml) and the "one of these ids" rule that
 * every other schema uses to point at them.
 */
import { z } from 'zod';
import { closestMatch } from './closest-match.ts';
import type { FieldMeta } from './field-meta.ts';
import { countryCode, expected, httpsUrl, nonEmptyText, slug, strictObject } from './common.ts';

const bothLanguages = strictObject({
  it: nonEmptyText.describe('Italian label'),
  en: nonEmptyText.describe('English label'),
});

const termFields = {
  id: slug.describe('Stable id used in content files and URLs; never change it once published'),
  label: bothLanguages.describe('Name shown on the site, in Italian and English'),
  description: bothLanguages.optional().describe('One sentence explaining the term, in both languages'),
};

export const sectorSchema = strictObject({
  ...termFields,
  ateco: z
    .array(z.string().regex(/^\d{2}(\.\d{1,2})?$/, { error: 'expected an ATECO code such as 13 or 13.3' }))
    .default([])
    .describe('Matching ATECO 2007 divisions (Italian business register)'),
  noga: z
    .array(z.string().regex(/^\d{2}(\.\d{1,2})?$/, { error: 'expected a NOGA code such as 13 or 13.3' }))
    .default([])
    .describe('Matching NOGA 2008 divisions (Swiss business register)'),
});

export const expertiseAreaSchema = strictObject({ ...termFields });

export const fundingInstrumentSchema = strictObject({
  ...termFields,
  scope: z
    .enum(['IT', 'CH', 'EU', 'cross-border', 'regional'], {
      error: expected('expected IT, CH, EU, cross-border or regional'),
    })
    .describe('Who runs the instrument'),
  url: httpsUrl.optional().describe('Official page of the instrument'),
});

export const regionSchema = strictObject({
  ...termFields,
  country: countryCode.describe('Country the region belongs to'),
  kind: z
    .enum(['province', 'canton'], { error: expected('expected province or canton') })
    .describe('Administrative level'),
  inProgrammeArea: z.boolean().default(true).describe('Part of the Interreg Italy–Switzerland programme area'),
});

export const ipTopicSchema = strictObject({ ...termFields });

/** The ids of every controlled vocabulary: what content files may point at. */
export interface Vocabulary {
  sectors: readonly string[];
  expertiseAreas: readonly string[];
  fundingInstruments: readonly string[];
  regions: readonly string[];
  ipTopics: readonly string[];
  /** Which country each region lies in, so a company in "lecco" cannot claim country CH. */
  regionCountry: Readonly<Record<string, 'IT' | 'CH'>>;
}

/**
 * A value that must be one id of a vocabulary. The message lists the allowed ids and,
 * when an editor made a typo, the one they probably meant.
 */
export function vocabularyTerm(ids: readonly string[], file: string) {
  return z
    .string({ error: expected(`expected an id from content/taxonomies/${file}`) })
    .check((ctx) => {
      if (ids.includes(ctx.value)) return;
      const hint = closestMatch(ctx.value, ids);
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message:
          `expected one of ${ids.join(', ')} — got "${ctx.value}"` +
          (hint ? ` (did you mean "${hint}"?)` : ` (to add a new term, edit content/taxonomies/${file})`),
      });
    })
    .meta({ vocabulary: file } satisfies FieldMeta);
}

/** A non-empty list of vocabulary ids without repeats. */
export function vocabularyList(ids: readonly string[], file: string, noun: string) {
  return z
    .array(vocabularyTerm(ids, file), {
      error: expected(`expected a list of ${noun}, one per line starting with "- "`),
    })
    .min(1, { error: `needs at least one of the ${noun}` })
    .refine((values) => new Set(values).size === values.length, {
      error: `lists the same ${noun.replace(/s$/, '')} twice`,
    });
}

/**
 * Object-level rule for entries with both a region and a country: the region must lie in that
 * country, so a company in "lecco" cannot claim CH.
 */
export function regionInCountry(vocabulary: Pick<Vocabulary, 'regionCountry'>) {
  return (entry: { region: string; country: 'IT' | 'CH' }, ctx: z.RefinementCtx) => {
    const regionCountry = vocabulary.regionCountry[entry.region];
    if (regionCountry && regionCountry !== entry.country) {
      ctx.addIssue({
        code: 'custom',
        path: ['region'],
        message: `region "${entry.region}" is in ${regionCountry}, but "country" says ${entry.country}`,
      });
    }
  };
}
