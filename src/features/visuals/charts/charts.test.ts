import { describe, expect, it } from 'vitest';
import { countBy, layoutBars, MAX_BAR, ROW_HEIGHT } from './bars.ts';
import { CHAR_WIDTH, LABEL_FONT_SIZE, LINE_HEIGHT, MAX_LINE, NARROWEST_CHART, wrapText } from './text-lines.ts';
import { layoutTrl, trlX } from './trl.ts';

describe('bar charts', () => {
  const layout = layoutBars([
    { label: 'Textiles', values: [3, 1] },
    { label: 'ICT', values: [0, 2] },
  ]);

  it('scale the longest bar to the set share of the width and the others in proportion', () => {
    expect(layout.max).toBe(4);
    expect(layout.rows[0]!.end).toBe(MAX_BAR);
    expect(layout.rows[1]!.end).toBe(MAX_BAR / 2);
    expect(layout.height).toBe(2 * ROW_HEIGHT + 4);
  });

  it('stack segments end to end and skip empty ones', () => {
    const [first, second] = layout.rows[0]!.segments;
    expect(first).toMatchObject({ series: 0, value: 3, x: 0 });
    expect(second!.x).toBeCloseTo(first!.width, 5);
    expect(layout.rows[1]!.segments).toEqual([{ series: 1, value: 2, x: 0, width: MAX_BAR / 2 }]);
    expect(layout.rows.map((row) => row.total)).toEqual([4, 2]);
  });

  it('write each whole label in lines that fit across a phone, the bar below its last line', () => {
    const long = 'Credito d’imposta ricerca, sviluppo, innovazione e design (Italia)';
    const { rows, height } = layoutBars([
      { label: long, values: [1] },
      { label: 'Eurostars', values: [2] },
    ]);
    const extra = (rows[0]!.lines.length - 1) * LINE_HEIGHT;
    expect(rows[0]!.lines.join(' ')).toBe(long); // nothing cut
    expect(rows[0]!.lines.length).toBeGreaterThan(1);
    for (const line of rows[0]!.lines) expect(line.length).toBeLessThanOrEqual(MAX_LINE);
    expect(rows[0]!.barY).toBeGreaterThan(rows[0]!.lineY.at(-1)!);
    expect(rows[0]!.valueY).toBeGreaterThan(rows[0]!.barY);
    // The next row starts where this one's extra lines pushed it.
    expect(rows[1]!.y).toBe(ROW_HEIGHT + extra);
    expect(rows[1]!.lineY[0]! - LABEL_FONT_SIZE).toBeGreaterThan(rows[0]!.barY + 18);
    expect(height).toBe(2 * ROW_HEIGHT + extra + 4);
  });

  it('count items per key in the given order, each item once per key', () => {
    const items = [{ tags: ['a', 'b', 'a'] }, { tags: ['b'] }];
    expect(countBy(items, (item) => item.tags, ['c', 'b', 'a'])).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
  });
});

describe('TRL chart', () => {
  it('spreads levels 1 to 9 across the width', () => {
    expect(trlX(1)).toBeLessThan(trlX(5));
    expect(trlX(5)).toBeCloseTo((trlX(1) + trlX(9)) / 2, 5);
  });

  it('lists the biggest steps first, each whole title in lines that fit across a phone', () => {
    const long = 'A much longer title that would not fit across a phone screen at all, not even nearly so';
    const { rows, ticks, height } = layoutTrl([
      { label: 'Small step', href: '/a/', before: 4, after: 5 },
      { label: long, href: '/b/', before: 2, after: 6 },
    ]);
    expect(rows.map((row) => row.href)).toEqual(['/b/', '/a/']);
    expect(rows[0]!.lines.join(' ')).toBe(long); // nothing cut
    expect(rows[0]!.lines.length).toBeGreaterThan(1);
    for (const line of rows[0]!.lines) expect(line.length).toBeLessThanOrEqual(MAX_LINE);
    expect(rows[1]!.lines).toEqual(['Small step']);
    // The arrow sits under the last line, and the next row starts below the arrow.
    expect(rows[0]!.arrowY).toBeGreaterThan(rows[0]!.lineY.at(-1)!);
    expect(rows[1]!.lineY[0]! - 14).toBeGreaterThan(rows[0]!.arrowY);
    expect(height).toBeGreaterThan(rows[1]!.arrowY);
    expect(ticks).toHaveLength(9);
  });

  it('makes lines no wider than the narrowest chart', () => {
    expect(MAX_LINE * LABEL_FONT_SIZE * CHAR_WIDTH).toBeLessThanOrEqual(NARROWEST_CHART);
    expect(MAX_LINE).toBeGreaterThan(30);
  });

  it('wraps at spaces, and splits only a word longer than a line', () => {
    expect(wrapText('Tintoria lecchese: un terzo d’acqua in meno', 20)).toEqual([
      'Tintoria lecchese:',
      'un terzo d’acqua in',
      'meno',
    ]);
    expect(wrapText('Supercalifragilistic', 8)).toEqual(['Supercal', 'ifragili', 'stic']);
  });
});
