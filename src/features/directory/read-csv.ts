/**
 * Reads the directory's CSV files: the header against directoryColumns, every row against the
 * row schema, then the rules across rows and files (unique ids, existing profiles, one row per
 * profile). Every problem names its file, the file line of its row and the column, so an editor
 * can go straight to the cell, and all of them are collected: nothing stops at the first.
 *
 * Files are streamed (csv-parse's stream API), so sixty thousand rows never sit in memory as one
 * string. The content check is synchronous by design and checks the same files with the same
 * rules through readCsvText / readDirectorySync.
 */
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { CsvError, parse, type Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { directoryRowSchema } from '#schemas/directory.ts';
import { closestMatch } from '#schemas/closest-match.ts';
import { directoryColumns, type DirectoryCompany } from '#schemas/directory-model.ts';
import { registerColumns } from '#schemas/register-row.ts';
import { companyFromRegisterRow, registerHeader } from './register-rows.ts';

export interface DirectoryProblem {
  /** The file as it was given (readDirectory: the folder joined with the file name). */
  file: string;
  /** File line where the row starts (1 is the header). */
  line: number;
  /** The column the problem is in; undefined when it is about the whole row or file. */
  column?: string | undefined;
  message: string;
}

export interface CsvResult {
  companies: DirectoryCompany[];
  /** File line of each company, in the same order. */
  lines: number[];
  problems: DirectoryProblem[];
}

export interface DirectoryResult {
  companies: DirectoryCompany[];
  problems: DirectoryProblem[];
  /** The CSV files read, in order. */
  files: string[];
}

export interface DirectoryOptions {
  /** Ids of the curated profiles (content/companies/<id>.yaml): the values `profile` may take. */
  profiles: Iterable<string>;
  /**
   * The sources of content/directory/sources.yaml: the values an imported row's `source` may
   * take. Rows of a source whose terms no editor has checked (`termsChecked` false) are refused.
   */
  sources?: Iterable<{ id: string; termsChecked: boolean }> | undefined;
}

const CSV_OPTIONS = {
  bom: true,
  // Column counts are checked here, with a message that says what usually went wrong.
  relax_column_count: true,
} as const satisfies Options;

const HEADER = directoryColumns.join(',');
const columnList = directoryColumns.join(', ');

/** Lines a record spans beyond its first: the line breaks inside its quoted values. */
function innerLineBreaks(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    if (!cell.includes('\n')) continue;
    for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) count++;
  }
  return count;
}

/** Problems with the header row; none means the columns are exactly directoryColumns. */
function headerProblems(file: string, header: readonly string[]): DirectoryProblem[] {
  const problems: DirectoryProblem[] = [];
  const add = (message: string, column?: string) => problems.push({ file, line: 1, column, message });
  const names = header.map((name) => name.trim());
  if (names.length === 1 && names[0]!.includes(';')) {
    add(
      `the columns are separated by semicolons: save the file as CSV with commas (in Excel: "CSV UTF-8"); the first line must be ${HEADER}`,
    );
    return problems;
  }
  const expected = new Set<string>(directoryColumns);
  const seen = new Set<string>();
  const missing = directoryColumns.filter((column) => !names.includes(column));
  const explained = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) {
      add('appears twice in the header: keep one', name);
      continue;
    }
    seen.add(name);
    if (expected.has(name)) continue;
    // A misspelt column is both unknown and missing: one message names both.
    const hint = closestMatch(name, missing.length > 0 ? missing : directoryColumns);
    if (hint) explained.add(hint);
    add(
      `unknown column${hint ? ` (did you mean "${hint}"?)` : ''}; the header must name these columns, in this order: ${columnList}`,
      name === '' ? '(empty)' : name,
    );
  }
  for (const column of missing) {
    if (!explained.has(column)) {
      add(`is missing: the header must name these columns, in this order: ${columnList}`, column);
    }
  }
  if (problems.length === 0 && names.join(',') !== HEADER) {
    add(`the columns are in another order: the first line must be ${HEADER}`);
  }
  return problems;
}

/** What a CSV syntax error means for an editor. The parser stops there, so it says so. */
function syntaxMessage(error: CsvError): string {
  const rest = ' (the rows after it are checked once this is fixed)';
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `a value opens a double quote that is never closed: add the closing " at the end of the value${rest}`;
    case 'INVALID_OPENING_QUOTE':
      return `a value holds a double quote but does not start with one: put the whole value in double quotes and write each " inside it as two, e.g. "Officina ""Il Ponte"" S.r.l."${rest}`;
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return `a quoted value goes on after its closing quote: inside a quoted value, write each " as two ("")${rest}`;
    default:
      return `the file cannot be read as CSV from here (${error.message})${rest}`;
  }
}

