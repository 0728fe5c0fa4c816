/**
 * Turns a zod schema into the fields of a Decap CMS collection: one field per schema field, with
 * its widget, whether it is required, its default, its hint (the schema's `.describe()`), its
 * pattern, its choices (labels from the taxonomies) and its relations to other collections.
 * A zod type this module does not know stops the generation with the field's path: a field is
 * never silently left out of the editor.
 */
import { z } from 'zod';
import { fieldMeta, type EntryCollection } from '#schemas/field-meta.ts';

/** A field as Decap CMS reads it from config.yml (only the options this site uses). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  i18n?: true | 'duplicate';
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  fields?: CmsField[];
  field?: CmsField;
  summary?: string;
  collapsed?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  format?: string;
  date_format?: string;
  time_format?: false;
  picker_utc?: boolean;
  choose_url?: boolean;
  media_library?: { max_file_size: number };
}

/** What the walk needs besides the schema: the choices that live outside it. */
export interface FieldContext {
  /** Terms of each taxonomy file (sectors.yaml …): id and label in both languages. */
  vocabularies: Readonly<Record<string, readonly { id: string; label: { it: string; en: string } }[]>>;
  /** File names (without .mdx) of the IP guides. */
  guideSlugs: readonly string[];
  /** Collections translated with one file per language: texts are per language, the rest is copied. */
  translated: boolean;
  /** Largest image an editor may upload, in bytes (the content check's limit). */
  maxImageBytes: number;
}

export class CmsConfigError extends Error {
  override name = 'CmsConfigError';
}

type Def = z.core.$ZodTypeDef & Record<string, unknown>;
type Check = { _zod: { def: Record<string, unknown> } };

const defOf = (schema: z.ZodType) => schema._zod.def as Def;
const checksOf = (schema: z.ZodType) =>
  ((defOf(schema).checks ?? []) as unknown as Check[]).map((check) => check._zod.def);
const description = (schema: z.ZodType) => z.globalRegistry.get(schema)?.description;

/** Field names as editors read them: "researchCentres" → "Research centres". */
const WORDS: Readonly<Record<string, string>> = { trl: 'TRL', ip: 'IP', url: 'URL', it: 'Italiano', en: 'English' };
export function fieldLabel(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .map((word) => WORDS[word.toLowerCase()] ?? word.toLowerCase());
  const [first = name, ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
}

/** The schema under optional/default wrappers, with what the wrappers say. */
function unwrap(schema: z.ZodType) {
  let current = schema;
  let required = true;
  let defaultValue: unknown;
  let hint = description(schema);
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional') required = false;
    else if (def.type === 'default') {
      required = false;
      const value = def['defaultValue'];
      defaultValue = typeof value === 'function' ? (value as () => unknown)() : value;
    } else if (def.type === 'pipe') {
      // A transform (e.g. a date read as text): the file holds what goes in.
    } else break;
    current = (def.type === 'pipe' ? def['in'] : def['innerType']) as z.ZodType;
    hint ??= description(current);
  }
  return { schema: current, required, defaultValue, hint };
}

/** Free text lives in each language; ids, dates, numbers, choices and images are the same in both. */
function isText(field: CmsField): boolean {
  if (['string', 'text', 'markdown'].includes(field.widget)) return true;
  return [...(field.fields ?? []), ...(field.field ? [field.field] : [])].some(isText);
}

const LONG_TEXT = new Set(['summary', 'description', 'howToEngage', 'pays', 'note', 'access', 'text']);

const relationTargets: Record<Exclude<EntryCollection, 'ipGuides'>, { search: string }> = {
  companies: { search: 'name' },
  researchCentres: { search: 'name' },
};

export function schemaFields(shape: Readonly<Record<string, z.ZodType>>, context: FieldContext, path = ''): CmsField[] {
  return Object.entries(shape).map(([name, schema]) =>
    schemaField(name, schema, context, path ? `${path}.${name}` : name),
  );
}

