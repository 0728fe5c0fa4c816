/**
 * Horizontal bar charts as plain geometry, in percentages of the chart's width so the SVG can
 * stretch to any width while its text keeps its size. Each row: its label (wrapped to fit a
 * phone), then the bar, then the total written after it.
 */
import { LINE_HEIGHT, wrapText } from './text-lines.ts';

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
  /** The whole label, in lines that fit across a phone screen. */
  lines: string[];
  total: number;
  /** Top of the row; the label's baselines; the top of the bar; the total's baseline: in px. */
  y: number;
  lineY: number[];
  barY: number;
  valueY: number;
  segments: PlacedSegment[];
  /** Where the bar ends, in percent: the total is written just after it. */
  end: number;
}

export interface BarLayout {
  height: number;
  rows: PlacedRow[];
  max: number;
}

/** The height of a row whose label takes one line; each further line adds LINE_HEIGHT. */
export const ROW_HEIGHT = 46;
/** The longest bar takes this share of the width; the rest is room for its number. */
export const MAX_BAR = 88;

export function layoutBars(rows: readonly BarRow[]): BarLayout {
  const totals = rows.map((row) => row.values.reduce((sum, value) => sum + value, 0));
  const max = Math.max(1, ...totals);
  const percent = (value: number) => Math.round((value / max) * MAX_BAR * 100) / 100;
  let y = 0;
  const placed = rows.map((row, index) => {
    let start = 0;
    const segments = row.values.flatMap((value, series) => {
      if (value === 0) return [];
      const segment = { series, value, x: percent(start), width: percent(start + value) - percent(start) };
      start += value;
      return [segment];
    });
    const lines = wrapText(row.label);
    // What the label's further lines add to the row, above its bar.
    const further = (lines.length - 1) * LINE_HEIGHT;
    const top = y;
    y += ROW_HEIGHT + further;
    return {
      label: row.label,
      lines,
      total: totals[index]!,
      y: top,
      lineY: lines.map((_, line) => top + 15 + line * LINE_HEIGHT),
      barY: top + further + 21,
      valueY: top + further + 35,
      segments,
      end: percent(start),
    };
  });
  return { height: y + 4, max, rows: placed };
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
