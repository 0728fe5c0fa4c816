/**
 * The special-section lists of the Italian business register: innovative startups
 * (`ri-startup`) and innovative SMEs (`ri-pmi`), national lists published by InfoCamere at
 * startup.registroimprese.it, saved as CSV. Only the companies of the province of Lecco (LC)
 * are kept.
 *
 * Columns are found by header name through HEADERS, never by position: a renamed or moved
 * column is reported instead of filling the wrong field. The names below follow the columns the
 * lists are described with (name, tax code, legal form, province, municipality, ATECO code,
 * employee class…); check them against a current download when one fails.
 * The lists hold only companies enrolled in the section, so every row is active.
 */
import { closestMatch } from '#schemas/closest-match.ts';
import type { DirectorySize } from '#schemas/directory-model.ts';
import { readCsvStream } from '../csv-stream.ts';
import { createCollector, type AdapterOptions, type AdapterResult, type RegisterInput } from '../collect.ts';

type Field = 'name' | 'taxCode' | 'legalForm' | 'province' | 'municipality' | 'sectorCode' | 'employees';

/** Header names (normalised: lower case, no accents or punctuation) → the field they fill. */
const HEADERS: Record<string, Field> = {
  denominazione: 'name',
  'ragione sociale': 'name',
  'codice fiscale': 'taxCode',
  'natura giuridica': 'legalForm',
  'forma giuridica': 'legalForm',
  pv: 'province',
  provincia: 'province',
  comune: 'municipality',
  ateco: 'sectorCode',
  'codice ateco': 'sectorCode',
  'ateco 2007': 'sectorCode',
  'classe di addetti': 'employees',
  'classe addetti': 'employees',
  'classe di addetti ultimo anno': 'employees',
};

/** Columns of the lists that the directory does not use: read past without a warning. */
const UNUSED = new Set([
  'settore',
  'attivita',
  'sito internet',
  'classe di produzione ultimo anno',
  'classe di capitale',
  'data iscrizione alla sezione',
  'data iscrizione alla sezione delle startup',
  'data iscrizione alla sezione delle pmi',
  'data iscrizione al registro delle imprese',
  'data di iscrizione al registro delle imprese',
  'data inizio dell esercizio effettivo dell attivita',
]);

const REQUIRED: readonly Field[] = ['name', 'taxCode', 'legalForm', 'province', 'municipality'];
const FIELD_HEADER: Record<Field, string> = {
  name: 'denominazione',
  taxCode: 'codice fiscale',
  legalForm: 'natura giuridica',
  province: 'pv',
  municipality: 'comune',
  sectorCode: 'ateco',
  employees: 'classe di addetti',
};

export function normaliseHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Legal forms of a natural person's business. */
const SOLE_PROPRIETORSHIP = /\b(impresa|ditta) individuale\b/;

/**
 * A head-count class written as a range ("0-4", "10-19", "250+") → its size band, when the
 * range lies inside one band. Any other value (a letter code, a range across two bands) gives
 * no size: it is "not stated", never guessed.
 */
export function sizeOfEmployeeClass(value: string): DirectorySize | undefined {
  const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(value.trim());
  const open = /^(?:>\s*|oltre\s+)?(\d+)\s*\+?$/.exec(value.trim());
  let low: number;
  let high: number;
  if (range) [low, high] = [Number(range[1]), Number(range[2])];
  else if (open && /[+>]|oltre/.test(value)) [low, high] = [Number(open[1]), Number.POSITIVE_INFINITY];
  else return undefined;
  const band = (count: number): DirectorySize =>
    count < 10 ? 'micro' : count < 50 ? 'small' : count < 250 ? 'medium' : 'large';
  return band(low) === band(high) ? band(low) : undefined;
}

