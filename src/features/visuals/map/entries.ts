/** Map entries for the records pages already have. */
import type { Locale } from '#i18n/locales.ts';
import { entryPath } from '#routes';
import type { MapEntry } from './placement.ts';

interface Located {
  id: string;
  name: string;
  municipality: string;
  country: 'IT' | 'CH';
}

export function companyEntries(companies: readonly Located[], locale: Locale): MapEntry[] {
  return companies.map((company) => ({
    id: company.id,
    kind: 'company',
    name: company.name,
    href: entryPath(locale, 'companies', company.id),
    municipality: company.municipality,
    country: company.country,
  }));
}

export function centreEntries(
  centres: readonly (Located & { shortName?: string | undefined })[],
  locale: Locale,
): MapEntry[] {
  return centres.map((centre) => ({
    id: centre.id,
    kind: 'centre',
    name: centre.name,
    href: entryPath(locale, 'researchCentres', centre.id),
    municipality: centre.municipality,
    country: centre.country,
  }));
}
