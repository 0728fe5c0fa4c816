/**
 * Where the municipalities named in content lie, for the region map: the coordinates given for
 * each municipality in its Italian Wikipedia article (infobox, from Wikidata), rounded to three
 * decimals (about 100 m, far finer than the map can show). Checked 2026-11-28.
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
