/**
 * The order of the rows in content/ip-comparison.yaml. Astro's collections return entries sorted
 * by id, but editors order the comparison table by writing the rows in sequence.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export function readComparisonRowOrder(contentDir: string): string[] {
  const rows: unknown = parse(readFileSync(path.join(contentDir, 'ip-comparison.yaml'), 'utf8'));
  if (!Array.isArray(rows)) return [];
  return rows.map((row) => String((row as { id?: unknown } | null)?.id ?? ''));
}

/** Sorts rows (anything with an id) in file order; rows missing from the file go last. */
export function inFileOrder<Row extends { id: string }>(rows: readonly Row[], order: readonly string[]): Row[] {
  const position = (id: string) => {
    const index = order.indexOf(id);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...rows].sort((a, b) => position(a.id) - position(b.id));
}
