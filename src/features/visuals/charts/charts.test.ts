import { describe, expect, it } from 'vitest';
import { countBy, layoutBars, MAX_BAR, ROW_HEIGHT } from './bars.ts';
import { layoutTrl, shorten, trlX } from './trl.ts';

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

  it('lists the biggest steps first, with titles short enough for a phone', () => {
    const { rows, ticks } = layoutTrl([
      { label: 'Small step', href: '/a/', before: 4, after: 5 },
      {
        label: 'A much longer title that would not fit across a phone screen at all',
        href: '/b/',
        before: 2,
        after: 6,
      },
    ]);
    expect(rows.map((row) => row.href)).toEqual(['/b/', '/a/']);
    expect(rows[0]!.shortLabel.length).toBeLessThanOrEqual(42);
    expect(rows[0]!.shortLabel.endsWith('…')).toBe(true);
    expect(rows[1]!.shortLabel).toBe('Small step');
    expect(ticks).toHaveLength(9);
  });

  it('shortens at a word boundary', () => {
    expect(shorten('Tintoria lecchese: un terzo d’acqua in meno', 20)).toBe('Tintoria lecchese…');
  });
});
