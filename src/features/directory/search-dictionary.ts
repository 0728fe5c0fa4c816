/**
 * The directory search's words: the hub's messages and facet titles, with the directory's own
 * values — sectors are two-digit divisions there, municipalities are a facet, and the area is
 * the province or canton, named as people say it ("Provincia di Lecco", "Canton Ticino").
 */
import { useTranslations } from '#i18n';
import type { Locale } from '#i18n/locales.ts';
import type { SearchDictionary } from '#features/search/index.ts';
import { directoryRegions, NOT_STATED } from '#schemas/directory-model.ts';
import { divisionLabel } from './nace.ts';
import type { DirectoryView } from './site-data.ts';

export function directorySearchDictionary(
  hub: SearchDictionary,
  view: Pick<DirectoryView, 'places' | 'divisions'>,
  locale: Locale,
): SearchDictionary {
  const t = useTranslations(locale);
  return {
    ...hub,
    facetTitles: { ...hub.facetTitles, region: t['directory.filter.region'] },
    labels: {
      ...hub.labels,
      sector: Object.fromEntries(
        view.divisions.map(({ division }) => [
          division,
          division === NOT_STATED
            ? divisionLabel(division, locale)
            : `${division} · ${divisionLabel(division, locale)}`,
        ]),
      ),
      municipality: Object.fromEntries(view.places.map((place) => [place.place, place.municipality])),
      region: Object.fromEntries(
        Object.values(directoryRegions).map((region) => [region, t[`directory.region.${region}`]]),
      ),
    },
  };
}
