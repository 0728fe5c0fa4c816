import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { companySchema, plainImage, plainReference, caseStudySchema, type Vocabulary } from '#schemas/index.ts';
import { cellText, columnsOf, LIST_SEPARATOR, parseCsv, toCsv } from './csv.ts';
import { datasetDefinitions } from './datasets.ts';
import { fieldDocs } from './field-docs.ts';
import { catalogue, filesOf, lastReviewed, renderDataFile, type PublishedDataset } from './files.ts';
import { publishedJsonSchema, type JsonSchema } from './json-schema.ts';
import { publishRecord, toPublished } from './records.ts';

const vocabulary: Vocabulary = {
  sectors: ['textiles', 'metalworking'],
  expertiseAreas: ['materials', 'water'],
  fundingInstruments: ['innosuisse'],
  regions: ['lecco', 'ticino'],
  ipTopics: ['patents'],
  regionCountry: { lecco: 'IT', ticino: 'CH' },
};
const licence = {
  id: 'CC-BY-4.0',
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Hub',
};
const definitions = datasetDefinitions(vocabulary, 'https://hub.example.org/');
const definition = (id: string) => definitions.find((dataset) => dataset.id === id)!;

const companyInput = {
  name: 'Tessiture "Lago", Nord S.r.l.',
  example: true,
  country: 'IT',
  region: 'lecco',
  municipality: 'Lecco',
  sectors: ['textiles', 'metalworking'],
  sizeBand: 'small',
  capabilities: ['materials'],
  offers: [{ title: { it: 'Tintura', en: 'Dyeing' }, description: { en: 'Line one\nline two' }, expertise: ['water'] }],
  languages: ['it', 'en'],
  description: { it: 'Descrizione' },
  reviewed: { date: '2026-01-15', by: 'Redazione' },
};

describe('published JSON Schema', () => {
  const schema = publishedJsonSchema(companySchema({ vocabulary }));

  it('documents dates by what is published: YYYY-MM-DD text, keeping the field’s description', () => {
    const date = schema.properties!.reviewed!.properties!.date!;
    expect(date).toMatchObject({ type: 'string', format: 'date' });
    expect(date.description).toMatch(/last checked/);
  });

  it('documents relations as the id of the entry they point at', () => {
    const story = publishedJsonSchema(caseStudySchema({ vocabulary, reference: plainReference, image: plainImage }));
    expect(story.properties!.companies!.items).toMatchObject({ type: 'string' });
  });

  it('lists fields with defaults as always present, since published records carry them', () => {
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'example', 'certifications', 'offers']));
    expect(schema.required).not.toContain('founded');
  });
});

describe('records', () => {
  it('publish dates as YYYY-MM-DD, references as ids and leave out absent fields', () => {
    expect(
      toPublished({
        date: new Date('2026-03-01T00:00:00Z'),
        company: { id: 'acme', collection: 'companies' },
        gone: undefined,
      }),
    ).toEqual({ date: '2026-03-01', company: 'acme' });
  });

  it('match the documented schema of their dataset, which rejects unknown fields', () => {
    const parsed = companySchema({ vocabulary }).parse(companyInput);
    const record = publishRecord(
      { id: 'tessiture', url: { it: 'https://x.org/it/', en: 'https://x.org/en/' } },
      parsed,
    );
    const validator = z.fromJSONSchema(definition('companies').schema as Parameters<typeof z.fromJSONSchema>[0]);
    expect(validator.safeParse(record).success).toBe(true);
    expect(validator.safeParse({ ...record, nmae: 'typo' }).success).toBe(false);
  });
});

