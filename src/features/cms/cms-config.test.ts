/**
 * The CMS configuration against the schemas, read independently through zod's own JSON Schema
 * conversion: every schema field is in the editor and every editor field is in a schema, with
 * the same required flag, and every collection points at files that exist.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  contentDataFiles,
  loadVocabulary,
  readGuideSlugs,
  schemasFor,
  taxonomyFiles,
} from '#features/content-check/index.ts';
import { factSchema } from '#schemas/fact.ts';
import { ipComparisonRowSchema } from '#schemas/ip-comparison.ts';
import { projectRoot } from '#scripts/support/paths.ts';
import { cmsConfig } from './cms-config.ts';
import { LIST_FIELD, NOTES_FIELD } from './formats.ts';
import type { CmsField } from './schema-fields.ts';

const config = cmsConfig({ root: projectRoot, siteUrl: 'https://hub.example.org' });
const contentDir = path.join(projectRoot, 'content');
const vocabulary = loadVocabulary(contentDir);

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

/** "results[].metric" → required?, from the JSON Schema; `parentRequired` false inside an optional group. */
function schemaPaths(schema: JsonSchema, prefix = '', parentRequired = true, paths = new Map<string, boolean>()) {
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants && variants.some((variant) => variant.properties)) {
    // A discriminated union: the fields of every variant, required only where every variant requires them.
    const each = variants.map((variant) => schemaPaths(variant, prefix, parentRequired));
    for (const key of new Set(each.flatMap((variantPaths) => [...variantPaths.keys()]))) {
      paths.set(
        key,
        each.every((variantPaths) => variantPaths.get(key) === true),
      );
    }
    return paths;
  }
  if (schema.type === 'array' && schema.items?.properties) return schemaPaths(schema.items, `${prefix}[]`, true, paths);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const key = prefix ? `${prefix}.${name}` : name;
    const required = parentRequired && (schema.required ?? []).includes(name);
    paths.set(key, (paths.get(key) ?? false) || required);
    const nested = property.anyOf?.find((option) => option.properties) ?? property;
    if (nested.properties || nested.oneOf || nested.items?.properties) schemaPaths(nested, key, required, paths);
  }
  return paths;
}

function configPaths(fields: readonly CmsField[], prefix = '', paths = new Map<string, boolean>()) {
  for (const field of fields) {
    const key = prefix ? `${prefix}.${field.name}` : field.name;
    paths.set(key, field.required !== false);
    if (field.fields) configPaths(field.fields, field.widget === 'list' ? `${key}[]` : key, paths);
  }
  return paths;
}

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

const schemas = schemasFor(vocabulary);
const entrySchemas: [string, z.ZodType][] = Object.entries(schemas);

describe('the CMS configuration generated from the schemas', () => {
  it.each(entrySchemas)('%s: every schema field is in the editor, and nothing else', (name, schema) => {
    const collection = config.collections.find((candidate) => candidate.name === name)!;
    const fields = configPaths(collection.fields!);
    const translated = collection.format === 'mdx-frontmatter';
    if (translated) {
      expect(fields.get('body'), 'the text of a story, guide or page').toBe(true);
      fields.delete('body');
    }
    expect(Object.fromEntries(fields)).toEqual(Object.fromEntries(schemaPaths(jsonSchema(schema))));
  });

  it('lists the facts, the comparison and the taxonomies with the fields of their schemas', () => {
    const comparisonRow = ipComparisonRowSchema({ guideSlugs: readGuideSlugs(contentDir) });
    const schemaOfFile = (collection: string, fileName: string): z.ZodType => {
      if (collection === 'facts') return factSchema;
      if (collection === 'ipComparison') return comparisonRow;
      const taxonomy = Object.values(taxonomyFiles).find(({ file }) => file === `${fileName}.yaml`);
      if (!taxonomy) throw new Error(`no taxonomy file ${fileName}.yaml`);
      return taxonomy.schema;
    };
    for (const name of ['facts', 'ipComparison', 'taxonomies']) {
      const collection = config.collections.find((candidate) => candidate.name === name)!;
      expect(collection.files!.length, name).toBeGreaterThan(0);
      for (const file of collection.files!) {
        const [notes, items] = file.fields;
        expect([notes!.name, items!.name]).toEqual([NOTES_FIELD, LIST_FIELD]);
        expect(Object.fromEntries(configPaths(items!.fields!)), file.file).toEqual(
          Object.fromEntries(schemaPaths(jsonSchema(schemaOfFile(name, file.name)))),
        );
      }
    }
    expect(config.collections.find((candidate) => candidate.name === 'taxonomies')!.files!.length).toBe(
      Object.keys(taxonomyFiles).length,
    );
  });

  it('points every collection at folders and files that exist, in both languages', () => {
    for (const collection of config.collections) {
      if (collection.folder) {
        const folders = collection.i18n
          ? config.i18n.locales.map((locale) => `${collection.folder}/${locale}`)
          : [collection.folder];
        for (const folder of folders) expect(existsSync(path.join(projectRoot, folder)), folder).toBe(true);
      }
      for (const file of collection.files ?? [])
        expect(existsSync(path.join(projectRoot, file.file)), file.file).toBe(true);
    }
    const comparison = config.collections.find((collection) => collection.name === 'ipComparison')!;
    expect(comparison.files!.map((file) => file.file)).toEqual([`content/${contentDataFiles.ipComparison}`]);
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['it', 'en'], default_locale: 'it' });
  });

  it('ends every change in a pull request on the repository the site names', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'github', repo: 'pmi-network/knowledge-hub', open_authoring: true });
  });
});
