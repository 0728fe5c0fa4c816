import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from './closest-match.ts';

describe('editDistance', () => {
  it.each([
    ['textile', 'textiles', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['Same', 'same', 0],
  ])('%s → %s is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });
});

describe('closestMatch', () => {
  const sectors = ['textiles', 'mechanical-engineering', 'mechatronics', 'life-sciences'];

  it('suggests the value a typo was meant to be', () => {
    expect(closestMatch('textile', sectors)).toBe('textiles');
    expect(closestMatch('mechatronic', sectors)).toBe('mechatronics');
    expect(closestMatch('life-science', sectors)).toBe('life-sciences');
  });

  it('suggests nothing when no value is close', () => {
    expect(closestMatch('food', sectors)).toBeUndefined();
    expect(closestMatch('', sectors)).toBeUndefined();
  });
});
