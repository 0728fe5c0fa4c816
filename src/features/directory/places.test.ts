import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { directoryRowSchema } from '#schemas/directory.ts';
import { findPlace, formerMunicipalities, placeSlug, places } from '#schemas/places.ts';

describe('places', () => {
  it('makes URL-safe slugs of municipality names', () => {
    expect(placeSlug("Sant'Antonino")).toBe('sant-antonino');
    expect(placeSlug("Collina d'Oro")).toBe('collina-d-oro');
    expect(placeSlug('Mandello del Lario')).toBe('mandello-del-lario');
    expect(placeSlug('Barzanò')).toBe('barzano');
    expect(placeSlug('Arbedo-Castione')).toBe('arbedo-castione');
    expect(placeSlug(' Paderno d’Adda ')).toBe('paderno-d-adda');
  });

  it('lists between 40 and 70 municipalities on each side, with distinct names and slugs', () => {
    for (const region of ['lecco', 'ticino'] as const) {
      const list = places[region];
      expect(list.length).toBeGreaterThanOrEqual(40);
      expect(list.length).toBeLessThanOrEqual(70);
      expect(new Set(list.map((place) => place.name)).size).toBe(list.length);
      expect(new Set(list.map((place) => place.slug)).size).toBe(list.length);
      for (const place of list) expect(place.population, place.name).toBeGreaterThan(0);
    }
  });

  it('gives every municipality a postcode the row schema accepts for its region', () => {
    for (const region of ['lecco', 'ticino'] as const) {
      for (const place of places[region]) {
        const result = directoryRowSchema.safeParse({
          id: region === 'lecco' ? 'lc-000001' : 'ti-000001',
          name: 'Esempio S.r.l.',
          country: region === 'lecco' ? 'IT' : 'CH',
          region,
          municipality: place.name,
          postcode: place.postcode,
          sector_code: '13.20',
          size: 'micro',
          example: 'true',
        });
        expect(result.success, `${place.name} ${place.postcode}`).toBe(true);
        if (result.success) expect(result.data.place).toBe(place.slug);
      }
    }
  });

  it('has every municipality of the curated profiles (Giubiasco as part of Bellinzona)', () => {
    const folder = path.join(process.cwd(), 'content', 'companies');
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.yaml') && !file.startsWith('_'))) {
      const profile = parse(readFileSync(path.join(folder, name), 'utf8')) as { country: string; municipality: string };
      const region = profile.country === 'CH' ? 'ticino' : 'lecco';
      const municipality = formerMunicipalities[profile.municipality]?.municipality ?? profile.municipality;
      expect(findPlace(region, municipality), `${name}: ${profile.municipality}`).toBeDefined();
    }
    expect(formerMunicipalities['Giubiasco']).toEqual({ municipality: 'Bellinzona', postcode: '6512' });
  });
});
