/**
 * NACE Rev. 2 sections and divisions, the shared top of the three classifications the directory
 * meets: Eurostat NACE Rev. 2 (Regulation (EC) No 1893/2006), ISTAT ATECO 2007 (Italy) and FSO
 * NOGA 2008 (Switzerland). ATECO and NOGA add national levels below the four-digit class, but
 * their sections and two-digit divisions are NACE's own, so one table serves rows from both
 * sides of the border.
 *
 * Italian titles are ATECO 2007's, English titles NACE Rev. 2's, word for word. Some official
 * titles are long, so a division may also carry a short label for lists and headings; the short
 * label only abridges the official title, it never changes what the division covers.
 *
 * The 2025 revisions (ATECO 2025, NOGA 2025, on NACE Rev. 2.1) renumber some divisions: the
 * directory stays on the 2007/2008 codes, like content/taxonomies/sectors.yaml.
 *
 * Pure data and lookups, so the directory schema can check a code; the labels by language are in
 * src/features/directory/nace.ts.
 */
import { naceDivisions } from './nace-divisions.ts';
import type { NaceTitle } from './nace-divisions.ts';

interface SectionInfo {
  title: NaceTitle;
  /** First and last division of the section, e.g. ['10', '33'] for manufacturing. */
  divisions: readonly [string, string];
}

export const naceSections = {
  A: {
    title: { it: 'Agricoltura, silvicoltura e pesca', en: 'Agriculture, forestry and fishing' },
    divisions: ['01', '03'],
  },
  B: {
    title: { it: 'Estrazione di minerali da cave e miniere', en: 'Mining and quarrying' },
    divisions: ['05', '09'],
  },
  C: { title: { it: 'Attività manifatturiere', en: 'Manufacturing' }, divisions: ['10', '33'] },
  D: {
    title: {
      it: 'Fornitura di energia elettrica, gas, vapore e aria condizionata',
      en: 'Electricity, gas, steam and air conditioning supply',
    },
    divisions: ['35', '35'],
  },
  E: {
    title: {
      it: 'Fornitura di acqua; reti fognarie, attività di gestione dei rifiuti e risanamento',
      en: 'Water supply; sewerage, waste management and remediation activities',
    },
    divisions: ['36', '39'],
  },
  F: { title: { it: 'Costruzioni', en: 'Construction' }, divisions: ['41', '43'] },
  G: {
    title: {
      it: "Commercio all'ingrosso e al dettaglio; riparazione di autoveicoli e motocicli",
      en: 'Wholesale and retail trade; repair of motor vehicles and motorcycles',
    },
    divisions: ['45', '47'],
  },
  H: { title: { it: 'Trasporto e magazzinaggio', en: 'Transportation and storage' }, divisions: ['49', '53'] },
  I: {
    title: {
      it: 'Attività dei servizi di alloggio e di ristorazione',
      en: 'Accommodation and food service activities',
    },
    divisions: ['55', '56'],
  },
  J: {
    title: { it: 'Servizi di informazione e comunicazione', en: 'Information and communication' },
    divisions: ['58', '63'],
  },
  K: {
    title: { it: 'Attività finanziarie e assicurative', en: 'Financial and insurance activities' },
    divisions: ['64', '66'],
  },
  L: { title: { it: 'Attività immobiliari', en: 'Real estate activities' }, divisions: ['68', '68'] },
  M: {
    title: {
      it: 'Attività professionali, scientifiche e tecniche',
      en: 'Professional, scientific and technical activities',
    },
    divisions: ['69', '75'],
  },
  N: {
    title: {
      it: 'Noleggio, agenzie di viaggio, servizi di supporto alle imprese',
      en: 'Administrative and support service activities',
    },
    divisions: ['77', '82'],
  },
  O: {
    title: {
      it: 'Amministrazione pubblica e difesa; assicurazione sociale obbligatoria',
      en: 'Public administration and defence; compulsory social security',
    },
    divisions: ['84', '84'],
  },
  P: { title: { it: 'Istruzione', en: 'Education' }, divisions: ['85', '85'] },
  Q: {
    title: { it: 'Sanità e assistenza sociale', en: 'Human health and social work activities' },
    divisions: ['86', '88'],
  },
  R: {
    title: {
      it: 'Attività artistiche, sportive, di intrattenimento e divertimento',
      en: 'Arts, entertainment and recreation',
    },
    divisions: ['90', '93'],
  },
  S: { title: { it: 'Altre attività di servizi', en: 'Other service activities' }, divisions: ['94', '96'] },
  T: {
    title: {
      it: 'Attività di famiglie e convivenze come datori di lavoro per personale domestico; produzione di beni e servizi indifferenziati per uso proprio da parte di famiglie e convivenze',
      en: 'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
    },
    divisions: ['97', '98'],
  },
  U: {
    title: {
      it: 'Organizzazioni ed organismi extraterritoriali',
      en: 'Activities of extraterritorial organisations and bodies',
    },
    divisions: ['99', '99'],
  },
} as const satisfies Record<string, SectionInfo>;

export type NaceSection = keyof typeof naceSections;

export { naceDivisions };

/** The division numbers, in order: "01", "02", … "99". */
export const divisionCodes: readonly string[] = Object.keys(naceDivisions).sort();

const SECTOR_CODE = /^(\d{2})(?:\.\d{1,2}(?:\.\d{1,2})?)?$/;

/** The two-digit division of an ATECO/NOGA code ("13.30" → "13"), or undefined when it is none. */
export function divisionOf(code: string): string | undefined {
  const division = SECTOR_CODE.exec(code.trim())?.[1];
  return division !== undefined && division in naceDivisions ? division : undefined;
}

export function isDivision(division: string): boolean {
  return Object.hasOwn(naceDivisions, division);
}

const sectionByDivision = new Map<string, NaceSection>(
  (Object.entries(naceSections) as [NaceSection, SectionInfo][]).flatMap(
    ([
      section,
      {
        divisions: [first, last],
      },
    ]) =>
      divisionCodes.filter((division) => division >= first && division <= last).map((division) => [division, section]),
  ),
);

/** The section letter of a division ("13" → "C"), or undefined for a number that is no division. */
export function sectionOfDivision(division: string): NaceSection | undefined {
  return sectionByDivision.get(division);
}

/** Divisions of a section, in order. */
export function divisionsOfSection(section: NaceSection): string[] {
  return divisionCodes.filter((division) => sectionByDivision.get(division) === section);
}
