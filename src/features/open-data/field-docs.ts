/**
 * The open-data page's field tables, read from the datasets' JSON Schemas: one row per field,
 * nested fields as dotted paths ("reviewed.date", "offers[].title.it"), so the documentation is
 * generated from the same schemas that validate the content.
 */
import { columnsOf, isPlain } from './csv.ts';
import type { JsonSchema } from './json-schema.ts';

export type FieldType =
  | { kind: 'text'; maxLength?: number | undefined }
  | { kind: 'date' | 'url' | 'email' | 'boolean' | 'object' | 'any' }
  | { kind: 'integer' | 'number'; minimum?: number | undefined; maximum?: number | undefined }
  | { kind: 'choice'; values: readonly string[] }
  | { kind: 'list'; of: FieldType };

export interface FieldDoc {
  path: string;
  type: FieldType;
  required: boolean;
  description: string | undefined;
  /** Nesting depth: 0 for top-level fields. */
  depth: number;
}

export function fieldType(schema: JsonSchema): FieldType {
  if (schema.enum) return { kind: 'choice', values: schema.enum.map(String) };
  switch (schema.type) {
    case 'string':
      if (schema.format === 'date') return { kind: 'date' };
      if (schema.format === 'uri') return { kind: 'url' };
      if (schema.format === 'email') return { kind: 'email' };
      return { kind: 'text', maxLength: schema.maxLength };
    case 'integer':
    case 'number':
      return { kind: schema.type, minimum: schema.minimum, maximum: schema.maximum };
    case 'boolean':
      return { kind: 'boolean' };
    case 'array':
      return { kind: 'list', of: schema.items ? fieldType(schema.items) : { kind: 'any' } };
    case 'object':
      return { kind: 'object' };
    default:
      return { kind: 'any' };
  }
}

export function fieldDocs(schema: JsonSchema, prefix = '', depth = 0): FieldDoc[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([key, field]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const own: FieldDoc = {
      path,
      type: fieldType(field),
      required: required.has(key) || field.default !== undefined,
      description: field.description,
      depth,
    };
    if (field.type === 'object' && field.properties) return [own, ...fieldDocs(field, path, depth + 1)];
    if (field.type === 'array' && field.items?.type === 'object' && !isPlain(field.items)) {
      return [own, ...fieldDocs(field.items, `${path}[]`, depth + 1)];
    }
    return [own];
  });
}

/** The CSV columns of a dataset, by name: which field tables rows are columns of their own. */
export function csvColumnNames(schema: JsonSchema): string[] {
  return columnsOf(schema).map((column) => column.name);
}
