/**
 * The check step of the refresh: an imported file read back from disk, as the site will read it,
 * and every row checked again — the header, the row schema, the source it names, one row per
 * identifier. It catches what a write or a later change to the importer might have broken.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { registerColumns, registerRowSchema } from '#schemas/register-row.ts';
import { readCsvStream } from './csv-stream.ts';
import { formatRegisterProblem } from './output.ts';

/** The problems of the file, each naming file, row and field; none when it is sound. */
export async function checkImportedFile(file: string, source: string): Promise<string[]> {
  const name = path.basename(file);
  const problems: string[] = [];
  const seen = new Map<string, number>();
  let header: string[] | undefined;
  const { syntaxError } = await readCsvStream(createReadStream(file), (cells, line) => {
    if (header === undefined) {
      header = cells;
      if (cells.join(',') !== registerColumns.join(',')) {
        problems.push(`${name}: row 1: expected the columns ${registerColumns.join(',')} — got ${cells.join(',')}`);
      }
      return;
    }
    const row = Object.fromEntries(registerColumns.map((column, index) => [column, cells[index] ?? '']));
    const result = registerRowSchema.safeParse(row);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path[0] === undefined ? undefined : String(issue.path[0]);
        problems.push(formatRegisterProblem(name, { row: line, field, message: issue.message, level: 'error' }));
      }
      return;
    }
    if (result.data.source !== source) {
      problems.push(
        formatRegisterProblem(name, {
          row: line,
          field: 'source',
          message: `expected "${source}" — got "${result.data.source}"`,
          level: 'error',
        }),
      );
    }
    const earlier = seen.get(result.data.identifier);
    if (earlier !== undefined) {
      problems.push(
        formatRegisterProblem(name, {
          row: line,
          field: 'identifier',
          message: `${result.data.identifier} is also on row ${earlier}`,
          level: 'error',
        }),
      );
    }
    seen.set(result.data.identifier, line);
  });
  if (syntaxError) problems.push(`${name}: row ${syntaxError.line}: ${syntaxError.message}`);
  if (header === undefined) problems.push(`${name}: the file is empty`);
  return problems;
}