function riAdapter(source: 'ri-startup' | 'ri-pmi') {
  return async (input: RegisterInput, options: AdapterOptions): Promise<AdapterResult> => {
    const collector = createCollector(options);
    let columns: (Field | undefined)[] | undefined;
    let usable = false;
    const unreadClasses = new Map<string, { row: number; count: number }>();

    const onHeader = (cells: string[]) => {
      const names = cells.map(normaliseHeader);
      columns = names.map((name) => HEADERS[name]);
      const known = [...Object.keys(HEADERS), ...UNUSED];
      names.forEach((name, index) => {
        if (columns![index] !== undefined || UNUSED.has(name)) return;
        const hint = closestMatch(name, known);
        collector.problem({
          row: 1,
          field: cells[index]!.trim() || '(empty)',
          message: `unknown column${hint ? ` (did you mean "${hint}"?)` : ''}: its values are not read; if the list renamed a column, add the new name to HEADERS in ri-lists.ts`,
          level: 'warning',
        });
      });
      const missing = REQUIRED.filter((field) => !columns!.includes(field));
      for (const field of missing) {
        collector.problem({
          row: 1,
          field: FIELD_HEADER[field],
          message: `no column for this field: the header must name it (or one of its other names in HEADERS in ri-lists.ts)`,
          level: 'error',
        });
      }
      if (cells.length === 1 && cells[0]!.includes('\t')) {
        collector.problem({
          row: 1,
          message: 'the columns are separated by tabs: save the list as CSV (commas or semicolons)',
          level: 'error',
        });
      }
      usable = missing.length === 0;
    };

    const onRow = (cells: string[], line: number) => {
      if (cells.length === 1 && cells[0]!.trim() === '') return;
      collector.counts.read++;
      if (cells.length !== columns!.length) {
        collector.reject(
          line,
          `this row has ${cells.length} values but the header has ${columns!.length} columns (a value with the separator in it must be in double quotes)`,
        );
        return;
      }
      const value: Partial<Record<Field, string>> = {};
      for (let index = 0; index < cells.length; index++) {
        const field = columns![index];
        if (field === undefined) continue;
        // A line break inside a quoted value is layout, not part of the name.
        const cell = cells[index]!.replace(/\s+/g, ' ').trim();
        if (cell.includes('\uFFFD')) {
          collector.reject(
            line,
            'holds bytes that are not UTF-8 text: the file was probably saved as Latin-1 / Windows-1252; save it again as "CSV UTF-8"',
            FIELD_HEADER[field],
          );
          return;
        }
        value[field] = cell;
      }
      if ((value.province ?? '').toUpperCase() !== 'LC') {
        collector.counts.outsideArea++;
        return;
      }
      let size: DirectorySize | undefined;
      if (value.employees) {
        size = sizeOfEmployeeClass(value.employees);
        if (size === undefined) {
          const seen = unreadClasses.get(value.employees) ?? { row: line, count: 0 };
          seen.count++;
          unreadClasses.set(value.employees, seen);
        }
      }
      const legalForm = value.legalForm ?? '';
      collector.add({
        row: line,
        soleProprietorship: SOLE_PROPRIETORSHIP.test(normaliseHeader(legalForm)),
        cells: {
          identifier: value.taxCode,
          name: value.name,
          legal_form: legalForm,
          status: 'active',
          municipality: value.municipality,
          country: 'IT',
          area: 'LC',
          sector_code: value.sectorCode,
          size,
          source,
          retrieved: options.retrieved,
        },
      });
    };

    const { syntaxError } = await readCsvStream(input, (cells, line) => {
      if (columns === undefined) onHeader(cells);
      else if (usable) onRow(cells, line);
    });
    if (columns === undefined) {
      collector.problem({ row: 1, message: 'the file is empty: expected the header line of the list', level: 'error' });
    }
    if (syntaxError) collector.problem({ row: syntaxError.line, message: syntaxError.message, level: 'error' });
    for (const [value, { row, count }] of unreadClasses) {
      collector.problem({
        row,
        field: FIELD_HEADER.employees,
        message: `"${value}" is not a head-count range such as 10-19: size left as not stated on ${count} row${count === 1 ? '' : 's'}`,
        level: 'warning',
      });
    }
    return collector.result();
  };
}

export const riStartup = riAdapter('ri-startup');
export const riPmi = riAdapter('ri-pmi');