/** One field: `path` names it in errors ("results.metric"). */
export function schemaField(name: string, original: z.ZodType, context: FieldContext, path: string): CmsField {
  const { schema, required, defaultValue, hint } = unwrap(original);
  const field: CmsField = { name, label: fieldLabel(name), ...fieldBody(name, schema, context, path) };
  if (!required) optional(field);
  if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0)) {
    field.default = defaultValue;
  }
  if (hint) field.hint = hint;
  // Decap takes only true on groups and lists: their fields say, one by one, what is copied.
  if (context.translated) field.i18n = isText(field) || field.fields ? true : 'duplicate';
  return field;
}

type Body = Omit<CmsField, 'name' | 'label'>;

/**
 * Marks a field optional. Decap checks the fields of a group even when the group is left empty,
 * so an optional group's fields are optional too, down through groups (a list's items are checked
 * only when there are some); the content check still refuses half a group.
 */
function optional(field: CmsField): CmsField {
  field.required = false;
  if (field.widget === 'object') field.fields?.forEach(optional);
  return field;
}

function choice(schema: z.ZodType, context: FieldContext, path: string): Body | undefined {
  const meta = fieldMeta(schema);
  const def = defOf(schema);
  if (meta.vocabulary) {
    const terms = context.vocabularies[meta.vocabulary];
    if (!terms) throw new CmsConfigError(`${path}: no taxonomy "${meta.vocabulary}" in content/taxonomies/`);
    return {
      widget: 'select',
      options: terms.map((term) => ({ label: `${term.label.it} · ${term.label.en}`, value: term.id })),
    };
  }
  if (meta.refersTo === 'ipGuides') {
    return { widget: 'select', options: context.guideSlugs.map((slug) => ({ label: slug, value: slug })) };
  }
  if (meta.refersTo) {
    const { search } = relationTargets[meta.refersTo];
    return {
      widget: 'relation',
      collection: meta.refersTo,
      value_field: '{{slug}}',
      search_fields: [search],
      display_fields: [search],
    };
  }
  if (def.type === 'enum') {
    const values = Object.values(def['entries'] as Record<string, string>);
    return { widget: 'select', options: values.map((value) => ({ label: value, value })) };
  }
  if (def.type === 'literal') {
    const values = def['values'] as unknown[];
    if (values.every((value) => typeof value === 'string')) {
      return { widget: 'select', options: (values as string[]).map((value) => ({ label: value, value })) };
    }
  }
  return undefined;
}

const DATE: Body = {
  widget: 'datetime',
  format: 'YYYY-MM-DD',
  date_format: 'YYYY-MM-DD',
  time_format: false,
  picker_utc: true,
};

function stringBody(name: string, schema: z.ZodType, context: FieldContext): Body {
  if (fieldMeta(schema).image) {
    return { widget: 'image', choose_url: false, media_library: { max_file_size: context.maxImageBytes } };
  }
  const def = defOf(schema);
  const body: Body = { widget: LONG_TEXT.has(name) ? 'text' : 'string' };
  if (def['format'] === 'date') return DATE;
  if (def['format'] === 'email')
    body.pattern = ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'an e-mail address such as info@example.org'];
  if (def['format'] === 'url') body.pattern = ['^https://\\S+$', 'a full web address starting with https://'];
  for (const check of checksOf(schema)) {
    if (check['check'] === 'string_format' && check['format'] === 'regex') {
      body.pattern = [(check['pattern'] as RegExp).source, `must match ${(check['pattern'] as RegExp).source}`];
    }
  }
  return body;
}

function numberBody(schema: z.ZodType): Body {
  const body: Body = { widget: 'number', value_type: 'float' };
  for (const check of checksOf(schema)) {
    if (check['check'] === 'number_format' && String(check['format']).includes('int')) body.value_type = 'int';
    if (check['check'] === 'greater_than' && check['inclusive']) body.min = check['value'] as number;
    if (check['check'] === 'less_than' && check['inclusive']) body.max = check['value'] as number;
  }
  return body;
}

