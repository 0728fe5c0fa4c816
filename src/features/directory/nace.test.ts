import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  divisionCodes,
  divisionLabel,
  divisionOf,
  divisionsOfSection,
  hubSectorDivisions,
  hubSectorsOfDivision,
  sectionLabel,
  sectionOfDivision,
  type NaceSection,
} from './nace.ts';
import { naceSections } from '#schemas/nace.ts';

describe('NACE Rev. 2 table', () => {
  it('has the 88 divisions, each in exactly one of the 21 sections', () => {
    expect(divisionCodes).toHaveLength(88);
    expect(Object.keys(naceSections)).toEqual('ABCDEFGHIJKLMNOPQRSTU'.split(''));
    const inSections = (Object.keys(naceSections) as NaceSection[]).flatMap(divisionsOfSection);
    expect(inSections).toEqual(divisionCodes);
    for (const section of Object.keys(naceSections) as NaceSection[]) {
      const [first, last] = naceSections[section].divisions;
      expect(divisionsOfSection(section).at(0), section).toBe(first);
      expect(divisionsOfSection(section).at(-1), section).toBe(last);
    }
  });

  it('leaves out the numbers that are no division', () => {
    for (const missing of ['00', '04', '34', '40', '44', '48', '54', '57', '67', '76', '83', '89']) {
      expect(divisionCodes).not.toContain(missing);
      expect(sectionOfDivision(missing)).toBeUndefined();
    }
  });

  it('finds the division of ATECO and NOGA codes', () => {
    expect(divisionOf('13')).toBe('13');
    expect(divisionOf('13.30')).toBe('13');
    expect(divisionOf('28.41.0')).toBe('28');
    expect(divisionOf('62.01.00')).toBe('62');
    expect(divisionOf('04.10')).toBeUndefined();
    expect(divisionOf('13,30')).toBeUndefined();
    expect(divisionOf('1330')).toBeUndefined();
  });

  it('places divisions in their sections', () => {
    expect(sectionOfDivision('01')).toBe('A');
    expect(sectionOfDivision('13')).toBe('C');
    expect(sectionOfDivision('35')).toBe('D');
    expect(sectionOfDivision('47')).toBe('G');
    expect(sectionOfDivision('64')).toBe('K');
    expect(sectionOfDivision('68')).toBe('L');
    expect(sectionOfDivision('99')).toBe('U');
  });

  it('labels divisions and sections in both languages', () => {
    expect(divisionLabel('13', 'it')).toBe('Industrie tessili');
    expect(divisionLabel('13', 'en')).toBe('Manufacture of textiles');
    expect(divisionLabel('28', 'it')).toBe('Macchinari e apparecchiature');
    expect(divisionLabel('28', 'it', 'official')).toBe('Fabbricazione di macchinari ed apparecchiature nca');
    expect(divisionLabel('28', 'en', 'official')).toBe('Manufacture of machinery and equipment n.e.c.');
    expect(sectionLabel('C', 'it')).toBe('Attività manifatturiere');
    expect(sectionLabel('C', 'en')).toBe('Manufacturing');
    expect(() => divisionLabel('04', 'it')).toThrow(/04/);
  });

  it('keeps short labels shorter than the official titles', () => {
    for (const division of divisionCodes) {
      for (const locale of ['it', 'en'] as const) {
        expect(divisionLabel(division, locale).length, division).toBeLessThanOrEqual(
          divisionLabel(division, locale, 'official').length,
        );
      }
    }
  });

  it('maps every hub sector to the divisions of its ATECO and NOGA codes in sectors.yaml', () => {
    const sectors = parse(readFileSync(path.join(process.cwd(), 'content', 'taxonomies', 'sectors.yaml'), 'utf8')) as {
      id: string;
      ateco: string[];
      noga: string[];
    }[];
    const fromYaml = Object.fromEntries(
      sectors.map((sector) => [
        sector.id,
        [...new Set([...sector.ateco, ...sector.noga].map((code) => divisionOf(code)!))].sort(),
      ]),
    );
    const fromTable = Object.fromEntries(
      Object.entries(hubSectorDivisions).map(([sector, divisions]) => [sector, [...divisions].sort()]),
    );
    expect(fromTable).toEqual(fromYaml);
    expect(hubSectorsOfDivision('26')).toEqual(['mechatronics', 'life-sciences']);
  });
});
