/**
 * Horizontal bar charts as plain geometry, in percentages of the chart's width so the SVG can
 * stretch to any width while its text keeps its size. Each row: a label line, then the bar, then
 * the total written after it.
 */
export interface BarRow {
  label: string;
  /** Values of the stacked segments, in series order. */
  values: readonly number[];
}

export interface PlacedSegment {
  series: number;
  value: number;
  /** Percent of the width. */
  x: number;
  width: number;
}

export interface PlacedRow {
  label: string;
  total: number;
  /** Top of the row, in px. */
  y: number;
  segments: PlacedSegment[];
  /** Where the bar ends, in percent: the total is written just after it. */
  end: number;
}

export interface BarLayout {
  height: number;
  rows: PlacedRow[];
  max: number;
}

export const ROW_HEIGHT = 46;
/** The longest bar takes this share of the width; the rest is room for its number. */
export const MAX_BAR = 88;

export function layoutBars(rows: readonly BarRow[]): BarLayout {
  const totals = rows.map((row) => row.values.reduce((sum, value) => sum + value, 0));
  const max = Math.max(1, ...totals);
  const percent = (value: number) => Math.round((value / max) * MAX_BAR * 100) / 100;
  return {
    height: rows.length * ROW_HEIGHT + 4,
    max,
    rows: rows.map((row, index) => {
      let start = 0;
      const segments = row.values.flatMap((value, series) => {
        if (value === 0) return [];
        const segment = { series, value, x: percent(start), width: percent(start + value) - percent(start) };
        start += value;
        return [segment];
      });
      return { label: row.label, total: totals[index]!, y: index * ROW_HEIGHT, segments, end: percent(start) };
    }),
  };
}

/** Counts per key, keeping the order of `keys`; keys with no count are dropped. */
export function countBy<Item>(
  items: readonly Item[],
  keysOf: (item: Item) => readonly string[],
  keys: readonly string[],
) {
  const counts = new Map<string, number>(keys.map((key) => [key, 0]));
  for (const item of items) {
    for (const key of new Set(keysOf(item))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].filter(([, count]) => count > 0);
}