function lengthLimits(schema: z.ZodType): Pick<Body, 'min' | 'max'> {
  const limits: Pick<Body, 'min' | 'max'> = {};
  for (const check of checksOf(schema)) {
    if (check['check'] === 'min_length') limits.min = check['minimum'] as number;
    if (check['check'] === 'max_length') limits.max = check['maximum'] as number;
  }
  return limits;
}

/**
 * A union of object types told apart by one field (a fact's value: money, duration …): one group
 * with that field as a choice and every other field of every variant, each saying which kinds use it.
 */
function discriminatedBody(schema: z.ZodType, context: FieldContext, path: string): Body {
  const def = defOf(schema);
  const key = def['discriminator'] as string;
  const variants = def['options'] as z.ZodObject[];
  const kinds = variants.map((variant) => (defOf(variant.shape[key] as z.ZodType)['values'] as string[])[0]!);
  const usedBy = new Map<string, { schema: z.ZodType; kinds: string[] }>();
  variants.forEach((variant, index) => {
    for (const [name, member] of Object.entries(variant.shape)) {
      if (name === key) continue;
      const entry = usedBy.get(name) ?? { schema: member as z.ZodType, kinds: [] };
      entry.kinds.push(kinds[index]!);
      usedBy.set(name, entry);
    }
  });
  const fields: CmsField[] = [
    {
      name: key,
      label: fieldLabel(key),
      widget: 'select',
      options: kinds.map((kind) => ({ label: kind, value: kind })),
      hint: `Which kind of value: ${kinds.join(', ')}; then fill in only the fields of that kind`,
    },
    ...[...usedBy.entries()].map(([name, { schema: member, kinds: users }]) => {
      const field = schemaField(name, member, { ...context, translated: false }, `${path}.${name}`);
      if (users.length < kinds.length) {
        optional(field);
        field.hint = `Only for ${users.join(', ')}. ${field.hint ?? ''}`.trim();
      }
      return field;
    }),
  ];
  return { widget: 'object', fields, collapsed: false };
}

function fieldBody(name: string, schema: z.ZodType, context: FieldContext, path: string): Body {
  const chosen = choice(schema, context, path);
  if (chosen) return chosen;
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return stringBody(name, schema, context);
    case 'number':
      return numberBody(schema);
    case 'boolean':
      return { widget: 'boolean' };
    case 'date':
      return DATE;
    case 'literal':
      if ((def['values'] as unknown[]).every((value) => value === true)) return { widget: 'boolean' };
      break;
    case 'union': {
      const options = def['options'] as z.ZodType[];
      if (def['discriminator']) return discriminatedBody(schema, context, path);
      // A date given as a YAML date or as "YYYY-MM-DD" text.
      if (options.some((option) => defOf(option).type === 'date')) return DATE;
      break;
    }
    case 'object':
      return { widget: 'object', fields: schemaFields((schema as z.ZodObject).shape, context, path) };
    case 'array': {
      const item = unwrap(def['element'] as z.ZodType).schema;
      const limits = lengthLimits(schema);
      const itemChoice = choice(item, context, path);
      if (itemChoice) return { ...itemChoice, multiple: true, ...limits };
      const itemField = schemaField('item', item, { ...context, translated: false }, `${path}[]`);
      if (itemField.widget === 'object') {
        const fields = schemaFields((item as z.ZodObject).shape, context, `${path}[]`);
        return { widget: 'list', fields, ...limits, summary: `{{fields.${fields[0]!.name}}}` };
      }
      return { widget: 'list', field: { ...itemField, name: name, label: fieldLabel(name) }, ...limits };
    }
    case 'record': {
      const value = unwrap(def['valueType'] as z.ZodType).schema;
      if (defOf(value).type === 'number') return { widget: 'key-value' };
      break;
    }
  }
  throw new CmsConfigError(
    `${path}: the CMS configuration cannot show a field of zod type "${def.type}"; teach src/features/cms/schema-fields.ts how to edit it`,
  );
}
