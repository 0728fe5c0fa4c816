import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directoryColumns } from '#schemas/directory-model.ts';
import {
  formatProblem,
  readCsv,
  readCsvText,
  readDirectory,
  readDirectorySync,
  type DirectoryProblem,
} from './read-csv.ts';

const HEADER = directoryColumns.join(',');
const COLUMNS = directoryColumns.join(', ');

/** A Lecco row as CSV; `cells` replaces columns by name. */
function line(cells: Partial<Record<(typeof directoryColumns)[number], string>> = {}): string {
  const values: Record<string, string> = {
    id: 'lc-000001',
    name: 'Tessitura Esempio S.r.l.',
    country: 'IT',
    region: 'lecco',
    municipality: 'Lecco',
    postcode: '23900',
    sector_code: '13.20',
    size: 'micro',
    website: '',
    description_it: '',
    description_en: '',
    profile: '',
    example: 'true',
    ...cells,
  };
  return directoryColumns.map((column) => values[column]).join(',');
}

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
const shown = (problems: readonly DirectoryProblem[]) => problems.map(formatProblem);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pmi-hub-directory-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('reading one CSV file', () => {
  it('reads quoted values with commas, doubled quotes and line breaks, and numbers each row by its first line', () => {
    const text = csv(
      HEADER,
      line({ id: 'lc-000001', description_it: '"Tessitura, tintoria e finissaggio"' }),
      line({ id: 'lc-000002', name: '"Officina ""Il Ponte"" S.r.l."', description_it: '"Prima riga\nseconda riga"' }),
      '',
      line({ id: 'lc-000003', description_en: '"Weaving,\r\ndyeing\r\nand finishing"' }),
      line({ id: 'lc-000004' }),
    );
    const result = readCsvText(text, 'lecco.csv');
    expect(result.problems).toEqual([]);
    expect(result.companies.map((company) => company.id)).toEqual(['lc-000001', 'lc-000002', 'lc-000003', 'lc-000004']);
    expect(result.lines).toEqual([2, 3, 6, 9]);
    expect(result.companies[0]!.description.it).toBe('Tessitura, tintoria e finissaggio');
    expect(result.companies[1]!.name).toBe('Officina "Il Ponte" S.r.l.');
    expect(result.companies[1]!.description.it).toBe('Prima riga\nseconda riga');
  });

  it('gives the same results streaming a file as reading its text', async () => {
    const text = csv(
      HEADER,
      line({ description_it: '"a\nb"' }),
      line({ id: 'lc-000002', postcode: '22100' }),
      line({ id: 'lc-000003', sector_code: '"13,30"' }),
    );
    const file = write('same.csv', text);
    const streamed = await readCsv(file);
    expect(streamed).toEqual(readCsvText(text, file));
    expect(streamed.lines).toEqual([2]);
    expect(streamed.problems.map((problem) => [problem.line, problem.column])).toEqual([
      [4, 'postcode'],
      [5, 'sector_code'],
    ]);
  });

  it('reads a file saved with a byte order mark and Windows line ends', async () => {
    const file = write('excel.csv', `\uFEFF${[HEADER, line(), line({ id: 'lc-000002' })].join('\r\n')}\r\n`);
    const result = await readCsv(file);
    expect(result.problems).toEqual([]);
    expect(result.lines).toEqual([2, 3]);
  });

  it('names a misspelt column and suggests the right one', () => {
    const header = HEADER.replace('municipality', 'municipalty');
    expect(shown(readCsvText(csv(header, line()), 'lecco.csv').problems)).toEqual([
      `lecco.csv:1: column "municipalty": unknown column (did you mean "municipality"?); the header must name these columns, in this order: ${COLUMNS}`,
    ]);
  });

  it('names an extra column and a missing one separately when they are unrelated', () => {
    const header = HEADER.replace(',example', ',notes');
    expect(shown(readCsvText(csv(header), 'lecco.csv').problems)).toEqual([
      `lecco.csv:1: column "notes": unknown column; the header must name these columns, in this order: ${COLUMNS}`,
      `lecco.csv:1: column "example": is missing: the header must name these columns, in this order: ${COLUMNS}`,
    ]);
  });

  it('asks for the columns in their order', () => {
    const header = ['name', 'id', ...directoryColumns.slice(2)].join(',');
    expect(shown(readCsvText(csv(header, line()), 'lecco.csv').problems)).toEqual([
      `lecco.csv:1: the columns are in another order: the first line must be ${HEADER}`,
    ]);
  });

  it('recognises a file saved with semicolons', () => {
    expect(shown(readCsvText(csv(HEADER.replaceAll(',', ';')), 'lecco.csv').problems)).toEqual([
      `lecco.csv:1: the columns are separated by semicolons: save the file as CSV with commas (in Excel: "CSV UTF-8"); the first line must be ${HEADER}`,
    ]);
  });

  it('says when the file is empty', () => {
    expect(shown(readCsvText('', 'lecco.csv').problems)).toEqual([
      `lecco.csv:1: the file is empty: its first line must be ${HEADER}`,
    ]);
  });

  it('explains an unquoted comma that shifts the columns, and a row that is too short', () => {
    const result = readCsvText(
      csv(HEADER, line({ description_it: 'Tessitura, tintoria' }), 'lc-000002,Solo il nome'),
      'lecco.csv',
    );
    expect(shown(result.problems)).toEqual([
      'lecco.csv:2: this row has 14 values but the header has 13 columns: a value that contains a comma must be written between double quotes, e.g. "Tornitura, fresatura e rettifica"',
      'lecco.csv:3: this row has 2 values but the header has 13 columns: every row needs all 13, with nothing between two commas for an empty cell',
    ]);
  });

  it('reports a quote that is never closed at the row that opens it, keeping the rows before', async () => {
    const text = csv(
      HEADER,
      line(),
      line({ id: 'lc-000002', postcode: '22100' }),
      line({ id: 'lc-000003', name: '"Tessitura' }),
      line({ id: 'lc-000004' }),
    );
    const expected = [
      'lecco.csv:3: column "postcode": expected a postcode (CAP) of the province of Lecco: five digits from 23800 to 23999 — got "22100"',
      'lecco.csv:4: column "name": a value opens a double quote that is never closed: add the closing " at the end of the value (the rows after it are checked once this is fixed)',
    ];
    const fromText = readCsvText(text, 'lecco.csv');
    expect(shown(fromText.problems)).toEqual(expected);
    expect(fromText.lines).toEqual([2]);
    const streamed = await readCsv(write('lecco.csv', text));
    expect(streamed.problems.map((problem) => ({ ...problem, file: 'lecco.csv' }))).toEqual(fromText.problems);
  });

  it('reports text after a closing quote, and a quote inside an unquoted value', () => {
    const closing = csv(HEADER, line({ name: '"Tessitura" Esempio' }));
    expect(shown(readCsvText(closing, 'lecco.csv').problems)).toEqual([
      'lecco.csv:2: column "name": a quoted value goes on after its closing quote: inside a quoted value, write each " as two ("") (the rows after it are checked once this is fixed)',
    ]);
    const opening = csv(HEADER, line(), line({ id: 'lc-000002', name: 'Officina "Il Ponte" S.r.l.' }));
    expect(shown(readCsvText(opening, 'lecco.csv').problems)).toEqual([
      'lecco.csv:3: column "name": a value holds a double quote but does not start with one: put the whole value in double quotes and write each " inside it as two, e.g. "Officina ""Il Ponte"" S.r.l." (the rows after it are checked once this is fixed)',
    ]);
  });

  it('formats paths from the working directory', () => {
    const problem = {
      file: path.join(process.cwd(), 'content', 'directory', 'lecco.csv'),
      line: 12,
      column: 'sector_code',
      message: 'expected … — got "13,30"',
    };
    expect(formatProblem(problem)).toBe(
      'content/directory/lecco.csv:12: column "sector_code": expected … — got "13,30"',
    );
    expect(formatProblem({ file: 'lecco.csv', line: 1, message: 'the file is empty' })).toBe(
      'lecco.csv:1: the file is empty',
    );
  });
});

