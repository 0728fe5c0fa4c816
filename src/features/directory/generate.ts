/**
 * Fictional directory rows: the committed sample and the benchmark corpus of 60,446 companies
 * (26,475 in the area of Lecco, 33,971 in the Canton of Ticino, the size of the real registers).
 * Pure and deterministic: the same options and seed give the same rows, byte for byte.
 *
 * Every row is invented. Names are built from made-up word stems (syllables, not surnames),
 * an activity word and a legal form; websites sit under the reserved .example domain (RFC 2606),
 * so no real company is named or linked. Proportions (places by population, activities, size
 * bands) only aim to look plausible at scale: they are not statistics.
 */
import {
  directoryColumns,
  type DirectoryColumn,
  type DirectoryCountry,
  type DirectoryRegion,
  type DirectorySize,
} from '#schemas/directory-model.ts';
import { findPlace, formerMunicipalities, placeSlug, places, type Place } from '#schemas/places.ts';
import { curatedActivityCodes } from './curated-codes.ts';
import { activities, type Activity } from './generate-activities.ts';

/** Companies of each region in the real registers; the generator keeps their proportion. */
export const REGISTER_COUNTS = { lecco: 26_475, ticino: 33_971 } as const satisfies Record<DirectoryRegion, number>;
export const REGISTER_TOTAL = REGISTER_COUNTS.lecco + REGISTER_COUNTS.ticino;

export type DirectoryRow = Record<DirectoryColumn, string>;

/** A curated profile (content/companies/<id>.yaml), as the generator needs it. */
export interface CuratedCompany {
  id: string;
  name: string;
  country: DirectoryCountry;
  municipality: string;
  size: DirectorySize;
  /** First ATECO (IT) or NOGA (CH) code of the profile's first sector in sectors.yaml, e.g. "13" or "26.6". */
  sectorPrefix: string;
}

export interface GenerateOptions {
  /** Rows in total, curated ones included. */
  companies: number;
  seed: number;
  curated: readonly CuratedCompany[];
}

export interface GeneratedDirectory {
  rows: Record<DirectoryRegion, DirectoryRow[]>;
  /** Generated names that repeat an earlier one despite retries (curated names excluded). */
  duplicateNames: number;
}

/** Lecco gets round(N × 26,475 / 60,446) rows, Ticino the rest: exactly the registers at N = 60,446. */
export function regionSplit(total: number): Record<DirectoryRegion, number> {
  const lecco = Math.round((total * REGISTER_COUNTS.lecco) / REGISTER_TOTAL);
  return { lecco, ticino: total - lecco };
}

/** mulberry32: a small, fast, seeded PRNG, plenty for fictional data. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A seed from the command line: a whole number as it is, any other text hashed (FNV-1a). */
export function seedFrom(text: string): number {
  if (/^\d+$/.test(text)) return Number(text) >>> 0;
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

type Random = () => number;

/** Picks from weighted items with precomputed cumulative weights (binary search). */
function weighted<Item>(items: readonly Item[], weightOf: (item: Item) => number): (random: Random) => Item {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) cumulative.push((total += weightOf(item)));
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return items[low]!;
  };
}

const pick = <Item>(random: Random, items: readonly Item[]): Item => items[Math.floor(random() * items.length)]!;

// Invented stems: an opening syllable, sometimes a middle one, and an ending; syllables, not surnames.
// prettier-ignore
const openings = [
  'Al', 'Ar', 'Bar', 'Bel', 'Bra', 'Bri', 'Cal', 'Cas', 'Cel', 'Cin', 'Cor', 'Cri', 'Dal', 'Dor', 'Dra', 'Fen',
  'Fes', 'Fio', 'Fra', 'Gal', 'Gir', 'Gra', 'Gre', 'Lar', 'Lev', 'Lin', 'Lun', 'Mar', 'Mir', 'Mor', 'Nev', 'Nor',
  'Ol', 'Or', 'Pal', 'Pra', 'Quar', 'Riv', 'Ros', 'Sal', 'Sel', 'Ser', 'Sol', 'Sor', 'Tar', 'Tes', 'Tor',
  'Tre', 'Val', 'Vel', 'Ver', 'Zan', 'Zef',
] as const;
// prettier-ignore
const middles = ['a', 'e', 'i', 'o', 'va', 'ro', 'li', 'ne', 'ta', 'sa', 'co', 'ri', 'la', 'fi', 'mo', 'be', 'lu', 'vi'] as const;
// prettier-ignore
const endings = [
  'lla', 'sca', 'nda', 'ra', 'lys', 'rto', 'ssa', 'gna', 'va', 'sta', 'lda', 'mbra', 'nte', 'rna', 'lvo', 'via',
  'dra', 'tta', 'lce', 'xa', 'ndo', 'sio', 'rea', 'lma',
] as const;

