/**
 * The curated profiles (content/companies/*.yaml) as the directory generator needs them: name,
 * place, size and the ATECO/NOGA code their first sector starts with in sectors.yaml. Read
 * leniently: the content check, not this, judges the files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { CuratedCompany } from './generate.ts';
import { directorySizes, type DirectoryCountry, type DirectorySize } from '#schemas/directory-model.ts';

interface SectorTerm {
  id: string;
  ateco?: string[];
  noga?: string[];
}

interface ProfileFile {
  name?: unknown;
  country?: unknown;
  municipality?: unknown;
  sizeBand?: unknown;
  sectors?: unknown;
}

export function readCuratedCompanies(contentDir: string): CuratedCompany[] {
  const sectors = parse(readFileSync(path.join(contentDir, 'taxonomies', 'sectors.yaml'), 'utf8')) as SectorTerm[];
  const sectorById = new Map(sectors.map((sector) => [sector.id, sector]));
  const folder = path.join(contentDir, 'companies');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_') && !name.startsWith('.'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.yaml'.length);
      const profile = parse(readFileSync(path.join(folder, name), 'utf8')) as ProfileFile;
      const country = profile.country === 'CH' ? 'CH' : ('IT' as DirectoryCountry);
      const firstSector = Array.isArray(profile.sectors) ? sectorById.get(String(profile.sectors[0])) : undefined;
      const codes = (country === 'IT' ? firstSector?.ateco : firstSector?.noga) ?? [];
      const size = (directorySizes as readonly unknown[]).includes(profile.sizeBand)
        ? (profile.sizeBand as DirectorySize)
        : 'micro';
      if (typeof profile.name !== 'string' || typeof profile.municipality !== 'string' || codes.length === 0) {
        throw new Error(`content/companies/${name}: needs a name, a municipality and a sector with ATECO/NOGA codes`);
      }
      return {
        id,
        name: profile.name,
        country,
        municipality: profile.municipality,
        size,
        sectorPrefix: codes[0]!,
      };
    });
}
