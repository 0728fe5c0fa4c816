/** The search dictionary of one language, from the taxonomy collections (Astro-aware). */
import { useTranslations, type Locale } from '#i18n';
import { getTaxonomies } from '#collections/taxonomies.ts';
import { buildSearchDictionary } from './dictionary.ts';

export async function searchDictionaryFor(locale: Locale) {
  const taxonomies = await getTaxonomies();
  return buildSearchDictionary(useTranslations(locale), locale, {
    sectors: taxonomies.terms('sectors'),
    expertiseAreas: taxonomies.terms('expertiseAreas'),
    regions: taxonomies.terms('regions'),
    fundingInstruments: taxonomies.terms('fundingInstruments'),
    ipTopics: taxonomies.terms('ipTopics'),
  });
}
