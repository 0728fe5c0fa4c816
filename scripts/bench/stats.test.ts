import { describe, expect, it } from 'vitest';
import { median, summarize, summarizeDefined } from './stats.ts';

describe('median, min and max', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([3, 3, 1, 10, 2])).toBe(3);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1])).toBe(2.5);
    expect(median([10, 1, 3, 7])).toBe(5);
  });

  it('summarizes without reordering the samples', () => {
    const samples = [120, 80, 100];
    expect(summarize(samples)).toEqual({ median: 100, min: 80, max: 120, samples: [120, 80, 100] });
    expect(samples).toEqual([120, 80, 100]);
  });

  it('refuses empty and non-finite inputs', () => {
    expect(() => median([])).toThrow();
    expect(() => summarize([])).toThrow();
    expect(() => summarize([1, Number.NaN])).toThrow();
  });

  it('summarizes only the values that exist', () => {
    expect(summarizeDefined([undefined, 2, undefined, 4])).toEqual({ median: 3, min: 2, max: 4, samples: [2, 4] });
    expect(summarizeDefined([undefined])).toBeUndefined();
  });
});
