import { describe, expect, it } from 'vitest';
import { ipSections } from './ip-sections.ts';

const term = (id: string) => ({ id, label: { it: `${id}-it`, en: `${id}-en` } });
const guide = (topic: string) => ({ data: { topic } });

describe('ipSections', () => {
  it('keeps the topics’ order, gives a topic with several guides its own section and skips empty topics', () => {
    const sections = ipSections(
      [term('b'), term('a'), term('empty')],
      [guide('a'), guide('b'), guide('a'), guide('b')],
    );
    expect(sections.map((section) => section.topics)).toEqual([['b'], ['a']]);
    expect(sections[0]!.title?.it).toBe('b-it');
  });

  it('puts neighbouring one-guide topics together: two by name, three or more as other topics', () => {
    const sections = ipSections(
      ['p', 't', 'd', 'c', 'x', 'y', 'z'].map(term),
      ['p', 'p', 't', 'd', 'c', 'c', 'x', 'y', 'z'].map(guide),
    );
    expect(sections.map((section) => section.topics)).toEqual([['p'], ['t', 'd'], ['c'], ['x', 'y', 'z']]);
    expect(sections[1]!.title).toEqual({ it: 't-it · d-it', en: 't-en · d-en' });
    expect(sections[3]!.title).toBeUndefined();
    expect(sections[3]!.guides).toHaveLength(3);
    expect(new Set(sections.map((section) => section.id)).size).toBe(sections.length);
  });
});