/**
 * The checks of one file, fed one parsed record at a time by either reader (stream or text), so
 * both give the same results.
 */
function createFileReader(file: string) {
  const companies: DirectoryCompany[] = [];
  const lines: number[] = [];
  const problems: DirectoryProblem[] = [];
  let header: string[] | undefined;
  let headerOk = false;
  // A file written by `npm run import` has the register's columns (register-rows.ts).
  let columns: readonly string[] = directoryColumns;
  // Blank lines are records too (never skipped), so each record starts where the last one ended.
  let nextLine = 1;

  return {
    record(record: string[]): void {
      const line = nextLine;
      nextLine += 1 + innerLineBreaks(record);
      if (header === undefined) {
        header = record;
        if (record.map((name) => name.trim()).join(',') === registerHeader) {
          columns = registerColumns;
          headerOk = true;
          return;
        }
        const found = headerProblems(file, record);
        problems.push(...found);
        headerOk = found.length === 0;
        return;
      }
      // With a wrong header the cells cannot be told apart: the header's problems say it all.
      if (!headerOk) return;
      if (record.length === 1 && record[0]!.trim() === '') return; // a blank line
      if (record.length !== columns.length) {
        const count = `this row has ${record.length} values but the header has ${columns.length} columns`;
        problems.push({
          file,
          line,
          message:
            record.length > columns.length
              ? `${count}: a value that contains a comma must be written between double quotes, e.g. "Tornitura, fresatura e rettifica"`
              : `${count}: every row needs all ${columns.length}, with nothing between two commas for an empty cell`,
        });
        return;
      }
      const row: Record<string, string> = {};
      for (let index = 0; index < columns.length; index++) row[columns[index]!] = record[index]!;
      if (columns === registerColumns) {
        const imported = companyFromRegisterRow(row);
        if (imported.ok) {
          companies.push(imported.company);
          lines.push(line);
        } else {
          for (const { column, message } of imported.issues) problems.push({ file, line, column, message });
        }
        return;
      }
      const result = directoryRowSchema.safeParse(row);
      if (result.success) {
        companies.push(result.data);
        lines.push(line);
        return;
      }
      for (const issue of result.error.issues) {
        problems.push({ file, line, column: String(issue.path[0] ?? ''), message: issue.message });
      }
    },
    syntaxError(error: CsvError): void {
      // An unclosed quote is found at the end of the file; the row it opened starts after the last good one.
      const reported = typeof error['lines'] === 'number' ? error['lines'] : nextLine;
      const line = error.code === 'CSV_QUOTE_NOT_CLOSED' ? nextLine : reported;
      const index = typeof error['column'] === 'number' ? error['column'] : undefined;
      const column = headerOk && index !== undefined ? columns[index] : undefined;
      problems.push({ file, line, column, message: syntaxMessage(error) });
    },
    result(): CsvResult {
      if (header === undefined) {
        problems.push({ file, line: 1, message: `the file is empty: its first line must be ${HEADER}` });
      }
      return { companies, lines, problems };
    },
  };
}

/** Streams one CSV file and checks every row. */
export async function readCsv(file: string): Promise<CsvResult> {
  const reader = createFileReader(file);
  const parser = parse(CSV_OPTIONS);
  const source = createReadStream(file, { highWaterMark: 1 << 20 });
  source.on('error', (error) => parser.destroy(error));
  // 'data' events rather than for await: no promise per record, which counts at sixty thousand.
  parser.on('data', reader.record);
  source.pipe(parser);
  try {
    await finished(parser);
  } catch (error) {
    source.destroy();
    if (!(error instanceof CsvError)) throw error;
    reader.syntaxError(error);
  }
  return reader.result();
}

