import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inFileOrder, readComparisonRowOrder } from './comparison-order.ts';

describe('comparison row order', () => {
  it('reads the row ids of content/ip-comparison.yaml in the order they are written', () => {
    const order = readComparisonRowOrder(path.resolve('content'));
    expect(order.length).toBeGreaterThanOrEqual(10);
    expect(order[0]).toBe('patent-examination');
    expect(new Set(order).size).toBe(order.length);
  });

  it('sorts rows in file order and puts unknown rows last', () => {
    const rows = [{ id: 'c' }, { id: 'x' }, { id: 'a' }, { id: 'b' }];
    expect(inFileOrder(rows, ['a', 'b', 'c']).map((row) => row.id)).toEqual(['a', 'b', 'c', 'x']);
  });
});
