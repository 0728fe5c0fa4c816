/**
 * Municipalities the example directory is drawn from: a selection of the municipalities of the
 * province of Lecco and of the Canton of Ticino, with one postcode in use in each (Italian CAP,
 * Swiss NPA; a merged municipality has several, and one of them is listed). Only names and
 * postcodes we are sure of are listed, as they are after the mergers of recent years (La Valletta
 * Brianza 2015, Bellinzona 2017).
 *
 * `population` is a round figure of the order of magnitude of the residents, used ONLY as a
 * weight when the generator picks a municipality for a fictional row. It is not a statistic:
 * never show it on a page.
 *
 * Real rows may name any municipality: the row schema does not limit them to this list, it
 * only needs the name to give a URL slug (placeSlug).
 */
import type { DirectoryRegion } from './directory-model.ts';

export interface Place {
  name: string;
  /** URL segment of the municipality's directory pages: "Sant'Antonino" → "sant-antonino". */
  slug: string;
  postcode: string;
  region: DirectoryRegion;
  /** Rough number of residents; a weight for the generator, nothing more. */
  population: number;
}

/**
 * "Mandello del Lario" → "mandello-del-lario", "Collina d'Oro" → "collina-d-oro": lower case, no
 * accents, every run of other characters (spaces, apostrophes) one hyphen. The row schema derives
 * the `place` of every row with this, so the same municipality always has the same address.
 */
const slugCache = new Map<string, string>();

export function placeSlug(name: string): string {
  let slug = slugCache.get(name);
  if (slug === undefined) {
    slug = name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    // Sixty thousand rows name a few hundred municipalities: remember them, not every typo forever.
    if (slugCache.size < 10_000) slugCache.set(name, slug);
  }
  return slug;
}

type Row = readonly [name: string, postcode: string, population: number];

const lecco: readonly Row[] = [
  ['Lecco', '23900', 47000],
  ['Merate', '23807', 15000],
  ['Calolziocorte', '23801', 13500],
  ['Casatenovo', '23880', 13000],
  ['Valmadrera', '23868', 11500],
  ['Mandello del Lario', '23826', 10000],
  ['Oggiono', '23848', 9000],
  ['Missaglia', '23873', 8500],
  ['Galbiate', '23851', 8500],
  ['Colico', '23823', 8000],
  ['Olginate', '23854', 7000],
  ['Robbiate', '23899', 6300],
  ['Olgiate Molgora', '23887', 6300],
  ['Calco', '23885', 5300],
  ['Barzanò', '23891', 5100],
  ['Lomagna', '23871', 5000],
  ['Osnago', '23875', 4800],
  ['Costa Masnaga', '23845', 4800],
  ['Brivio', '23883', 4700],
  ['La Valletta Brianza', '23888', 4700],
  ['Cassago Brianza', '23893', 4400],
  ['Malgrate', '23864', 4200],
  ['Monticello Brianza', '23876', 4200],
  ['Ballabio', '23811', 4100],
  ['Cernusco Lombardone', '23870', 3900],
  ["Paderno d'Adda", '23877', 3900],
  ['Civate', '23862', 3800],
  ['Molteno', '23847', 3600],
  ['Nibionno', '23895', 3600],
  ['Bosisio Parini', '23842', 3400],
  ['Valgreghentino', '23857', 3400],
  ['Abbadia Lariana', '23821', 3300],
  ['Bellano', '23822', 3200],
  ['Rogeno', '23849', 3100],
  ['Airuno', '23881', 2900],
  ['Sirtori', '23896', 2900],
  ['Bulciago', '23892', 2900],
  ['Vercurago', '23808', 2800],
  ['Dervio', '23824', 2600],
  ['Garlate', '23852', 2600],
  ['Barzago', '23890', 2500],
  ['Montevecchia', '23874', 2500],
  ['Castello di Brianza', '23884', 2500],
  ['Imbersago', '23898', 2400],
  ['Dolzago', '23843', 2400],
  ['Garbagnate Monastero', '23846', 2400],
  ['Annone di Brianza', '23841', 2300],
  ['Cesana Brianza', '23861', 2300],
  ['Sirone', '23844', 2300],
  ['Pescate', '23855', 2200],
  ['Primaluna', '23819', 2200],
  ['Premana', '23834', 2200],
  ['Lierna', '23827', 2100],
  ['Introbio', '23815', 2000],
  ['Pasturo', '23818', 2000],
  ['Viganò', '23897', 2000],
];

