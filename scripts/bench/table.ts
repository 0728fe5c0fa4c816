/** Plain-text tables for the terminal, and the units the benchmark prints. */

export type Verdict = 'pass' | 'FAIL' | 'n/a';

export interface TableRow {
  label: string;
  /** The median, or the only value. */
  value: string;
  /** min–max, when there was more than one sample. */
  range?: string;
  /** e.g. "≤ 120 s" */
  target?: string;
  verdict?: Verdict;
  /** A long value (a path, a sentence): printed after the label, not counted in the column widths. */
  wide?: boolean;
}

export interface TableSection {
  title: string;
  rows: readonly TableRow[];
}

const HEADER = ['', 'median', 'min–max', 'target', ''] as const;

/** Display width, counting each code point as one column (the table has no wide characters). */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - width(text)));
}

/**
 * Sections of rows under one header, each section under its title line, columns aligned on the
 * left (values mix figures and words: "812 MB, 61,234 files").
 */
export function formatTable(sections: readonly TableSection[]): string {
  const cells = sections.flatMap((section) =>
    section.rows.map((row) => [
      row.label,
      row.wide ? '' : row.value,
      row.range ?? '',
      row.target ?? '',
      row.verdict ?? '',
    ]),
  );
  const widths = HEADER.map((title, column) =>
    Math.max(width(title), ...cells.map((row) => width(row[column]!) + (column === 0 ? 2 : 0))),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => pad(cell, widths[column]!))
      .join('  ')
      .trimEnd();
  const rule = '─'.repeat(widths.reduce((total, size) => total + size, 0) + 2 * (widths.length - 1));
  const out = [line(HEADER), rule];
  for (const section of sections) {
    if (section.rows.length === 0) continue;
    out.push(section.title);
    for (const row of section.rows) {
      if (row.wide) out.push(`${pad(`  ${row.label}`, widths[0]!)}  ${row.value}`);
      else out.push(line([`  ${row.label}`, row.value, row.range ?? '', row.target ?? '', row.verdict ?? '']));
    }
  }
  return out.join('\n');
}

/** Decimal units, as storage and network sizes are usually given: 1 kB = 1,000 bytes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${Math.round(bytes)} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = -1;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(value >= 100 ? 0 : 1)} ${units[unit]}`;
}

/** 245 ms, 1.24 s, 95.3 s */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 10_000) return `${(ms / 1000).toFixed(2)} s`;
  return `${(ms / 1000).toFixed(1)} s`;
}

export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en');
}

/** "min–max" in the value's own unit, "all equal" when they print the same, undefined for a single sample. */
export function formatRange(
  summary: { min: number; max: number; samples: readonly number[] },
  format: (value: number) => string,
): string | undefined {
  if (summary.samples.length < 2) return undefined;
  const [min, max] = [format(summary.min), format(summary.max)];
  return min === max ? 'all equal' : `${min}–${max}`;
}

export function verdict(value: number | undefined, limit: number): Verdict {
  if (value === undefined) return 'n/a';
  return value <= limit ? 'pass' : 'FAIL';
}
