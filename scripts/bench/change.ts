/**
 * The change of the benchmark's "one company changed" rebuild: the name of the company in the
 * middle of the first rows file gets " (bis)", as an editor's fix of one row would.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The cells of one CSV line (no line breaks inside cells, as the project's row files are written). */
export function csvCells(line: string): string[] {
  const cells: string[] = [];
  const cell = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g;
  for (const match of line.matchAll(cell))
    cells.push(match[1] === undefined ? match[2]! : match[1].replaceAll('""', '"'));
  return cells;
}

function csvLine(cells: readonly string[]): string {
  return cells.map((value) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)).join(',');
}

/** Renames the middle company of the first CSV file in `folder`; returns its id and new name. */
export function renameOneCompany(folder: string): { id: string; name: string } {
  const file = readdirSync(folder)
    .filter((name) => name.endsWith('.csv'))
    .sort()[0];
  if (!file) throw new Error(`${folder} holds no CSV file of companies to change`);
  const csv = path.join(folder, file);
  const lines = readFileSync(csv, 'utf8').split('\n');
  const header = csvCells(lines[0]!);
  const nameColumn = header.indexOf('name');
  // The directory's rows have an id; the registers' imports, the register's identifier.
  const idColumn = header.includes('id') ? header.indexOf('id') : header.indexOf('identifier');
  if (nameColumn < 0 || idColumn < 0) throw new Error(`${csv} has no "name" and "id" (or "identifier") columns`);
  const rows = lines.length - (lines.at(-1) === '' ? 2 : 1);
  if (rows < 1) throw new Error(`${csv} has no rows`);
  const at = 1 + Math.floor(rows / 2);
  const cells = csvCells(lines[at]!);
  cells[nameColumn] = `${cells[nameColumn]} (bis)`;
  lines[at] = csvLine(cells);
  writeFileSync(csv, lines.join('\n'));
  return { id: cells[idColumn]!, name: cells[nameColumn]! };
}
