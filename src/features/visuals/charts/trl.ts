/**
 * "TRL before → after" across stories: one row per story, an arrow from the level it started at
 * to the level it reached, on the 1–9 scale. Positions in percent of the chart's width.
 */
import { LINE_HEIGHT, wrapText } from './text-lines.ts';

export interface TrlStory {
  label: string;
  href: string;
  before: number;
  after: number;
}

export interface TrlRow extends TrlStory {
  /** The whole title, in lines that fit across a phone screen. */
  lines: string[];
  /** Top of the row; the title's baselines and the arrow's height, in px from the chart's top. */
  y: number;
  lineY: number[];
  arrowY: number;
  x1: number;
  x2: number;
}

/** Space of a row below its title: the arrow and the gap to the next row. */
const ARROW_SPACE = 33;

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
  let y = 0;
  const rows = [...stories]
    .sort((a, b) => b.after - b.before - (a.after - a.before) || a.label.localeCompare(b.label, 'it'))
    .map((story) => {
      const lines = wrapText(story.label);
      const row = {
        ...story,
        lines,
        y,
        lineY: lines.map((_, index) => y + 15 + index * LINE_HEIGHT),
        arrowY: y + 15 + (lines.length - 1) * LINE_HEIGHT + 16,
        x1: trlX(story.before),
        x2: trlX(story.after),
      };
      y += (lines.length - 1) * LINE_HEIGHT + ARROW_SPACE + LINE_HEIGHT;
      return row;
    });
  return {
    height: y + 30,
    rows,
    ticks: Array.from({ length: 9 }, (_, index) => ({ level: index + 1, x: trlX(index + 1) })),
  };
}
