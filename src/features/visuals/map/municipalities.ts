/**
 * Where the municipalities named in content lie, for the region map: the coordinates given for
 * each municipality in its Italian Wikipedia article (infobox, from Wikidata), rounded to three
 * decimals (about 100 m, far finer than the map can show); rows given to two decimals are to the
 * minute of arc (about 1.5 km), still finer than the map's dots. Checked 2026-11-28.
 *
 * A company or centre in a municipality missing here is still listed next to the map, marked
 * "not on the map"; add a row (with its source) to place it. The build tests name missing rows.
 */
export interface Municipality {
  name: string;
  country: 'IT' | 'CH';
  lat: number;
  lon: number;
  source: string;
}

export const municipalities: readonly Municipality[] = [
  {
    name: 'Calolziocorte',
    country: 'IT',
    lat: 45.8,
    lon: 9.433,
    source: 'https://it.wikipedia.org/wiki/Calolziocorte',
  },
  { name: 'Lecco', country: 'IT', lat: 45.85, lon: 9.4, source: 'https://it.wikipedia.org/wiki/Lecco' },
  { name: 'Merate', country: 'IT', lat: 45.7, lon: 9.433, source: 'https://it.wikipedia.org/wiki/Merate' },
  { name: 'Valmadrera', country: 'IT', lat: 45.846, lon: 9.358, source: 'https://it.wikipedia.org/wiki/Valmadrera' },
  { name: 'Locarno', country: 'CH', lat: 46.168, lon: 8.789, source: 'https://it.wikipedia.org/wiki/Locarno' },
  { name: 'Lugano', country: 'CH', lat: 46.0, lon: 8.95, source: 'https://it.wikipedia.org/wiki/Lugano' },
  { name: 'Manno', country: 'CH', lat: 46.035, lon: 8.918, source: 'https://it.wikipedia.org/wiki/Manno_(Svizzera)' },
  { name: 'Mendrisio', country: 'CH', lat: 45.867, lon: 8.983, source: 'https://it.wikipedia.org/wiki/Mendrisio' },
  { name: 'Stabio', country: 'CH', lat: 45.85, lon: 8.94, source: 'https://it.wikipedia.org/wiki/Stabio' },
  { name: 'Balerna', country: 'CH', lat: 45.85, lon: 9.01, source: 'https://it.wikipedia.org/wiki/Balerna' },
  { name: 'Bellano', country: 'IT', lat: 46.04, lon: 9.3, source: 'https://it.wikipedia.org/wiki/Bellano' },
  { name: 'Bellinzona', country: 'CH', lat: 46.19, lon: 9.02, source: 'https://it.wikipedia.org/wiki/Bellinzona' },
  { name: 'Biasca', country: 'CH', lat: 46.36, lon: 8.97, source: 'https://it.wikipedia.org/wiki/Biasca' },
  { name: 'Casatenovo', country: 'IT', lat: 45.7, lon: 9.32, source: 'https://it.wikipedia.org/wiki/Casatenovo' },
  {
    name: 'Cernusco Lombardone',
    country: 'IT',
    lat: 45.69,
    lon: 9.4,
    source: 'https://it.wikipedia.org/wiki/Cernusco_Lombardone',
  },
  { name: 'Chiasso', country: 'CH', lat: 45.83, lon: 9.03, source: 'https://it.wikipedia.org/wiki/Chiasso' },
  { name: 'Colico', country: 'IT', lat: 46.14, lon: 9.37, source: 'https://it.wikipedia.org/wiki/Colico' },
  { name: 'Galbiate', country: 'IT', lat: 45.82, lon: 9.37, source: 'https://it.wikipedia.org/wiki/Galbiate' },
  { name: 'Giubiasco', country: 'CH', lat: 46.17, lon: 9.01, source: 'https://it.wikipedia.org/wiki/Giubiasco' },
  { name: 'Lomazzo', country: 'IT', lat: 45.7, lon: 9.03, source: 'https://it.wikipedia.org/wiki/Lomazzo' },
  {
    name: 'Mandello del Lario',
    country: 'IT',
    lat: 45.92,
    lon: 9.32,
    source: 'https://it.wikipedia.org/wiki/Mandello_del_Lario',
  },
  { name: 'Milano', country: 'IT', lat: 45.47, lon: 9.19, source: 'https://it.wikipedia.org/wiki/Milano' },
  { name: 'Missaglia', country: 'IT', lat: 45.71, lon: 9.33, source: 'https://it.wikipedia.org/wiki/Missaglia' },
  { name: 'Novazzano', country: 'CH', lat: 45.84, lon: 8.98, source: 'https://it.wikipedia.org/wiki/Novazzano' },
  { name: 'Oggiono', country: 'IT', lat: 45.79, lon: 9.35, source: 'https://it.wikipedia.org/wiki/Oggiono' },
  { name: 'Olginate', country: 'IT', lat: 45.8, lon: 9.42, source: 'https://it.wikipedia.org/wiki/Olginate' },
];

/** Names compare without case, accents or extra spaces: "Calolzio Corte" is not "Calolziocorte", though. */
export function municipalityKey(name: string, country: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  return `${country}:${plain}`;
}

const byKey = new Map(municipalities.map((row) => [municipalityKey(row.name, row.country), row]));

export function findMunicipality(name: string, country: string): Municipality | undefined {
  return byKey.get(municipalityKey(name, country));
}
