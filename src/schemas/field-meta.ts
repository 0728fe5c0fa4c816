/**
 * What a field's value points at, when the zod type alone cannot say it: an id from a taxonomy
 * file or the id of another entry. Stored as zod metadata, so the schema stays the one place that
 * says it; the CMS configuration (src/features/cms/) reads it to offer a choice instead of a text box.
 */
import { z } from 'zod';

/** Collections whose entries other content points at by id (file name without extension). */
export type EntryCollection = 'companies' | 'researchCentres' | 'ipGuides';

export interface FieldMeta {
  /** An id from content/taxonomies/<file>. */
  vocabulary?: string;
  /** The id of an entry of this collection. */
  refersTo?: EntryCollection;
  /** An image file next to the entry. */
  image?: true;
}

/** Marks `schema` as pointing at entries of `collection`; the value is unchanged. */
export function refersTo<Schema extends z.ZodType>(schema: Schema, collection: EntryCollection): Schema {
  return schema.meta({ refersTo: collection } satisfies FieldMeta) as Schema;
}

/** The metadata of one schema (inherited through .describe(), .optional() keeps it on the inner type). */
export function fieldMeta(schema: z.ZodType): FieldMeta {
  const meta = z.globalRegistry.get(schema) ?? {};
  const found: FieldMeta = {};
  if (typeof meta['vocabulary'] === 'string') found.vocabulary = meta['vocabulary'];
  if (typeof meta['refersTo'] === 'string') found.refersTo = meta['refersTo'] as EntryCollection;
  if (meta['image'] === true) found.image = true;
  return found;
}
