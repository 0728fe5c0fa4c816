/**
 * What every adapter shares: the problems it reports, and the last steps from the register's
 * records to rows — deleted entities and sole proprietorships dropped with a count, every row
 * checked against the row schema, duplicates by identifier merged with a report.
 */
import { registerColumns, registerRowSchema, type RegisterCells, type RegisterRow } from '#schemas/register-row.ts';

export interface RegisterProblem {
  /** Row of the input: the file line for CSV, the record's position (from 1) for JSON. */
  row: number;
  field?: string | undefined;
  message: string;
  /** An error stops the import; a warning is reported and the import goes on. */
  level: 'error' | 'warning';
  /** True for an error that rejects one record only (the import may skip it, see ImportRequest.maxInvalidShare). */
  record?: true;
}

export interface AdapterOptions {
  /** Day the input was downloaded, YYYY-MM-DD: the `retrieved` of every row. */
  retrieved: string;
  /**
   * Keep sole proprietorships. Off by default: such a business is a natural person, and its name
   * is usually the owner's name, which the directory does not republish.
   */
  includeSoleProprietorships?: boolean;
}

/** One record of the register, mapped to the row's cells, before the checks. */
export interface Candidate {
  row: number;
  cells: RegisterCells;
  deleted?: boolean;
  soleProprietorship?: boolean;
}

export interface AdapterCounts {
  /** Records in the input. */
  read: number;
  /** Rows out. */
  kept: number;
  /** Records of another canton or province. */
  outsideArea: number;
  deleted: number;
  soleProprietorships: number;
  /** Records merged into an earlier one with the same identifier. */
  merged: number;
  /** Records rejected with an error. */
  invalid: number;
}

export interface AdapterResult {
  rows: RegisterRow[];
  /** Input row of each row, in the same order. */
  inputRows: number[];
  problems: RegisterProblem[];
  counts: AdapterCounts;
}

export function emptyCounts(): AdapterCounts {
  return { read: 0, kept: 0, outsideArea: 0, deleted: 0, soleProprietorships: 0, merged: 0, invalid: 0 };
}

/** Collects candidates one at a time (so a stream never holds them all) into the adapter's result. */
export function createCollector(options: AdapterOptions) {
  const rows: RegisterRow[] = [];
  const inputRows: number[] = [];
  const problems: RegisterProblem[] = [];
  const counts = emptyCounts();
  const byIdentifier = new Map<string, number>();

  return {
    problems,
    counts,
    /** A problem with the file or a warning: no record is rejected. */
    problem(problem: RegisterProblem): void {
      problems.push(problem);
    },
    /** An error that rejects one record. */
    reject(row: number, message: string, field?: string): void {
      problems.push({ row, field, message, level: 'error', record: true });
      counts.invalid++;
    },
    add(candidate: Candidate): void {
      if (candidate.deleted) {
        counts.deleted++;
        return;
      }
      if (candidate.soleProprietorship && !options.includeSoleProprietorships) {
        counts.soleProprietorships++;
        return;
      }
      const result = registerRowSchema.safeParse(candidate.cells);
      if (!result.success) {
        counts.invalid++;
        for (const issue of result.error.issues) {
          problems.push({
            row: candidate.row,
            field: issue.path[0] === undefined ? undefined : String(issue.path[0]),
            message: issue.message,
            level: 'error',
            record: true,
          });
        }
        return;
      }
      const row = result.data;
      const earlier = byIdentifier.get(row.identifier);
      if (earlier === undefined) {
        byIdentifier.set(row.identifier, rows.length);
        rows.push(row);
        inputRows.push(candidate.row);
        return;
      }
      counts.merged++;
      problems.push(mergeInto(rows[earlier]!, row, inputRows[earlier]!, candidate.row));
    },
    result(): AdapterResult {
      counts.kept = rows.length;
      problems.sort((a, b) => a.row - b.row);
      return { rows, inputRows, problems, counts };
    },
  };
}

/**
 * Merges a later record into the first one with the same identifier: the first one's values
 * win, cells it lacks are filled from the later one, and the report names what differed.
 */
function mergeInto(first: RegisterRow, later: RegisterRow, firstRow: number, laterRow: number): RegisterProblem {
  const differing: string[] = [];
  const target = first as Record<string, string | undefined>;
  const source = later as Record<string, string | undefined>;
  for (const column of registerColumns) {
    if (column === 'retrieved') continue;
    if (target[column] === undefined && source[column] !== undefined) target[column] = source[column];
    else if (source[column] !== undefined && source[column] !== target[column]) differing.push(column);
  }
  const detail =
    differing.length === 0
      ? 'the same values'
      : `kept the values of row ${firstRow} for ${differing.map((column) => `"${column}"`).join(', ')}`;
  return {
    row: laterRow,
    field: 'identifier',
    message: `${first.identifier} is also on row ${firstRow}: merged into it (${detail})`,
    level: 'warning',
  };
}

/** What an adapter reads: a file stream, or text/bytes already in memory (tests, a download). */
export type RegisterInput = AsyncIterable<Buffer | string> | Iterable<Buffer | string>;
