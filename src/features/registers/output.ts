/**
 * The imported file: rows as CSV (registerColumns), the difference from the file it replaces,
 * the Markdown summary for the reviewer, and the atomic write that never leaves a half-written
 * file behind.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { registerColumns, type RegisterRow } from '#schemas/register-row.ts';
import type { AdapterCounts, RegisterProblem } from './collect.ts';

function csvCell(value: string | undefined): string {
  if (value === undefined) return '';
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The file's lines, header first, one row per line; generated so no second copy is held. */
export function* registerCsvLines(rows: readonly RegisterRow[]): Generator<string> {
  yield `${registerColumns.join(',')}\n`;
  const cells = (row: RegisterRow) => row as Partial<Record<string, string>>;
  for (const row of rows) yield `${registerColumns.map((column) => csvCell(cells(row)[column])).join(',')}\n`;
}

/** What identifies a row's content: every cell but the retrieval date, which changes on each import. */
export function rowContent(cells: Partial<Record<string, string>>): string {
  return registerColumns
    .filter((column) => column !== 'retrieved')
    .map((column) => cells[column] ?? '')
    .join('\u0000');
}

export interface RegisterDiff {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

/** The new rows against the current file's (identifier → rowContent). */
export function diffRows(current: ReadonlyMap<string, string>, rows: readonly RegisterRow[]): RegisterDiff {
  const diff: RegisterDiff = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  const seen = new Set<string>();
  for (const row of rows) {
    seen.add(row.identifier);
    const before = current.get(row.identifier);
    if (before === undefined) diff.added++;
    else if (before === rowContent(row)) diff.unchanged++;
    else diff.changed++;
  }
  for (const identifier of current.keys()) if (!seen.has(identifier)) diff.removed++;
  return diff;
}

export interface SummaryInput {
  adapter: string;
  input: string;
  output: string;
  retrieved: string;
  counts: AdapterCounts;
  diff: RegisterDiff;
  warnings: readonly RegisterProblem[];
  attribution: string;
}

const SHOWN_WARNINGS = 50;

export function summaryMarkdown(summary: SummaryInput): string {
  const { counts, diff } = summary;
  const lines = [
    `# Import ${summary.adapter}: ${summary.output}`,
    '',
    `Input \`${summary.input}\`, retrieved ${summary.retrieved}. ${summary.attribution}`,
    '',
    '| | Rows |',
    '| --- | ---: |',
    `| Added | ${diff.added} |`,
    `| Changed | ${diff.changed} |`,
    `| Removed | ${diff.removed} |`,
    `| Unchanged | ${diff.unchanged} |`,
    '',
    `Read ${counts.read} records, kept ${counts.kept}; left out: ${counts.outsideArea} outside the area, ` +
      `${counts.deleted} deleted, ${counts.soleProprietorships} sole proprietorships, ${counts.merged} merged duplicates.`,
  ];
  if (summary.warnings.length > 0) {
    lines.push('', `## Warnings (${summary.warnings.length})`, '');
    for (const warning of summary.warnings.slice(0, SHOWN_WARNINGS))
      lines.push(`- ${formatRegisterProblem(summary.input, warning)}`);
    if (summary.warnings.length > SHOWN_WARNINGS)
      lines.push(`- … and ${summary.warnings.length - SHOWN_WARNINGS} more`);
  }
  return `${lines.join('\n')}\n`;
}

/** `ticino.json: row 3: field "uid": …`. */
export function formatRegisterProblem(file: string, problem: RegisterProblem): string {
  return `${file}: row ${problem.row}: ${problem.field ? `field "${problem.field}": ` : ''}${problem.message}`;
}

export interface PendingFile {
  file: string;
  chunks: Iterable<string>;
}

/**
 * Writes every file to a temporary file next to it, then renames them all into place. Should
 * anything fail before the renames, the temporary files are removed and no target changed.
 */
export function writeFilesAtomically(files: readonly PendingFile[]): void {
  const written: { temp: string; file: string }[] = [];
  try {
    for (const { file, chunks } of files) {
      const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
      written.push({ temp, file });
      const fd = openSync(temp, 'w');
      try {
        for (const chunk of chunks) writeSync(fd, chunk);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
  } catch (error) {
    for (const { temp } of written) rmSync(temp, { force: true });
    throw error;
  }
  for (const { temp, file } of written) renameSync(temp, file);
}
