import { describe, expect, it as test } from 'vitest';
import { otherLocale, pickLocalized, pickTranslation, useTranslations } from './index.ts';
import { en } from './ui/en.ts';
import { it } from './ui/it.ts';

describe('interface strings', () => {
  test('both languages have the same keys and no empty text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(it).sort());
    for (const table of [it, en]) {
      for (const [key, value] of Object.entries(table)) {
        if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
      }
    }
  });

  test('each language gets its own text', () => {
    expect(useTranslations('it')['nav.home']).toBe('Home');
    expect(useTranslations('it')['nav.companies']).toBe('Imprese');
    expect(useTranslations('en')['nav.companies']).toBe('Companies');
    expect(useTranslations('en')['list.count'](1)).toBe('1 entry');
    expect(useTranslations('it')['list.count'](3)).toBe('3 voci');
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
