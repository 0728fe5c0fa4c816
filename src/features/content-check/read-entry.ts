/**
 * Reads one entry file: its YAML (or front matter) with positions, its MDX outline, and what its
 * schema accepts and refuses. Nothing is reported here; the rules report what they find.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { inspectMdx } from '#features/safe-mdx/index.ts';
import { contentKinds } from './content-kinds.ts';
import type { EntryCandidate } from './content-files.ts';
import type { EntryFile } from './context.ts';
import { readYaml, splitFrontMatter } from './yaml-source.ts';

export function readEntry(candidate: EntryCandidate, schema: z.ZodType): EntryFile {
  const text = readFileSync(candidate.absolute, 'utf8');
  const entry: EntryFile = {
    ...candidate,
    text,
    mdx: undefined,
    source: undefined,
    outline: undefined,
    firstLine: 1,
    raw: undefined,
    issues: [],
    data: undefined,
    fields: {},
  };
  if (contentKinds[candidate.kind].extension === '.mdx') {
    const split = splitFrontMatter(text);
    const inspection = inspectMdx(text);
    entry.mdx = { split, problems: inspection.problems };
    entry.outline = inspection.outline;
    if (split.frontMatter !== undefined) {
      entry.firstLine = split.frontMatterLine;
      entry.source = readYaml(split.frontMatter, split.frontMatterLine);
    }
  } else {
    entry.source = readYaml(text);
  }
  if (!entry.source || entry.source.syntaxProblems.length > 0) return entry;
  entry.raw = entry.source.data;
  if (entry.raw === null || entry.raw === undefined) return entry;
  const result = schema.safeParse(entry.raw);
  if (result.success) {
    entry.data = result.data as Record<string, unknown>;
    entry.fields = withEveryField(schema, entry.data);
  } else {
    entry.issues = result.error.issues;
    entry.fields = validFields(schema, entry.raw);
  }
  return entry;
}

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  return schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : undefined;
}

/** A valid entry's data, with the absent optional fields as keys too: every field is readable. */
function withEveryField(schema: z.ZodType, data: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...data };
  for (const key of Object.keys(shapeOf(schema) ?? {})) if (!(key in fields)) fields[key] = undefined;
  return fields;
}

/**
 * The fields of an invalid entry that are valid on their own. Rules that compare or follow a
 * field (translations, references, duplicates) still see it, whatever else is wrong in the file;
 * rules between fields (sources unless example, dates in order) are the schema's, reported with it.
 */
function validFields(schema: z.ZodType, raw: unknown): Record<string, unknown> {
  const shape = shapeOf(schema);
  if (!shape || raw === null || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const fields: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(shape)) {
    const result = fieldSchema.safeParse((raw as Record<string, unknown>)[key]);
    if (result.success) fields[key] = result.data;
  }
  return fields;
}