describe('CSV', () => {
  const schema = definition('companies').schema;
  const columns = columnsOf(schema);
  const record = publishRecord(
    { id: 'tessiture', url: { it: 'https://x.org/it/', en: 'https://x.org/en/' } },
    companySchema({ vocabulary }).parse(companyInput),
  );

  it('takes its columns from the schema: added fields first, groups as dotted columns', () => {
    const names = columns.map((column) => column.name);
    expect(names.slice(0, 4)).toEqual(['id', 'url.it', 'url.en', 'name']);
    expect(names).toEqual(expect.arrayContaining(['reviewed.date', 'reviewed.by', 'description.it', 'contact.email']));
    // Optional fields no record uses still have their column.
    expect(names).toContain('founded');
  });

  it('writes lists of plain values joined, lists of groups as JSON', () => {
    const byName = new Map(columns.map((column) => [column.name, column]));
    expect(cellText(record, byName.get('sectors')!)).toBe(['textiles', 'metalworking'].join(LIST_SEPARATOR));
    expect(JSON.parse(cellText(record, byName.get('offers')!))).toEqual(record.offers);
    expect(cellText(record, byName.get('founded')!)).toBe('');
  });

  it('quotes commas, quotes and line breaks so the text reads back unchanged', () => {
    const text = toCsv(columns, [record, record]);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(columns.map((column) => column.name));
    const name = rows[1]![columns.findIndex((column) => column.name === 'name')];
    expect(name).toBe('Tessiture "Lago", Nord S.r.l.');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('parses quoted fields with doubled quotes and CRLF, and rejects an unterminated quote', () => {
    expect(parseCsv('a,"b ""c""",d\r\n"x\r\ny",,z\r\n')).toEqual([
      ['a', 'b "c"', 'd'],
      ['x\r\ny', '', 'z'],
    ]);
    expect(() => parseCsv('a,"b')).toThrow(/quoted/);
  });
});

describe('dataset files', () => {
  const dataset: PublishedDataset = {
    ...definition('regions'),
    formats: ['json', 'csv', 'csv.gz'],
    records: [
      { id: 'lecco', label: { it: 'Lecco', en: 'Lecco' }, country: 'IT', kind: 'province', inProgrammeArea: true },
    ],
  };

  it('are named after the dataset, with its schema beside them', () => {
    expect(filesOf(dataset).map((file) => file.name)).toEqual([
      'regions.json',
      'regions.csv',
      'regions.csv.gz',
      'regions.schema.json',
    ]);
  });

  it('carry the licence and every record in JSON', () => {
    const json = JSON.parse(renderDataFile(dataset, 'json', licence) as string);
    expect(json).toMatchObject({ dataset: 'regions', licence, count: 1 });
    expect(json.records).toEqual(dataset.records);
    expect(json.$schema).toBe('https://hub.example.org/data/regions.schema.json');
  });

  it('compress CSV for large datasets, identically on every build', () => {
    const first = renderDataFile(dataset, 'csv.gz', licence) as Uint8Array;
    const second = renderDataFile(dataset, 'csv.gz', licence) as Uint8Array;
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(gunzipSync(first).toString('utf8')).toBe(renderDataFile(dataset, 'csv', licence));
  });

  it('date a dataset by its latest review', () => {
    expect(lastReviewed([{ reviewed: { date: '2026-01-02' } }, { reviewed: { date: '2026-03-04' } }, {}])).toBe(
      '2026-03-04',
    );
    expect(lastReviewed([])).toBeUndefined();
  });

  it('are listed in the catalogue with absolute URLs', () => {
    const listed = JSON.parse(catalogue([dataset], 'https://hub.example.org/', licence));
    expect(listed.licence).toEqual(licence);
    expect(listed.datasets[0].files.map((file: { url: string }) => file.url)).toContain(
      'https://hub.example.org/data/regions.csv.gz',
    );
  });
});

describe('field documentation', () => {
  it('lists every field with dotted paths for nested ones and the schema’s description', () => {
    const docs = fieldDocs(definition('companies').schema);
    const byPath = new Map(docs.map((doc) => [doc.path, doc]));
    expect(byPath.get('offers[].title.it')).toMatchObject({ depth: 2, type: { kind: 'text' } });
    expect(byPath.get('reviewed.date')).toMatchObject({ type: { kind: 'date' }, required: true });
    expect(byPath.get('sizeBand')?.type).toEqual({ kind: 'choice', values: ['micro', 'small', 'medium', 'large'] });
    expect(byPath.get('founded')).toMatchObject({ required: false, type: { kind: 'integer', minimum: 1800 } });
    for (const doc of docs.filter((entry) => entry.depth === 0)) expect(doc.description, doc.path).toBeTruthy();
  });

  it('covers every dataset', () => {
    expect(definitions.map((dataset) => dataset.id)).toEqual([
      'companies',
      'research-centres',
      'case-studies',
      'ip-guides',
      'sectors',
      'expertise-areas',
      'funding-instruments',
      'regions',
      'ip-topics',
      'calls',
      'requests',
      'directory',
    ]);
    // A call says where it stood on the day the files were built.
    expect(Object.keys(definitions.find((dataset) => dataset.id === 'calls')?.schema.properties ?? {})).toContain(
      'state',
    );
    // Tens of thousands of rows: the directory comes only as compressed CSV.
    expect(definitions.find((dataset) => dataset.id === 'directory')?.formats).toEqual(['csv.gz']);
    for (const dataset of definitions) {
      const schema: JsonSchema = dataset.schema;
      expect(schema.additionalProperties, dataset.id).toBe(false);
      expect(Object.keys(schema.properties ?? {}), dataset.id).toContain('id');
    }
  });
});
