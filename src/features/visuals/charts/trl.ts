/**
 * "TRL before → after" across stories: one row per story, an arrow from the level it started at
 * to the level it reached, on the 1–9 scale. Positions in percent of the chart's width.
 */
export interface TrlStory {
  label: string;
  href: string;
  before: number;
  after: number;
}

export interface TrlRow extends TrlStory {
  /** The label as drawn: short enough for a phone screen; the table has the whole title. */
  shortLabel: string;
  y: number;
  x1: number;
  x2: number;
}

export const TRL_ROW_HEIGHT = 50;
/** Characters of a label that fit across a 375 px screen at 14 px. */
export const MAX_LABEL = 42;

/** Cuts at a word boundary and adds an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,:;.–-]+$/u, '')}…`;
}
const LEFT = 4;
const RIGHT = 96;

/** Where TRL `level` (1–9) sits, in percent. */
export function trlX(level: number): number {
  return Math.round((LEFT + ((level - 1) / 8) * (RIGHT - LEFT)) * 100) / 100;
}

export function layoutTrl(stories: readonly TrlStory[]): {
  height: number;
  rows: TrlRow[];
  ticks: { level: number; x: number }[];
} {
  const rows = [...stories]
    .sort((a, b) => b.after - b.before - (a.after - a.before) || a.label.localeCompare(b.label, 'it'))
    .map((story, index) => ({
      ...story,
      shortLabel: shorten(story.label, MAX_LABEL),
      y: index * TRL_ROW_HEIGHT,
      x1: trlX(story.before),
      x2: trlX(story.after),
    }));
  return {
    height: rows.length * TRL_ROW_HEIGHT + 30,
    rows,
    ticks: Array.from({ length: 9 }, (_, index) => ({ level: index + 1, x: trlX(index + 1) })),
  };
}
