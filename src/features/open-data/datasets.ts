/**
 * What the hub publishes as open data: one dataset per collection, each described by the zod
 * schema that validates its content plus the few fields the site adds (id, page URLs, language).
 *
 * A dataset lists the formats it is offered in. Small collections come as JSON and CSV; a large
 * one (the company directory) can be offered as gzip-compressed CSV only, by listing 'csv.gz'.
 */
import { z } from 'zod';
import {
  callSchema,
  caseStudySchema,
  companySchema,
  expertiseAreaSchema,
  fundingInstrumentSchema,
  ipGuideSchema,
  ipTopicSchema,
  plainImage,
  plainReference,
  regionSchema,
  requestSchema,
  researchCentreSchema,
  sectorSchema,
  slug,
  type Vocabulary,
} from '#schemas/index.ts';
import { recordJsonSchema, type JsonSchema } from './json-schema.ts';

export const datasetFormats = ['json', 'csv', 'csv.gz'] as const;
export type DatasetFormat = (typeof datasetFormats)[number];

export type DatasetId =
  | 'companies'
  | 'research-centres'
  | 'case-studies'
  | 'ip-guides'
  | 'sectors'
  | 'expertise-areas'
  | 'funding-instruments'
  | 'regions'
  | 'ip-topics'
  | 'calls'
  | 'requests'
  | 'directory';

interface Bilingual {
  it: string;
  en: string;
}

export interface DatasetDefinition {
  id: DatasetId;
  title: Bilingual;
  /** What one record is. */
  recordIs: Bilingual;
  formats: readonly DatasetFormat[];
  schema: JsonSchema;
}

const pageUrl = z.url().describe('Address of the page on the hub');

const entryFields = z.object({
  id: slug.describe('Id of the entry: its file name in content/ and the last part of its page address'),
  url: z
    .object({ it: pageUrl.describe('Page in Italian'), en: pageUrl.describe('Page in English') })
    .describe('The entry’s pages on the hub'),
});

const translatedFields = z.object({
  id: slug.describe('Id of the entry, shared by its language versions: the last part of its page address'),
  lang: z.enum(['it', 'en']).describe('Language of this version (one record per language version)'),
  url: pageUrl.describe('Page of this version on the hub'),
});

const noFields = z.object({});

const callFields = entryFields.extend({
  state: z
    .enum(['open', 'upcoming', 'closed', 'expected'])
    .describe(
      'Where the call stood on the day these files were built: open, upcoming (opens later), closed, or expected (announced, no dates yet)',
    ),
});

/** A directory row as published: the CSV's columns, typed, plus the address of its row on the hub. */
const directoryRecord = z.object({
  name: z.string().describe('Company name as registered'),
  country: z.enum(['IT', 'CH']).describe('Country: IT (Italy) or CH (Switzerland)'),
  region: z.enum(['lecco', 'ticino']).describe('Province of Lecco or Canton of Ticino'),
  municipality: z.string().describe('Municipality of the registered office'),
  postcode: z.string().optional().describe('Postcode (Italian CAP or Swiss NPA), when the source gives it'),
  sectorCode: z
    .string()
    .optional()
    .describe('Activity code: ATECO 2007 in Italy, NOGA 2008 in Switzerland; absent when the source gives none'),
  division: z
    .string()
    .describe('Two-digit NACE Rev. 2 division of the activity code, or "not-stated" when the source gives none'),
  size: z
    .enum(['micro', 'small', 'medium', 'large', 'not-stated'])
    .describe('Size band by head count, or "not-stated" when the source gives none'),
  website: z.url().optional().describe('Website'),
  description: z
    .object({ it: z.string().optional(), en: z.string().optional() })
    .describe('Short description in Italian and English, when given'),
  profile: slug.optional().describe('Id of the company’s full profile in the companies dataset, when it has one'),
  example: z.boolean().describe('True for fictional example rows'),
  provenance: z
    .object({
      source: slug.describe('Id of the public register the row comes from'),
      attribution: z.string().describe('The credit the register’s terms ask reusers to give'),
      retrieved: z.string().describe('The day the register was read (YYYY-MM-DD)'),
      identifier: z.string().describe('Swiss UID (CHE-123.456.789) or Italian tax code of the company'),
      legalForm: z.string().describe('Legal form as the register writes it'),
      inLiquidation: z.literal(true).optional().describe('True when the register says the company is in liquidation'),
    })
    .optional()
    .describe('For rows imported from a public register: which one, and when'),
});