/** The same checks on text already in memory (the synchronous content check, tests). */
export function readCsvText(text: string, file: string): CsvResult {
  const reader = createFileReader(file);
  try {
    // Each record is checked as soon as it is parsed, so the rows before a syntax error still count.
    parseSync(text, {
      ...CSV_OPTIONS,
      on_record: (record: string[]) => {
        reader.record(record);
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    reader.syntaxError(error);
  }
  return reader.result();
}

/** The CSV files of the folders the site reads: *.csv, minus drafts ("_…") and hidden files. */
export function directoryFiles(dirs: string | readonly string[]): string[] {
  return (typeof dirs === 'string' ? [dirs] : dirs).flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => name.toLowerCase().endsWith('.csv') && !name.startsWith('_') && !name.startsWith('.'))
          .sort()
          .map((name) => path.join(dir, name))
      : [],
  );
}

/** Reads every CSV file of the folders and applies the rules across rows. */
export async function readDirectory(
  dir: string | readonly string[],
  options: DirectoryOptions,
): Promise<DirectoryResult> {
  const files = directoryFiles(dir);
  const results = await Promise.all(files.map((file) => readCsv(file)));
  return combine(files, results, options);
}

/** readDirectory for the synchronous content check. */
export function readDirectorySync(dir: string | readonly string[], options: DirectoryOptions): DirectoryResult {
  const files = directoryFiles(dir);
  const results = files.map((file) => readCsvText(readFileSync(file, 'utf8'), file));
  return combine(files, results, options);
}

function combine(files: string[], results: CsvResult[], { profiles, sources }: DirectoryOptions): DirectoryResult {
  const companies: DirectoryCompany[] = [];
  const problems: DirectoryProblem[] = [];
  const profileIds = new Set(profiles);
  const profileList = [...profileIds].sort();
  const ids = new Map<string, { file: string; line: number }>();
  const profileRows = new Map<string, { file: string; line: number; id: string }>();
  const sourceList = sources === undefined ? undefined : [...sources];
  const sourceIds = sourceList?.map((source) => source.id).sort();
  const unchecked = new Set(sourceList?.filter((source) => !source.termsChecked).map((source) => source.id));
  // Rows of a source whose terms are unchecked: one problem per file and source, with the count.
  const uncheckedRows = new Map<string, { file: string; line: number; source: string; count: number }>();
  const where = (first: { file: string; line: number }, file: string) =>
    first.file === file ? `line ${first.line}` : `line ${first.line} of ${path.basename(first.file)}`;

  results.forEach((result, index) => {
    const file = files[index]!;
    problems.push(...result.problems);
    result.companies.forEach((company, row) => {
      const line = result.lines[row]!;
      let ok = true;
      const first = ids.get(company.id);
      if (first) {
        ok = false;
        problems.push({
          file,
          line,
          column: 'id',
          message: `"${company.id}" is already the id of the row on ${where(first, file)}: every row needs an id of its own`,
        });
      } else {
        ids.set(company.id, { file, line });
      }
      if (company.profile !== undefined) {
        const profile = company.profile;
        const owner = profileRows.get(profile);
        if (!profileIds.has(profile)) {
          ok = false;
          const hint = closestMatch(profile, profileList);
          problems.push({
            file,
            line,
            column: 'profile',
            message: `there is no curated profile "${profile}" in content/companies/${hint ? ` (did you mean "${hint}"?)` : ''}: write the name of a profile's file without ".yaml", or leave the cell empty`,
          });
        } else if (owner) {
          ok = false;
          problems.push({
            file,
            line,
            column: 'profile',
            message: `"${profile}" is already the profile of ${owner.id} on ${where(owner, file)}: a profile belongs to one row only`,
          });
        } else {
          profileRows.set(profile, { file, line, id: company.id });
        }
      }
      const source = company.provenance?.source;
      if (source !== undefined && sourceIds !== undefined && !sourceIds.includes(source)) {
        ok = false;
        const hint = closestMatch(source, sourceIds);
        problems.push({
          file,
          line,
          column: 'source',
          message: `"${source}" is not a source of content/directory/sources.yaml${hint ? ` (did you mean "${hint}"?)` : ''}: every imported row names where it comes from, with its terms; expected one of ${sourceIds.join(', ')}`,
        });
      }
      if (ok && source !== undefined && unchecked.has(source)) {
        ok = false;
        const key = `${file}\u0000${source}`;
        const seen = uncheckedRows.get(key);
        if (seen) seen.count++;
        else uncheckedRows.set(key, { file, line, source, count: 1 });
      }
      if (ok) companies.push(company);
    });
  });
  for (const { file, line, source, count } of uncheckedRows.values()) {
    problems.push({
      file,
      line,
      column: 'source',
      message: `${count} row${count === 1 ? '' : 's'} from "${source}", whose terms of use no editor has checked yet: read them on the publisher's site, write what they allow in "licence" and the day in "terms_checked" of content/directory/sources.yaml, then build again`,
    });
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { companies, problems, files };
}

/** `content/directory/lecco.csv:12: column "sector_code": expected … — got "13,30"`, path from the working directory. */
export function formatProblem(problem: DirectoryProblem): string {
  const file = path.isAbsolute(problem.file)
    ? path.relative(process.cwd(), problem.file).split(path.sep).join('/')
    : problem.file;
  return `${file}:${problem.line}: ${problem.column ? `column "${problem.column}": ` : ''}${problem.message}`;
}
