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
  /** The whole title, in lines that fit across a phone screen. */
  lines: string[];
  /** Top of the row; the title's baselines and the arrow's height, in px from the chart's top. */
  y: number;
  lineY: number[];
  arrowY: number;
  x1: number;
  x2: number;
}

/** The narrowest the chart is drawn: a 375 px screen less the page's margins. */
export const NARROWEST_CHART = 343;
/** Size of the titles (see TrlChart.astro), and a generous average width of one character. */
export const LABEL_FONT_SIZE = 14;
export const CHAR_WIDTH = 0.58;
/** Characters of a line that fit across the narrowest chart. */
export const MAX_LINE = Math.floor(NARROWEST_CHART / (LABEL_FONT_SIZE * CHAR_WIDTH));
const LINE_HEIGHT = 17;
/** Space of a row below its title: the arrow and the gap to the next row. */
const ARROW_SPACE = 33;

/** Breaks a title into lines of at most `max` characters, at spaces (a longer word is split). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const pieces = word.match(new RegExp(`.{1,${max}}`, 'gu')) ?? [word];
    for (const piece of pieces) {
      if (!line) line = piece;
      else if (line.length + 1 + piece.length <= max) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line) lines.push(line);
  return lines;
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
  let y = 0;
  const rows = [...stories]
    .sort((a, b) => b.after - b.before - (a.after - a.before) || a.label.localeCompare(b.label, 'it'))
    .map((story) => {
      const lines = wrapText(story.label, MAX_LINE);
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
