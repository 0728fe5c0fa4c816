import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { calendarDate, localizedText, nonEmptyText, slug } from '#schemas/common.ts';
import { plainImage, plainReference } from '#schemas/context.ts';
import { vocabularyList, vocabularyTerm } from '#schemas/taxonomy.ts';
import { CmsConfigError, fieldLabel, schemaFields, type FieldContext } from './schema-fields.ts';

const context: FieldContext = {
  vocabularies: { 'sectors.yaml': [{ id: 'textiles', label: { it: 'Tessile', en: 'Textiles' } }] },
  guideSlugs: ['patents-italy'],
  translated: false,
  maxImageBytes: 2_000_000,
};

const fields = (shape: Record<string, z.ZodType>, overrides: Partial<FieldContext> = {}) =>
  schemaFields(shape, { ...context, ...overrides });

describe('schema fields for the CMS', () => {
  it('stops at a zod type it cannot show, naming the field', () => {
    const shape = { cover: z.object({ size: z.bigint() }) };
    expect(() => fields(shape)).toThrow(CmsConfigError);
    expect(() => fields(shape)).toThrow(/^cover\.size: the CMS configuration cannot show a field of zod type "bigint"/);
    expect(() => fields({ results: z.array(z.object({ at: z.map(z.string(), z.string()) })) })).toThrow(
      /^results\[\]\.at: .*"map"/,
    );
  });

  it('offers the terms of a taxonomy with their labels in both languages', () => {
    const [one, many] = fields({
      sector: vocabularyTerm(['textiles'], 'sectors.yaml'),
      sectors: vocabularyList(['textiles'], 'sectors.yaml', 'sectors'),
    });
    expect(one).toMatchObject({ widget: 'select', options: [{ label: 'Tessile · Textiles', value: 'textiles' }] });
    expect(many).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(() => fields({ x: vocabularyTerm([], 'nowhere.yaml') })).toThrow(/^x: no taxonomy "nowhere.yaml"/);
  });

  it('links entries to other collections, and images to the entry’s folder', () => {
    const [companies, guide, cover] = fields({
      companies: z.array(plainReference('companies')),
      guide: slug.meta({ refersTo: 'ipGuides' }),
      cover: plainImage(),
    });
    expect(companies).toMatchObject({
      widget: 'relation',
      collection: 'companies',
      value_field: '{{slug}}',
      multiple: true,
    });
    expect(guide).toMatchObject({ widget: 'select', options: [{ label: 'patents-italy', value: 'patents-italy' }] });
    expect(cover).toMatchObject({ widget: 'image', choose_url: false, media_library: { max_file_size: 2_000_000 } });
  });

  it('keeps hints, patterns, limits, defaults and whether a field is required', () => {
    const [id, date, trl, flag, title] = fields({
      id: slug.describe('Stable id'),
      date: calendarDate.optional().describe('When (YYYY-MM-DD)'),
      trl: z.number().int().min(1).max(9),
      flag: z.boolean().default(false),
      title: nonEmptyText.max(120).describe('Headline'),
    });
    expect(id).toMatchObject({
      widget: 'string',
      hint: 'Stable id',
      pattern: ['^[a-z0-9]+(?:-[a-z0-9]+)*$', expect.any(String)],
    });
    expect(id!.required).toBeUndefined();
    expect(date).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, required: false });
    expect(trl).toMatchObject({ widget: 'number', value_type: 'int', min: 1, max: 9 });
    expect(flag).toMatchObject({ widget: 'boolean', required: false, default: false });
    expect(title).toMatchObject({ hint: 'Headline' });
  });

  it('translates texts and copies everything else in collections with one file per language', () => {
    const [title, date, reviewed] = fields(
      { title: nonEmptyText, date: calendarDate, reviewed: z.object({ date: calendarDate, by: nonEmptyText }) },
      { translated: true },
    );
    expect(title!.i18n).toBe(true);
    expect(date!.i18n).toBe('duplicate');
    expect(reviewed!.i18n).toBe(true);
    expect(reviewed!.fields!.map((field) => field.i18n)).toEqual(['duplicate', true]);
  });

  it('makes the fields of an optional group optional, so an empty group can be saved', () => {
    const [contact] = fields({ contact: z.object({ email: nonEmptyText, unit: localizedText }).optional() });
    expect(contact!.required).toBe(false);
    expect(contact!.fields!.map((field) => field.required)).toEqual([false, false]);
    expect(contact!.fields![1]!.fields!.map((field) => field.required)).toEqual([false, false]);
  });

  it('names fields as editors read them', () => {
    expect(fieldLabel('researchCentres')).toBe('Research centres');
    expect(fieldLabel('trl')).toBe('TRL');
    expect(fieldLabel('it')).toBe('Italiano');
  });
});
