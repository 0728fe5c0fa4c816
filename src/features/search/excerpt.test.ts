import { describe, expect, it } from 'vitest';
import { bestExcerpt, cardText, markedWords, proseShare, withHighlight } from './excerpt.ts';

const headings = 'Competenze. <mark>Processi</mark> tessili. Prove e certificazione. Che cosa offre.';
const sentence =
  'Una tintoria di 25 persone usava circa 120 litri di <mark>acqua</mark> per chilo di tessuto e voleva ridurli.';

describe('markedWords', () => {
  it('lists each marked word once, in lower case, without punctuation or entities', () => {
    expect(markedWords('<mark>Acqua</mark> e <mark>acqua,</mark> poi <mark>l&#39;idrico</mark>')).toEqual([
      'acqua',
      "l'idrico",
    ]);
    expect(markedWords('nothing marked')).toEqual([]);
    expect(markedWords('<mark>la</mark> riva del <mark>lago</mark> e <mark>per</mark>')).toEqual(['lago']);
  });
});

describe('proseShare', () => {
  it('tells running text from a run of headings and tags', () => {
    expect(proseShare(sentence)).toBe(1);
    expect(proseShare(headings)).toBe(0);
    expect(proseShare('')).toBe(0);
  });
});

describe('bestExcerpt', () => {
  it('prefers a section written as sentences over a page excerpt made of headings', () => {
    const page = { excerpt: headings, url: '/it/companies/x/' };
    const section = { excerpt: sentence, url: '/it/companies/x/#seeks' };
    expect(bestExcerpt([page, section])).toBe(section);
  });

  it('among list-like excerpts keeps the one that shows more of the words', () => {
    const one = { excerpt: 'Competenze. <mark>Acqua</mark>.' };
    const two = { excerpt: '<mark>Acqua</mark>. <mark>Tintura</mark>.' };
    expect(bestExcerpt([one, two])).toBe(two);
  });

  it('gives none when no excerpt marks a word (a listing by filters only)', () => {
    expect(bestExcerpt([{ excerpt: 'Competenze. Processi tessili.' }])).toBeUndefined();
  });
});

describe('cardText', () => {
  it('shows running text as it is', () => {
    expect(cardText([{ excerpt: sentence }], 'Summary.')).toEqual({ excerpt: sentence });
  });

  it('shows the summary and names the words when they stand only in labels', () => {
    expect(cardText([{ excerpt: headings }], 'A family dye house.')).toEqual({
      summary: 'A family dye house.',
      found: ['processi'],
    });
  });

  it('keeps the excerpt when the entry has no summary', () => {
    expect(cardText([{ excerpt: headings }], undefined)).toEqual({ excerpt: headings });
  });
});

describe('withHighlight', () => {
  it('puts the words before the section anchor and keeps an existing query', () => {
    expect(withHighlight('/it/ip/designs/#grace', ['fiera', 'novità'])).toBe(
      '/it/ip/designs/?highlight=fiera&highlight=novit%C3%A0#grace',
    );
    expect(withHighlight('/en/search/?q=x', ['dye'])).toBe('/en/search/?q=x&highlight=dye');
    expect(withHighlight('/en/ip/', [])).toBe('/en/ip/');
  });
});
