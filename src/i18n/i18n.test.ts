import { describe, expect, it as test } from 'vitest';
import { otherLocale, pickLocalized, pickTranslation, useTranslations } from './index.ts';
import { en, enAreas } from './ui/en.ts';
import { it, itAreas } from './ui/it.ts';
import { mergeAreas } from './ui/merge.ts';

describe('interface strings', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
  const entries = Object.entries(it);

  test('both languages have the same areas, each with the same keys', () => {
    expect(Object.keys(enAreas)).toEqual(Object.keys(itAreas));
    for (const [area, strings] of Object.entries(itAreas)) {
      expect(Object.keys(enAreas[area as keyof typeof enAreas]).sort(), area).toEqual(Object.keys(strings).sort());
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(it).sort());
  });

  test('no text is empty, in either language', () => {
    for (const table of [it, en]) {
      for (const [key, value] of Object.entries(table)) {
        // Texts with numbers or names in them: any argument gives a sentence.
        const text: unknown =
          typeof value === 'function' ? (value as (...args: number[]) => string)(2, 3, 4, 5) : value;
        expect(typeof text, key).toBe('string');
        expect((text as string).trim(), key).not.toBe('');
      }
    }
  });

  test('a text keeps its {placeholders} and its arguments in both languages', () => {
    for (const [key, value] of entries) {
      const other: unknown = en[key as keyof typeof en];
      expect(typeof other, key).toBe(typeof value);
      if (typeof value === 'string') expect(placeholders(other as string), key).toEqual(placeholders(value));
      else expect((other as (...args: never[]) => string).length, key).toBe(value.length);
    }
  });

  test('a key is defined in one area only', () => {
    expect(() => mergeAreas({ one: { 'a.b': 'x' }, two: { 'a.b': 'y' } })).toThrow(/"a\.b" is defined twice/);
  });

  test('each language gets its own text', () => {
    expect(useTranslations('it')['nav.home']).toBe('Home');
    expect(useTranslations('it')['nav.companies']).toBe('Imprese');
    expect(useTranslations('en')['nav.companies']).toBe('Companies');
    expect(useTranslations('en')['list.count'](1)).toBe('1 entry');
    expect(useTranslations('it')['list.count'](3)).toBe('3 voci');
    expect(useTranslations('en')['report.stale'](12)).toBe('Reviews older than 12 months');
  });
});

describe('fallbacks', () => {
  test('otherLocale swaps the two languages', () => {
    expect(otherLocale('it')).toBe('en');
    expect(otherLocale('en')).toBe('it');
  });

  test('pickLocalized prefers the reader’s language and says when it falls back', () => {
    expect(pickLocalized({ it: 'ciao', en: 'hello' }, 'en')).toEqual({ text: 'hello', lang: 'en', isFallback: false });
    expect(pickLocalized({ it: 'ciao' }, 'en')).toEqual({ text: 'ciao', lang: 'it', isFallback: true });
    expect(pickLocalized({ en: 'hello' }, 'it')).toEqual({ text: 'hello', lang: 'en', isFallback: true });
  });

  test('pickTranslation picks an entry the same way', () => {
    expect(pickTranslation({ en: 'E' }, 'it')).toEqual({ entry: 'E', lang: 'en', isFallback: true });
    expect(pickTranslation({ it: 'I', en: 'E' }, 'it')).toEqual({ entry: 'I', lang: 'it', isFallback: false });
    expect(() => pickTranslation({}, 'it')).toThrow();
  });
});
