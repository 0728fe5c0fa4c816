/**
 * NACE sections and divisions in the page's language, and the hub's sectors by division. The
 * tables and the code lookups are in src/schemas/nace.ts, where the directory schema reads them.
 */
import type { Locale } from '#i18n';
import { NOT_STATED } from '#schemas/directory-model.ts';
import { naceDivisions, naceSections, type NaceSection } from '#schemas/nace.ts';

/** Rows whose source gives no activity code (Zefix) are grouped under this label. */
const notStatedLabel: Record<Locale, string> = { it: 'Settore non indicato', en: 'Sector not stated' };

// The code lookups, for the directory's modules and pages, from the one table in src/schemas/.
export {
  divisionCodes,
  divisionOf,
  divisionsOfSection,
  isDivision,
  sectionOfDivision,
  type NaceSection,
} from '#schemas/nace.ts';

/**
 * Name of a division in one language: the short label where the official title is long, or the
 * official title itself with `form: 'official'`. Throws for a number that is no division, as a
 * programming error: rows are validated before any page asks.
 */
export function divisionLabel(division: string, locale: Locale, form: 'short' | 'official' = 'short'): string {
  if (division === NOT_STATED) return notStatedLabel[locale];
  const info = naceDivisions[division];
  if (!info) throw new Error(`Not a NACE Rev. 2 division: "${division}"`);
  return (form === 'short' ? info.short : undefined)?.[locale] ?? info.title[locale];
}

export function sectionLabel(section: NaceSection, locale: Locale): string {
  return naceSections[section].title[locale];
}

/**
 * The hub's own sectors (content/taxonomies/sectors.yaml) by the divisions their ateco/noga
 * lists fall in, so a sector page can point at the directory's division pages and back. Only
 * whole divisions: life sciences takes in 26.6 and 32.5, which the directory shows under 26 and
 * 32 with the rest of those divisions. A unit test keeps this in step with sectors.yaml.
 */
export const hubSectorDivisions: Readonly<Record<string, readonly string[]>> = {
  textiles: ['13'],
  fashion: ['14', '15'],
  metalworking: ['24', '25'],
  'mechanical-engineering': ['28'],
  mechatronics: ['26', '27'],
  'automotive-transport': ['29', '30'],
  'chemicals-plastics': ['20', '22'],
  'life-sciences': ['21', '26', '32'],
  ict: ['62', '63'],
  'energy-environment': ['35', '36', '38'],
  'construction-materials': ['23', '41', '43'],
  food: ['10', '11'],
  'wood-furniture': ['16', '31'],
  'engineering-services': ['71', '72'],
};

/** Hub sectors whose ateco/noga lists touch a division, e.g. "26" → mechatronics, life-sciences. */
export function hubSectorsOfDivision(division: string): string[] {
  return Object.entries(hubSectorDivisions)
    .filter(([, divisions]) => divisions.includes(division))
    .map(([sector]) => sector);
}

/** "13 Tessile", or "Settore non indicato" alone: the way lists name a division. */
export function divisionWithCode(division: string, locale: Locale): string {
  return division === NOT_STATED ? notStatedLabel[locale] : `${division} ${divisionLabel(division, locale)}`;
}