function stem(random: Random): string {
  const middle = random() < 0.7 ? pick(random, middles) : '';
  return `${pick(random, openings)}${middle}${pick(random, endings)}`;
}

/** Picks a value from [value, weight] pairs. */
function weightedValue<Value>(pairs: readonly (readonly [Value, number])[]): (random: Random) => Value {
  const choose = weighted(pairs, ([, weight]) => weight);
  return (random) => choose(random)[0];
}

// About 90 % micro, 8 % small, 1.5 % medium and 0.5 % large: the usual shape of a regional register, not its statistics.
const sizes = weightedValue<DirectorySize>([
  ['micro', 900],
  ['small', 80],
  ['medium', 15],
  ['large', 5],
]);

/** Legal forms by size: Italian S.r.l., S.n.c., S.a.s., S.p.A.; Swiss Sagl and SA. */
const legalForms: Record<DirectoryRegion, Record<DirectorySize, (random: Random) => string>> = {
  lecco: {
    micro: weightedValue([
      ['S.r.l.', 52],
      ['S.n.c.', 22],
      ['S.a.s.', 25],
      ['S.p.A.', 1],
    ]),
    small: weightedValue([
      ['S.r.l.', 75],
      ['S.n.c.', 8],
      ['S.a.s.', 9],
      ['S.p.A.', 8],
    ]),
    medium: weightedValue([
      ['S.r.l.', 55],
      ['S.p.A.', 45],
    ]),
    large: weightedValue([
      ['S.p.A.', 85],
      ['S.r.l.', 15],
    ]),
  },
  ticino: {
    micro: weightedValue([
      ['Sagl', 60],
      ['SA', 40],
    ]),
    small: weightedValue([
      ['Sagl', 40],
      ['SA', 60],
    ]),
    medium: () => 'SA',
    large: () => 'SA',
  },
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const regionWords: Record<DirectoryRegion, { it: string; en: string }> = {
  lecco: { it: 'in provincia di Lecco', en: 'in the province of Lecco' },
  ticino: { it: 'in Ticino', en: 'in Ticino' },
};

/** Description templates, the same sentence in both languages. Every result stays under 280 characters. */
const descriptions: readonly ((activity: Activity, place: Place, size: DirectorySize) => { it: string; en: string })[] =
  [
    (activity, place) => ({
      it: `${capitalise(activity.it)} a ${place.name}, ${regionWords[place.region].it}.`,
      en: `${capitalise(activity.en)} in ${place.name}, ${regionWords[place.region].en}.`,
    }),
    (activity, place) => ({
      it: `${capitalise(activity.it)}. Lavoriamo soprattutto con clienti della zona di ${place.name}.`,
      en: `${capitalise(activity.en)}. Most of our customers are in and around ${place.name}.`,
    }),
    (activity, place) => ({
      it: `Da ${place.name}: ${activity.it}, per clienti in Italia e in Svizzera.`,
      en: `From ${place.name}: ${activity.en}, for customers in Italy and Switzerland.`,
    }),
    (activity, place, size) =>
      size === 'micro' || size === 'small'
        ? {
            it: `Piccola impresa di ${place.name}: ${activity.it}.`,
            en: `A small business in ${place.name}: ${activity.en}.`,
          }
        : {
            it: `${capitalise(activity.it)}, con sede e produzione a ${place.name}.`,
            en: `${capitalise(activity.en)}, with its head office and operations in ${place.name}.`,
          },
  ];

function emptyRow(): DirectoryRow {
  return Object.fromEntries(directoryColumns.map((column) => [column, ''])) as DirectoryRow;
}

const idPrefixes: Record<DirectoryRegion, string> = { lecco: 'lc', ticino: 'ti' };
const regionOfCountry: Record<DirectoryCountry, DirectoryRegion> = { IT: 'lecco', CH: 'ticino' };
const countryOfRegion: Record<DirectoryRegion, DirectoryCountry> = { lecco: 'IT', ticino: 'CH' };

/**
 * A full code in the division (or group) a curated profile's sector starts with: the first
 * activity of its region that fits, else of the other region, else the bare prefix. Independent
 * of the seed, so a curated company's row is the same in every corpus. Swiss rows keep the
 * four-digit class (NOGA), Italian rows may use ATECO's five digits.
 */
export function codeForPrefix(prefix: string, region: DirectoryRegion): string {
  const fits = (activity: Activity) =>
    activity.code.startsWith(prefix) &&
    (activity.code.length === prefix.length || /[.\d]/.test(activity.code[prefix.length]!));
  const other: DirectoryRegion = region === 'lecco' ? 'ticino' : 'lecco';
  const code = (activities[region].find(fits) ?? activities[other].find(fits))?.code ?? prefix;
  return region === 'ticino' ? code.slice(0, 5) : code;
}

function curatedRow(company: CuratedCompany, id: string): DirectoryRow {
  const region = regionOfCountry[company.country];
  // Profiles may name a municipality merged since: Giubiasco is in Bellinzona now.
  const merged = formerMunicipalities[company.municipality];
  const municipality = merged?.municipality ?? company.municipality;
  const place = findPlace(region, municipality);
  if (!place) {
    throw new Error(
      `Curated company "${company.id}": ${company.municipality} is not among the municipalities of src/schemas/places.ts`,
    );
  }
  return {
    ...emptyRow(),
    id,
    name: company.name,
    country: company.country,
    region,
    municipality,
    postcode: merged?.postcode ?? place.postcode,
    sector_code: curatedActivityCodes[company.id] ?? codeForPrefix(company.sectorPrefix, region),
    size: company.size,
    profile: company.id,
    example: 'true',
  };
}

/** Every row of both regions: the curated companies first (sorted by id), then invented ones. */
export function generateDirectory({ companies, seed, curated }: GenerateOptions): GeneratedDirectory {
  const split = regionSplit(companies);
  const random = mulberry32(seed);
  const usedNames = new Set(curated.map((company) => company.name));
  let duplicateNames = 0;
  const rows = { lecco: [], ticino: [] } as Record<DirectoryRegion, DirectoryRow[]>;

  for (const region of ['lecco', 'ticino'] as const) {
    const own = curated
      .filter((company) => regionOfCountry[company.country] === region)
      .sort((a, b) => a.id.localeCompare(b.id));
    if (own.length > split[region]) {
      throw new Error(
        `${companies} companies give ${region} ${split[region]} rows, fewer than its ${own.length} curated companies: ask for more`,
      );
    }
    const id = (index: number) => `${idPrefixes[region]}-${String(index + 1).padStart(6, '0')}`;
    const out = rows[region];
    for (const company of own) out.push(curatedRow(company, id(out.length)));

    const placeOf = weighted(places[region], (place) => place.population);
    const activityOf = weighted(activities[region], (activity) => activity.weight);
    while (out.length < split[region]) {
      const place = placeOf(random);
      const activity = activityOf(random);
      const size = sizes(random);
      let name = '';
      let base = '';
      let word = '';
      // A few tries for a name nobody has yet; invented stems make clashes rare, not impossible.
      for (let attempt = 0; attempt < 8; attempt++) {
        base = stem(random);
        word = pick(random, activity.words);
        const shape = random();
        const words = shape < 0.55 ? `${word} ${base}` : shape < 0.85 ? `${base} ${word}` : base;
        name = `${words} ${legalForms[region][size](random)}`;
        if (!usedNames.has(name)) break;
      }
      if (usedNames.has(name)) duplicateNames++;
      usedNames.add(name);

      const row: DirectoryRow = {
        ...emptyRow(),
        id: id(out.length),
        name,
        country: countryOfRegion[region],
        region,
        municipality: place.name,
        postcode: place.postcode,
        sector_code: activity.code,
        size,
        example: 'true',
      };
      if (random() < 0.4) {
        // Reserved top-level domain: no real site can ever be linked.
        const label = random() < 0.7 ? `${placeSlug(base)}-${placeSlug(word)}` : placeSlug(base);
        row.website = `https://${label}.example`;
      }
      if (random() < 0.3) {
        const text = pick(random, descriptions)(activity, place, size);
        row.description_it = text.it;
        row.description_en = text.en;
      }
      out.push(row);
    }
  }
  return { rows, duplicateNames };
}

/** A CSV cell: quoted when it holds a comma, a quote or a line break, with quotes doubled. */
function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The rows as a CSV file: the header, then one line per row, "\n" line ends. */
export function toCsv(rows: readonly DirectoryRow[]): string {
  const lines = [directoryColumns.join(',')];
  for (const row of rows) lines.push(directoryColumns.map((column) => csvCell(row[column])).join(','));
  return `${lines.join('\n')}\n`;
}
