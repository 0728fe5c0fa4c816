/**
 * The charts' labels in lines that fit across a phone: the SVG stretches to any width while its
 * text keeps its size, so a label is wrapped for the narrowest chart, not cut.
 */

/** The narrowest the charts are drawn: a 320 px screen (the width content must reflow to) less the page's margins. */
export const NARROWEST_CHART = 288;
/** Size of the labels (see the charts' styles), and a generous average width of one character. */
export const LABEL_FONT_SIZE = 14;
export const CHAR_WIDTH = 0.58;
/** Characters of a line that fit across the narrowest chart. */
export const MAX_LINE = Math.floor(NARROWEST_CHART / (LABEL_FONT_SIZE * CHAR_WIDTH));
/** From one line's baseline to the next. */
export const LINE_HEIGHT = 17;

/** Breaks a label into lines of at most `max` characters, at spaces (a longer word is split). */
export function wrapText(text: string, max = MAX_LINE): string[] {
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
