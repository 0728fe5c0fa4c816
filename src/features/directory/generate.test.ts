import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { directoryRowSchema } from '#schemas/directory.ts';
import { readCuratedCompanies } from './curated.ts';
import {
  codeForPrefix,
  generateDirectory,
  mulberry32,
  regionSplit,
  REGISTER_TOTAL,
  seedFrom,
  toCsv,
  type DirectoryRow,
  type GeneratedDirectory,
} from './generate.ts';
import { divisionOf, isDivision } from './nace.ts';
import { readCsvText } from './read-csv.ts';
import { curatedActivityCodes } from './curated-codes.ts';

const curated = readCuratedCompanies(path.join(process.cwd(), 'content'));
const csvOf = (generated: GeneratedDirectory) => toCsv(generated.rows.lecco) + toCsv(generated.rows.ticino);

describe('the directory generator', () => {
  it('splits companies between the regions as the registers do', () => {
    expect(REGISTER_TOTAL).toBe(60_446);
    expect(regionSplit(60_446)).toEqual({ lecco: 26_475, ticino: 33_971 });
    expect(regionSplit(1_000)).toEqual({ lecco: 438, ticino: 562 });
  });

  it('draws the same numbers from the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(seedFrom('17')).toBe(17);
    expect(seedFrom('lecco')).toBe(seedFrom('lecco'));
    expect(seedFrom('lecco')).not.toBe(seedFrom('ticino'));
  });

  it('writes identical bytes for the same seed, and other rows for another seed', () => {
    const one = csvOf(generateDirectory({ companies: 1_000, seed: 7, curated }));
    expect(csvOf(generateDirectory({ companies: 1_000, seed: 7, curated }))).toBe(one);
    expect(csvOf(generateDirectory({ companies: 1_000, seed: 8, curated }))).not.toBe(one);
  });

  it('refuses a total too small to hold the curated companies', () => {
    expect(() => generateDirectory({ companies: 10, seed: 1, curated })).toThrow(/curated companies/);
  });

  it('gives curated companies their code in the division of their first sector', () => {
    expect(codeForPrefix('13', 'lecco')).toBe('13.20.0');
    expect(codeForPrefix('26.6', 'ticino')).toBe('26.60');
    // Lecco's own list has no pharmaceuticals: the Ticino class is used, a valid ATECO class too.
    expect(codeForPrefix('21', 'lecco')).toBe('21.20');
    // Swiss rows keep NOGA's four-digit class even when the code comes from the Lecco list.
    expect(codeForPrefix('24', 'ticino')).toBe('24.34');
  });

  it('writes CSV that reads back without a problem', () => {
    const generated = generateDirectory({ companies: 1_000, seed: 3, curated });
    for (const region of ['lecco', 'ticino'] as const) {
      const result = readCsvText(toCsv(generated.rows[region]), `${region}.csv`);
      expect(result.problems).toEqual([]);
      expect(result.companies).toHaveLength(generated.rows[region].length);
    }
  });
});

describe('a full-size corpus of 60,446 companies', () => {
  let generated: GeneratedDirectory;
  let all: DirectoryRow[];
  beforeAll(() => {
    generated = generateDirectory({ companies: REGISTER_TOTAL, seed: 1, curated });
    all = [...generated.rows.lecco, ...generated.rows.ticino];
  });

  it('has exactly the rows of the registers, with ids in generation order', () => {
    expect(generated.rows.lecco).toHaveLength(26_475);
    expect(generated.rows.ticino).toHaveLength(33_971);
    expect(generated.rows.lecco.at(0)!.id).toBe('lc-000001');
    expect(generated.rows.lecco.at(-1)!.id).toBe('lc-026475');
    expect(generated.rows.ticino.at(-1)!.id).toBe('ti-033971');
    expect(new Set(all.map((row) => row.id)).size).toBe(all.length);
  });

  it('has only rows the schema accepts, all marked as examples', () => {
    const rejected = all.filter((row) => !directoryRowSchema.safeParse(row).success).map((row) => row.id);
    expect(rejected).toEqual([]);
    expect(all.every((row) => row.example === 'true')).toBe(true);
  });

  it('includes every curated company, once, with its profile id and facts', () => {
    for (const company of curated) {
      const rows = all.filter((row) => row.profile === company.id);
      expect(rows, company.id).toHaveLength(1);
      const row = rows[0]!;
      expect(row.name).toBe(company.name);
      expect(row.country).toBe(company.country);
      expect(row.region).toBe(company.country === 'IT' ? 'lecco' : 'ticino');
      expect(row.size).toBe(company.size);
      // The activity chosen for the profile, else its sector's first division.
      const chosen = curatedActivityCodes[company.id];
      expect(row.sector_code).toBe(chosen ?? row.sector_code);
      if (!chosen) expect(divisionOf(row.sector_code)).toBe(divisionOf(company.sectorPrefix));
      if (company.municipality === 'Giubiasco') {
        expect([row.municipality, row.postcode]).toEqual(['Bellinzona', '6512']);
      } else {
        expect(row.municipality).toBe(company.municipality);
      }
    }
    expect(all.filter((row) => row.profile !== '')).toHaveLength(curated.length);
  });

  it('links only to the reserved .example domain', () => {
    const websites = all.filter((row) => row.website !== '').map((row) => row.website);
    expect(websites.length / all.length).toBeGreaterThan(0.35);
    expect(websites.length / all.length).toBeLessThan(0.45);
    expect(websites.every((url) => /^https:\/\/[a-z0-9-]+\.example$/.test(url))).toBe(true);
  });

  it('describes about 30 % of the companies, in both languages', () => {
    const described = all.filter((row) => row.description_it !== '');
    expect(described.length / all.length).toBeGreaterThan(0.27);
    expect(described.length / all.length).toBeLessThan(0.33);
    expect(described.every((row) => row.description_en !== '')).toBe(true);
  });

  it('keeps the size bands near 90 / 8 / 1.5 / 0.5 %', () => {
    const share = (size: string) => all.filter((row) => row.size === size).length / all.length;
    expect(share('micro')).toBeCloseTo(0.9, 1);
    expect(share('small')).toBeCloseTo(0.08, 1);
    expect(share('medium')).toBeCloseTo(0.015, 2);
    expect(share('large')).toBeCloseTo(0.005, 2);
  });

  it('gives companies distinct names (the rate of repeats is reported)', () => {
    const names = all.map((row) => row.name);
    const repeats = names.length - new Set(names).size;
    const rate = repeats / names.length;
    console.info(`directory generator: ${repeats} repeated names in ${names.length} (${(rate * 100).toFixed(3)} %)`);
    expect(repeats).toBe(generated.duplicateNames);
    expect(rate).toBeLessThan(0.001);
  });
});

describe('curated activity codes', () => {
  it('name existing profiles and valid classes', () => {
    const ids = new Set(curated.map((company) => company.id));
    for (const [id, code] of Object.entries(curatedActivityCodes)) {
      expect(ids.has(id), id).toBe(true);
      expect(code, id).toMatch(/^\d{2}\.\d{2}$/);
      expect(isDivision(divisionOf(code)!), id).toBe(true);
    }
  });
});
