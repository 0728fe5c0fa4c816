/**
 * The collections the CMS edits, each with the folder or files the site reads and the fields of
 * its zod schema (schema-fields.ts). Stories, guides and pages have one file per language, as the
 * site has; the data files that hold a list (facts, the comparison, the taxonomies) are edited as
 * one list each (formats.ts).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  contentKindNames,
  contentKinds,
  type ContentKind,
  contentDataFiles,
  schemasFor,
  taxonomyFiles,
} from '#features/content-check/index.ts';
import { factSchema } from '#schemas/fact.ts';
import { ipComparisonRowSchema } from '#schemas/ip-comparison.ts';
import type { Vocabulary } from '#schemas/taxonomy.ts';
import { FORMATS, LIST_FIELD, NOTES_FIELD } from './formats.ts';
import { schemaFields, type CmsField, type FieldContext } from './schema-fields.ts';

export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description: string;
  folder?: string;
  files?: { name: string; label: string; file: string; fields: CmsField[] }[];
  extension: 'mdx' | 'yaml';
  format: (typeof FORMATS)[keyof typeof FORMATS];
  create?: boolean;
  i18n?: true;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  media_folder?: string;
  public_folder?: string;
  fields?: CmsField[];
}

const labels: Record<ContentKind, { label: string; singular: string; description: string }> = {
  caseStudies: {
    label: 'Storie di successo · Success stories',
    singular: 'Story',
    description: 'One story in Italian and English (content/case-studies/{it,en}/).',
  },
  ipGuides: {
    label: 'Guide PI · IP guides',
    singular: 'Guide',
    description:
      'IP guides (content/ip-guides/{it,en}/). Figures are never typed: write <Fact id="…" /> (see the Facts collection).',
  },
  pages: {
    label: 'Pagine · Pages',
    singular: 'Page',
    description: 'About, contribute and privacy (content/pages/{it,en}/).',
  },
  companies: {
    label: 'Aziende · Companies',
    singular: 'Company',
    description: 'Curated company profiles (content/companies/); only facts the company publishes, with sources.',
  },
  researchCentres: {
    label: 'Centri di ricerca · Research centres',
    singular: 'Research centre',
    description: 'Universities, laboratories and innovation agencies (content/research-centres/).',
  },
  calls: {
    label: 'Bandi · Funding calls',
    singular: 'Call',
    description: 'Funding calls with the funder’s dates (content/calls/); amounts as {fact:<id>}.',
  },
  events: { label: 'Eventi · Events', singular: 'Event', description: 'Real events with a source (content/events/).' },
  requests: {
    label: 'Richieste e offerte · Requests and offers',
    singular: 'Request',
    description: 'The requests and offers board (content/requests/).',
  },
};

/** Fields an editor reads first, and the one that names a new entry's file. */
const IDENTIFIERS: Record<ContentKind, string> = {
  caseStudies: 'title',
  ipGuides: 'title',
  pages: 'title',
  companies: 'name',
  researchCentres: 'name',
  calls: 'title.it',
  events: 'title.it',
  requests: 'title.it',
};

const shapeOf = (schema: z.ZodType): Record<string, z.ZodType> => {
  const shape = (schema as z.ZodObject).shape as Record<string, z.ZodType> | undefined;
  if (!shape) throw new Error('a collection schema must be an object of fields');
  return shape;
};

/** The text of a story, guide or page, per language. Guides open in plain MDX, so nothing is rewritten. */
function bodyField(kind: ContentKind): CmsField & Record<string, unknown> {
  const components = kind === 'caseStudies' ? [] : ['callout', 'steps', 'comparison', 'fee-schedule'];
  return {
    name: 'body',
    label: 'Text',
    widget: 'markdown',
    i18n: true,
    hint:
      kind === 'caseStudies'
        ? 'The story in Markdown: ## headings, paragraphs, lists, links. No HTML.'
        : 'MDX: Markdown plus the components of CONTRIBUTING.md (<Fact id="…" />, <Callout>, <Steps>, <Comparison>, <FeeSchedule>). No HTML.',
    modes: kind === 'caseStudies' ? ['rich_text', 'raw'] : ['raw', 'rich_text'],
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
    editor_components: components,
  };
}

function entryCollection(kind: ContentKind, schema: z.ZodType, context: FieldContext): CmsCollection {
  const info = contentKinds[kind];
  const text = labels[kind];
  const fieldContext = { ...context, translated: info.translated };
  const fields = schemaFields(shapeOf(schema), fieldContext);
  return {
    name: kind,
    label: text.label,
    label_singular: text.singular,
    description: text.description,
    folder: `content/${info.folder}`,
    extension: info.translated ? 'mdx' : 'yaml',
    format: info.translated ? FORMATS.mdx : FORMATS.entry,
    create: true,
    ...(info.translated ? { i18n: true as const } : {}),
    slug: '{{slug}}',
    identifier_field: IDENTIFIERS[kind],
    summary: `{{${IDENTIFIERS[kind]}}}`,
    // Uploads go into the collection's folder, beside it/ and en/, which both reach it as "../<file>".
    media_folder: '',
    public_folder: '..',
    fields: info.translated ? [...fields, bodyField(kind)] : fields,
  };
}

function listFile(name: string, file: string, itemLabel: string, item: z.ZodType, context: FieldContext) {
  const fields = schemaFields(shapeOf(item), { ...context, translated: false });
  return {
    name,
    label: path.basename(file),
    file,
    fields: [
      {
        name: NOTES_FIELD,
        label: 'Notes at the top of the file',
        widget: 'text',
        required: false,
        hint: 'Comment lines kept at the top of the file: where the list comes from, what to check. Not shown on the site.',
      },
      {
        name: LIST_FIELD,
        label: itemLabel,
        widget: 'list',
        fields,
        summary: `{{fields.${fields[0]!.name}}}`,
      },
    ],
  };
}

function listCollection(
  name: string,
  label: string,
  description: string,
  files: ReturnType<typeof listFile>[],
): CmsCollection {
  return { name, label, description, extension: 'yaml', format: FORMATS.list, files };
}

/** Every collection, in the order of the CMS's menu. */
export function cmsCollections(contentDir: string, vocabulary: Vocabulary, context: FieldContext): CmsCollection[] {
  const schemas = schemasFor(vocabulary);
  const factFiles = readdirSync(path.join(contentDir, 'facts'))
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .sort();
  const comparisonRow = ipComparisonRowSchema({ guideSlugs: context.guideSlugs });
  return [
    ...contentKindNames.map((kind) => entryCollection(kind, schemas[kind], context)),
    listCollection(
      'facts',
      'Fatti · Facts',
      'Every fee, term and date the IP pages show, each with its source and the dates it applies (content/facts/).',
      factFiles.map((file) =>
        listFile(file.replace(/\.yaml$/, ''), `content/facts/${file}`, 'Facts', factSchema, context),
      ),
    ),
    listCollection(
      'ipComparison',
      'Confronto IT–CH–UE · IT–CH–EU comparison',
      'The comparison table, one row per aspect.',
      [listFile('rows', `content/${contentDataFiles.ipComparison}`, 'Rows', comparisonRow, context)],
    ),
    listCollection(
      'taxonomies',
      'Vocabolari · Taxonomies',
      'The lists other entries choose from. Never change an id once published: pages and links use it.',
      Object.values(taxonomyFiles).map(({ file, schema }) =>
        listFile(file.replace(/\.yaml$/, ''), `content/taxonomies/${file}`, 'Terms', schema, context),
      ),
    ),
  ];
}