describe('reading a folder', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'pmi-hub-directory-folder-'));
    writeFileSync(
      path.join(folder, 'lecco.csv'),
      csv(
        HEADER,
        line({ id: 'lc-000001', profile: 'tessitura-esempio' }),
        line({ id: 'lc-000002', profile: 'tessitura-esempi' }),
        line({ id: 'lc-000001' }),
        line({ id: 'lc-000004', profile: 'tessitura-esempio' }),
      ),
    );
    writeFileSync(
      path.join(folder, 'ticino.csv'),
      csv(
        HEADER,
        line({ id: 'ti-000001', country: 'CH', region: 'ticino', municipality: 'Lugano', postcode: '6900' }),
        line({
          id: 'ti-000002',
          country: 'CH',
          region: 'ticino',
          municipality: 'Lugano',
          postcode: '6900',
          profile: 'tessitura-esempio',
        }),
      ),
    );
    // Drafts, hidden files and other files are not read.
    writeFileSync(path.join(folder, '_draft.csv'), 'not,a,directory\n');
    writeFileSync(path.join(folder, 'README.md'), '# Directory\n');
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  const expected = [
    'lecco.csv:3: column "profile": there is no curated profile "tessitura-esempi" in content/companies/ (did you mean "tessitura-esempio"?): write the name of a profile\'s file without ".yaml", or leave the cell empty',
    'lecco.csv:4: column "id": "lc-000001" is already the id of the row on line 2: every row needs an id of its own',
    'lecco.csv:5: column "profile": "tessitura-esempio" is already the profile of lc-000001 on line 2: a profile belongs to one row only',
    'ticino.csv:3: column "profile": "tessitura-esempio" is already the profile of lc-000001 on line 2 of lecco.csv: a profile belongs to one row only',
  ];

  it('checks ids and profiles across rows and files, naming both lines', async () => {
    const result = await readDirectory(folder, { profiles: ['tessitura-esempio', 'meccanica-esempio'] });
    expect(result.files.map((file) => path.basename(file))).toEqual(['lecco.csv', 'ticino.csv']);
    expect(result.problems.map((problem) => formatProblem({ ...problem, file: path.basename(problem.file) }))).toEqual(
      expected,
    );
    // Rows with a problem are left out; the others are kept.
    expect(result.companies.map((company) => company.id)).toEqual(['lc-000001', 'ti-000001']);
  });

  it('gives the same results synchronously, for the content check', async () => {
    const options = { profiles: new Set(['tessitura-esempio', 'meccanica-esempio']) };
    expect(readDirectorySync(folder, options)).toEqual(await readDirectory(folder, options));
  });

  it('reads nothing from a folder that does not exist', async () => {
    expect(await readDirectory(path.join(folder, 'missing'), { profiles: [] })).toEqual({
      companies: [],
      problems: [],
      files: [],
    });
  });
});