const directoryFields = z.object({
  id: z.string().describe('Stable id of the row: lc-… for Lecco, ti-… for Ticino; also its anchor on the page'),
  url: z
    .object({ it: pageUrl.describe('Row in Italian'), en: pageUrl.describe('Row in English') })
    .describe('The row on the hub’s directory pages'),
});

/** Every dataset, in the order the open-data page lists them. */
export function datasetDefinitions(vocabulary: Vocabulary, baseUrl: string): DatasetDefinition[] {
  const context = { vocabulary, reference: plainReference, image: plainImage };
  const define = (
    id: DatasetId,
    title: Bilingual,
    recordIs: Bilingual,
    added: z.ZodObject,
    content: z.ZodType,
    formats: readonly DatasetFormat[] = ['json', 'csv'],
  ): DatasetDefinition => ({
    id,
    title,
    recordIs,
    formats,
    schema: recordJsonSchema({
      id: new URL(`/data/${id}.schema.json`, baseUrl).href,
      title: title.en,
      description: recordIs.en,
      added,
      content,
    }),
  });
  return [
    define(
      'companies',
      { it: 'Imprese', en: 'Companies' },
      { it: 'un profilo di impresa', en: 'a company profile' },
      entryFields,
      companySchema({ vocabulary }),
    ),
    define(
      'research-centres',
      { it: 'Centri di ricerca e innovazione', en: 'Research and innovation centres' },
      { it: 'un centro di ricerca o un’organizzazione di supporto', en: 'a research centre or support organisation' },
      entryFields,
      researchCentreSchema({ vocabulary }),
    ),
    define(
      'case-studies',
      { it: 'Casi di successo', en: 'Success stories' },
      { it: 'una versione linguistica di un caso di successo', en: 'one language version of a success story' },
      translatedFields,
      caseStudySchema(context),
    ),
    define(
      'ip-guides',
      { it: 'Guide sulla proprietà intellettuale', en: 'Intellectual-property guides' },
      { it: 'una versione linguistica di una guida', en: 'one language version of a guide' },
      translatedFields,
      ipGuideSchema({ vocabulary }),
    ),
    define(
      'sectors',
      { it: 'Settori', en: 'Sectors' },
      { it: 'un settore, con i codici ATECO e NOGA', en: 'a sector, with its ATECO and NOGA codes' },
      noFields,
      sectorSchema,
    ),
    define(
      'expertise-areas',
      { it: 'Aree di competenza', en: 'Expertise areas' },
      { it: 'un’area di competenza', en: 'an expertise area' },
      noFields,
      expertiseAreaSchema,
    ),
    define(
      'funding-instruments',
      { it: 'Strumenti di finanziamento', en: 'Funding instruments' },
      { it: 'uno strumento di finanziamento', en: 'a funding instrument' },
      noFields,
      fundingInstrumentSchema,
    ),
    define(
      'regions',
      { it: 'Territori', en: 'Regions' },
      { it: 'una provincia o un cantone', en: 'a province or canton' },
      noFields,
      regionSchema,
    ),
    define(
      'ip-topics',
      { it: 'Temi di proprietà intellettuale', en: 'Intellectual-property topics' },
      { it: 'un tema di proprietà intellettuale', en: 'an intellectual-property topic' },
      noFields,
      ipTopicSchema,
    ),
    define(
      'calls',
      { it: 'Bandi', en: 'Funding calls' },
      {
        it: 'un bando per le PMI, con le scadenze nel fuso orario del finanziatore; gli importi di "pays" sono scritti {fact:<id>}, i dati delle pagine sulla proprietà intellettuale',
        en: 'a funding call for SMEs, with its deadlines in the funder’s time zone; the amounts in "pays" are written {fact:<id>}, the facts of the IP pages',
      },
      callFields,
      callSchema,
    ),
    define(
      'requests',
      { it: 'Richieste e offerte', en: 'Requests and offers' },
      {
        it: 'una richiesta o un’offerta della bacheca attiva il giorno in cui i file sono stati generati (le scadute e le chiuse non ci sono); "example": true segna le voci fittizie',
        en: 'a request or offer on the board on the day these files were built (expired and closed ones are left out); "example": true marks fictional entries',
      },
      entryFields,
      requestSchema({ vocabulary }),
    ),
    define(
      'directory',
      { it: 'Elenco delle imprese', en: 'Company directory' },
      { it: 'un’impresa dell’elenco', en: 'a company of the directory' },
      directoryFields,
      directoryRecord,
      // Tens of thousands of rows: compressed CSV only.
      ['csv.gz'],
    ),
  ];
}
