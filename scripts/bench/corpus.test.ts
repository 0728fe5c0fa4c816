import { describe, expect, it } from 'vitest';
import {
  chooseQuery,
  divisionOf,
  FALLBACK_WORD,
  filterSector,
  mostFrequentWord,
  wordsOf,
  type CorpusRow,
} from './corpus.ts';

const rows: CorpusRow[] = [
  { country: 'IT', sectorCode: '25.62', description: 'Lavorazioni meccaniche di precisione della lamiera.' },
  { country: 'IT', sectorCode: '25.62', description: 'Lavorazioni meccaniche conto terzi; lavorazioni laser.' },
  { country: 'CH', sectorCode: '28.41.0', description: 'Macchine utensili e lavorazioni speciali.' },
  { country: 'IT', sectorCode: '13.30', description: 'Tintoria e finissaggio di tessuti della Brianza.' },
];

describe('the words the directory queries use', () => {
  it('splits descriptions into distinct lower-case words of five letters or more, without filler words', () => {
    expect([...wordsOf('Lavorazioni meccaniche della lamiera, lavorazioni laser: già è così')]).toEqual([
      'lavorazioni',
      'meccaniche',
      'lamiera',
      'laser',
    ]);
  });

  it('picks the word found in the most descriptions, each description counting once', () => {
    expect(mostFrequentWord(rows.map((row) => row.description))).toBe('lavorazioni');
    expect(mostFrequentWord(['alfa beta', 'casa, già così'])).toBeUndefined();
    expect(mostFrequentWord(['zeta delta', 'delta zeta'])).toBe('delta');
  });

  it('reads the two-digit division of ATECO and NOGA codes', () => {
    expect(divisionOf('25.62')).toBe('25');
    expect(divisionOf('28.41.0')).toBe('28');
  });

  it('filters on division 28 when Italian companies of it have the word, else on their most common division', () => {
    expect(filterSector(rows, 'lavorazioni')).toBe('25');
    const withMachinery = [...rows, { country: 'IT', sectorCode: '28.99', description: 'Lavorazioni su misura' }];
    expect(filterSector(withMachinery, 'lavorazioni')).toBe('28');
    expect(filterSector(rows, 'assente')).toBe('28');
  });

  it('chooses the corpus word unless one is given, and falls back on a fixed word', () => {
    expect(chooseQuery(rows, undefined)).toEqual({ companies: 4, word: 'lavorazioni', fromCorpus: true, sector: '25' });
    expect(chooseQuery(rows, 'tessuti')).toMatchObject({ word: 'tessuti', fromCorpus: false, sector: '13' });
    expect(chooseQuery([], undefined)).toMatchObject({ word: FALLBACK_WORD, fromCorpus: false });
  });
});
