/**
 * Streams a CSV download record by record, whatever the spreadsheet it came from did to it: a
 * byte-order mark, commas or semicolons (the separator is read from the header line), line
 * breaks inside quoted values. Records are handed over one at a time with the file line they
 * start on, so 50,000 rows never sit in memory as text.
 */
import { CsvError, parse } from 'csv-parse';
import type { RegisterInput } from './collect.ts';

export interface CsvStreamResult {
  delimiter: ',' | ';';
  /** A syntax error ends the file; the records before it were handed over. */
  syntaxError?: { line: number; message: string };
}

/** The separator of a header line: the one that occurs more often outside quotes. */
export function sniffDelimiter(firstLine: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

function lineBreaks(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) count++;
  return count;
}

const SNIFF_LIMIT = 1 << 16;

export async function readCsvStream(
  input: RegisterInput,
  onRecord: (cells: string[], line: number) => void,
): Promise<CsvStreamResult> {
  let parser: ReturnType<typeof parse> | undefined;
  let delimiter: ',' | ';' = ',';
  let failure: unknown;
  let nextLine = 1;
  const pending: Buffer[] = [];
  const done: Promise<void>[] = [];

  const start = (head: Buffer) => {
    delimiter = sniffDelimiter(head.toString('utf8').split('\n', 1)[0] ?? '');
    const created = parse({ bom: true, delimiter, relax_column_count: true });
    created.on('data', (cells: string[]) => {
      const line = nextLine;
      nextLine += 1 + lineBreaks(cells);
      onRecord(cells, line);
    });
    done.push(
      new Promise((resolve) => {
        created.on('error', (error) => {
          failure = error;
          resolve();
        });
        created.on('end', () => resolve());
      }),
    );
    created.write(head);
    parser = created;
  };

  for await (const chunk of input) {
    if (failure !== undefined) break;
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (parser === undefined) {
      pending.push(bytes);
      const head = Buffer.concat(pending);
      if (head.indexOf(10) === -1 && head.length < SNIFF_LIMIT) continue;
      start(head);
      continue;
    }
    if (!parser.write(bytes)) await new Promise((resolve) => parser!.once('drain', resolve));
  }
  if (parser === undefined) start(Buffer.concat(pending));
  parser!.end();
  await Promise.all(done);
  if (failure !== undefined) {
    if (!(failure instanceof CsvError)) throw failure;
    const message =
      failure.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a value opens a double quote that is never closed (is the file cut short?)'
        : `the file cannot be read as CSV from here (${failure.message})`;
    return { delimiter, syntaxError: { line: nextLine, message } };
  }
  return { delimiter };
}
