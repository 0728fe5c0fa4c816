import { z } from 'zod';
import { expected } from './common.ts';
import { refersTo, type FieldMeta } from './field-meta.ts';
import type { Vocabulary } from './taxonomy.ts';

/** A relation to another entry, as Astro's reference() resolves it. */
export interface EntryReference {
  id: string;
  collection: string;
}

export type ReferencedCollection = 'companies' | 'researchCentres';
export type ReferenceFn = (collection: ReferencedCollection) => z.ZodType<EntryReference>;

/**
 * What a schema needs from its surroundings. The Astro build passes astro:content's
 * reference() and image(); scripts and tests pass the plain versions below.
 */
export interface SchemaContext<Image extends z.ZodType = z.ZodType> {
  vocabulary: Vocabulary;
  reference: ReferenceFn;
  image: () => Image;
}

/** reference() without Astro: keeps the id; whether it resolves is checked by src/features/content-check/integrity.ts. */
export const plainReference: ReferenceFn = (collection) =>
  refersTo(z.string({ error: expected(`expected the id of an entry in ${collection}`) }), collection).transform(
    (id) => ({ id, collection }),
  );

/** image() without Astro: a path relative to the content file. */
export const plainImage = () =>
  z
    .string({ error: expected('expected the path of an image file next to this entry, e.g. ./cover.jpg') })
    .meta({ image: true } satisfies FieldMeta);
