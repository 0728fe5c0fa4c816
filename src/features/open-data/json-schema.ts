/**
 * The published form of a record, as JSON Schema generated from the same zod schemas that
 * validate the content (zod 4's z.toJSONSchema), so the open-data documentation cannot drift
 * from what the build accepts.
 *
 * Published records hold plain JSON: dates as YYYY-MM-DD and relations as ids — the form an
 * editor writes. So wherever a schema transforms its input (dates, references), the document
 * describes the input side; everywhere else it describes the output (defaults filled in).
 */
import { z } from 'zod';

/** The subset of JSON Schema that zod emits and this module reads. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';
  format?: string;
  pattern?: string;
  enum?: readonly (string | number | boolean | null)[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  [keyword: string]: unknown;
}

type Override = NonNullable<NonNullable<Parameters<typeof z.toJSONSchema>[1]>['override']>;
type ZodInternals = { _zod: { def: { type: string; in?: z.ZodType; out?: z.ZodType } } };

const definitionOf = (schema: unknown) => (schema as ZodInternals)._zod.def;

/** Dates are written YYYY-MM-DD; a pipe into a transform is documented by what goes in. */
const override: Override = (ctx) => {
  const def = definitionOf(ctx.zodSchema);
  if (def.type === 'date') {
    replace(ctx.jsonSchema as JsonSchema, { type: 'string', format: 'date' });
  } else if (def.type === 'pipe' && def.in && def.out && definitionOf(def.out).type === 'transform') {
    const { $schema: _ignored, ...input } = z.toJSONSchema(def.in, {
      io: 'input',
      unrepresentable: 'any',
      override,
    }) as JsonSchema;
    replace(ctx.jsonSchema as JsonSchema, collapseAlternatives(input));
  }
};

/** Keeps the node's own description (set with .describe() on the outer schema). */
function replace(target: JsonSchema, source: JsonSchema) {
  const description = target.description;
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, source);
  if (description !== undefined) target.description = description;
}

/** "a Date or a YYYY-MM-DD string" is one thing once published: a YYYY-MM-DD string. */
function collapseAlternatives(schema: JsonSchema): JsonSchema {
  const options = schema.anyOf;
  if (!options || options.length === 0) return schema;
  const [first] = options;
  const same = options.every((option) => option.type === first?.type && option.format === first?.format);
  if (!same) return schema;
  const { anyOf: _options, ...rest } = schema;
  const richest = options.reduce((best, option) =>
    Object.keys(option).length > Object.keys(best).length ? option : best,
  );
  return { ...richest, ...rest };
}

/** JSON Schema of the published form of values that pass `schema`. */
export function publishedJsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io: 'output',
    unrepresentable: 'any',
    override,
  }) as JsonSchema;
  return rest;
}

/**
 * One record of a dataset: the fields the site adds (id, URLs, language) first, then the
 * content fields. Both parts are documented by their zod schemas.
 */
export function recordJsonSchema({
  id,
  title,
  description,
  added,
  content,
}: {
  id: string;
  title: string;
  description: string;
  added: z.ZodObject;
  content: z.ZodType;
}): JsonSchema {
  const addedSchema = publishedJsonSchema(added);
  const contentSchema = publishedJsonSchema(content);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title,
    description,
    type: 'object',
    properties: { ...addedSchema.properties, ...contentSchema.properties },
    required: [...(addedSchema.required ?? []), ...(contentSchema.required ?? [])],
    additionalProperties: false,
  };
}