const ticino: readonly Row[] = [
  ['Lugano', '6900', 63000],
  ['Bellinzona', '6500', 44000],
  ['Locarno', '6600', 16000],
  ['Mendrisio', '6850', 15000],
  ['Chiasso', '6830', 8000],
  ['Minusio', '6648', 7300],
  ['Capriasca', '6950', 6900],
  ['Losone', '6616', 6700],
  ['Massagno', '6900', 6300],
  ['Biasca', '6710', 6200],
  ['Ascona', '6612', 5500],
  ['Gambarogno', '6573', 5300],
  ['Arbedo-Castione', '6517', 5000],
  ['Gordola', '6596', 4800],
  ["Collina d'Oro", '6926', 4800],
  ['Stabio', '6855', 4600],
  ['Morbio Inferiore', '6834', 4600],
  ['Agno', '6982', 4600],
  ['Paradiso', '6900', 4400],
  ['Caslano', '6987', 4400],
  ['Balerna', '6828', 3400],
  ['Vacallo', '6833', 3300],
  ['Torricella-Taverne', '6808', 3300],
  ['Tenero-Contra', '6598', 3100],
  ['Cadenazzo', '6593', 2900],
  ['Cugnasco-Gerra', '6516', 2900],
  ['Coldrerio', '6877', 2900],
  ['Faido', '6760', 2900],
  ['Muralto', '6600', 2800],
  ['Bioggio', '6934', 2700],
  ['Terre di Pedemonte', '6652', 2600],
  ['Maggia', '6673', 2600],
  ['Riva San Vitale', '6826', 2600],
  ["Sant'Antonino", '6592', 2500],
  ['Novazzano', '6883', 2400],
  ['Savosa', '6942', 2300],
  ['Castel San Pietro', '6874', 2200],
  ['Canobbio', '6952', 2100],
  ['Comano', '6949', 2100],
  ['Lamone', '6814', 2000],
  ['Acquarossa', '6716', 1900],
  ['Vezia', '6943', 1900],
  ['Melide', '6815', 1800],
  ['Sorengo', '6924', 1800],
  ['Brissago', '6614', 1800],
  ['Magliaso', '6983', 1600],
  ['Bedano', '6930', 1600],
  ['Airolo', '6780', 1500],
  ['Lumino', '6533', 1500],
  ['Manno', '6928', 1300],
  ['Gravesano', '6929', 1300],
  ['Mezzovico-Vira', '6805', 1300],
];

function toPlaces(rows: readonly Row[], region: DirectoryRegion): Place[] {
  return rows.map(([name, postcode, population]) => ({ name, slug: placeSlug(name), postcode, region, population }));
}

export const places: Readonly<Record<DirectoryRegion, readonly Place[]>> = {
  lecco: toPlaces(lecco, 'lecco'),
  ticino: toPlaces(ticino, 'ticino'),
};

/**
 * Municipalities merged into another since the curated profiles were written, with the postcode
 * they keep: Giubiasco has been part of Bellinzona since 2 April 2017 and is still served by the
 * post office 6512 Giubiasco.
 */
export const formerMunicipalities: Readonly<Record<string, { municipality: string; postcode: string }>> = {
  Giubiasco: { municipality: 'Bellinzona', postcode: '6512' },
};

/** A listed municipality of a region by name (exact spelling), or undefined. */
export function findPlace(region: DirectoryRegion, name: string): Place | undefined {
  return places[region].find((place) => place.name === name);
}
