/**
 * The directory search's words: the hub's messages and facet titles, with the directory's own
 * values — sectors are two-digit divisions there, and municipalities are a facet.
 */
import type { Locale } from '#i18n/locales.ts';
import type { SearchDictionary } from '#features/search/index.ts';
import { divisionLabel } from './nace.ts';
import type { DirectoryView } from './site-data.ts';

export function directorySearchDictionary(
  hub: SearchDictionary,
  view: Pick<DirectoryView, 'places' | 'divisions'>,
  locale: Locale,
): SearchDictionary {
  return {
    ...hub,
    labels: {
      ...hub.labels,
      sector: Object.fromEntries(
        view.divisions.map(({ division }) => [division, `${division} · ${divisionLabel(division, locale)}`]),
      ),
      municipality: Object.fromEntries(view.places.map((place) => [place.place, place.municipality])),
    },
  };
}
