/**
 * CSV for spreadsheets: RFC 4180 (comma, CRLF, double quotes), UTF-8. Columns come from the
 * record's JSON Schema, never from the data, so every build of a dataset has the same columns
 * in the same order whether or not an entry uses an optional field.
 */
import type { JsonSchema } from './json-schema.ts';

/** Separator between the items of a list of plain values in one cell. */
export const LIST_SEPARATOR = ' | ';

export interface Column {
  /** Dotted path of the field, e.g. "description.it" or "trl.before". */
  name: string;
  path: readonly string[];
  /** value: one plain value; list: plain values joined by LIST_SEPARATOR; json: JSON text. */
  kind: 'value' | 'list' | 'json';
}

const plainTypes = new Set(['string', 'number', 'integer', 'boolean']);

export function isPlain(schema: JsonSchema): boolean {
  if (schema.type !== undefined) return plainTypes.has(schema.type);
  if (schema.enum !== undefined) return true;
  return false;
}

/** Objects whose fields are all plain or themselves such objects become dotted columns. */
function isFlat(schema: JsonSchema): boolean {
  if (schema.type !== 'object' || !schema.properties) return false;
  return Object.values(schema.properties).every((field) => isPlain(field) || isFlat(field));
}

export function columnsOf(schema: JsonSchema, prefix: readonly string[] = []): Column[] {
  const columns: Column[] = [];
  for (const [key, field] of Object.entries(schema.properties ?? {})) {
    const path = [...prefix, key];
    const name = path.join('.');
    if (isPlain(field)) columns.push({ name, path, kind: 'value' });
    else if (isFlat(field)) columns.push(...columnsOf(field, path));
    else if (field.type === 'array' && field.items && isPlain(field.items)) columns.push({ name, path, kind: 'list' });
    else columns.push({ name, path, kind: 'json' });
  }
  return columns;
}

function valueAt(record: unknown, path: readonly string[]): unknown {
  let value = record;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export function cellText(record: unknown, column: Column): string {
  const value = valueAt(record, column.path);
  if (value === undefined || value === null) return '';
  if (column.kind === 'list' && Array.isArray(value)) return value.map(String).join(LIST_SEPARATOR);
  if (column.kind === 'json' || typeof value === 'object') {
    return Array.isArray(value) && value.length === 0 ? '' : JSON.stringify(value);
  }
  return String(value);
}

export function csvField(text: string): string {
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(columns: readonly Column[], records: readonly unknown[]): string {
  const lines = [
    columns.map((column) => csvField(column.name)).join(','),
    ...records.map((record) => columns.map((column) => csvField(cellText(record, column))).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** Reads RFC 4180 text back into rows of fields (for tests and for scripts that reuse the files). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      // CRLF ends the row on the \n
    } else if (char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
