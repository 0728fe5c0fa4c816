import type { data as italian } from '../it/data.ts';

/** English interface text: the open-data page and its field tables. The Italian module's keys, no more, no fewer. */
export const data: typeof italian = {
  'openData.lead':
    'Everything the hub publishes can be downloaded and reused: companies, research centres, success stories, guides and vocabularies, as JSON and CSV, generated at every release from the same checked data the pages show.',
  'openData.licenceTitle': 'Licence',
  'openData.licence': 'The data are published under the',
  'openData.attribution': 'Reusers must credit the source, for example:',
  'openData.registers':
    'The directory’s rows imported from public registers stay under the terms of their register, and each carries its credit in the "provenance" field:',
  'openData.examples':
    'Records with "example": true describe fictional companies and projects, written to show the format: do not use them as real data.',
  'openData.datasetsTitle': 'The datasets',
  'openData.record': 'One record is',
  'openData.records': 'Records',
  'openData.modified': 'Last reviewed',
  'openData.files': 'Files',
  'openData.schema': 'schema',
  'openData.catalogue': 'A machine-readable catalogue of all files is at',
  'openData.formatsTitle': 'How to read the files',
  'openData.formats.json':
    'JSON: an object with the licence, the number of records and the list "records". The .schema.json file describes each record in JSON Schema.',
  'openData.formats.csv':
    'CSV: UTF-8, comma-separated (RFC 4180), one row per record. The columns are always the same and in the same order, even when a field is empty; a group of fields becomes several dotted columns (reviewed.date); a list of plain values sits in one cell, separated by " | "; a list of groups of fields sits in one cell as JSON text.',
  'openData.formats.ids':
    'Dates are written YYYY-MM-DD. Datasets point at each other by id: the "companies" of a success story are ids in the companies dataset, "sectors" ids in the sectors dataset, and so on.',
  'openData.formats.languages':
    'Success stories and guides have one record per language they are written in ("lang"): the facts are the same, the texts are translated.',
  'openData.reviewedTitle': 'What "reviewed" means',
  'openData.reviewed':
    '"reviewed.date" is the day the editorial team checked every fact of the entry against its sources ("sources"), and "reviewed.by" who did it. It is not the date of the last edit: a wording fix does not change it, a new check does. The "modified" field of each JSON file is the latest review among its records. For guides, "lawAsOf" gives the date of the law the guide describes.',
  'openData.feedsTitle': 'Updates',
  'openData.feeds': 'To hear about new stories and guides, follow the RSS feeds:',
  'openData.fieldsTitle': 'The fields, dataset by dataset',
  'openData.fieldsLead':
    'These tables are generated from the schemas that validate the content: what they say is what the site accepts.',
  'openData.fieldsOf': (name: string) => `Fields of the ${name} dataset`,

  'fields.column.field': 'Field',
  'fields.column.type': 'Type',
  'fields.column.required': 'Always present',
  'fields.column.description': 'Description (from the schema)',
  'fields.yes': 'yes',
  'fields.no': 'no',
  'fields.kind.text': 'text',
  'fields.kind.date': 'date YYYY-MM-DD',
  'fields.kind.url': 'web address',
  'fields.kind.email': 'e-mail address',
  'fields.kind.boolean': 'true or false',
  'fields.kind.object': 'group of fields',
  'fields.kind.any': 'value',
  'fields.kind.integer': 'whole number',
  'fields.kind.number': 'number',
  'fields.kind.choice': 'one of',
  'fields.kind.list': 'list of',
  'fields.textUpTo': (n: number) => `text, at most ${n} characters`,
  'fields.range': (min: number, max: number) => `from ${min} to ${max}`,
  'fields.listOfGroups': 'list of groups of fields',
  'fields.csvJson': 'in the CSV: JSON text',
  'fields.csvList': 'in the CSV: values separated by " | "',
};
