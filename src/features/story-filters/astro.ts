/** The story filters' Astro entry: the pages' paths and the filter bar's words, from the build's collections. */
import { getHub } from '#collections/hub.ts';
import { getTaxonomies } from '#collections/taxonomies.ts';
import { locales, useTranslations, type Locale } from '#i18n';
import { caseStudyFilterPath, sectionPath } from '#routes';
import { ipOutcomes } from '#schemas/case-study.ts';
import {
  facetCounts,
  facetViews,
  filterPages,
  storiesMatching,
  type FacetVocabularies,
  type FacetView,
  type StoryFacet,
  type StoryFilter,
} from './index.ts';

/**
 * The values offered: IP outcomes in the schema's order (from patents to no protection), sectors
 * and funding instruments in the alphabetical order of their labels in the reader's language.
 */
async function vocabularies(locale: Locale): Promise<FacetVocabularies> {
  const taxonomies = await getTaxonomies();
  const ids = (kind: 'sectors' | 'fundingInstruments') =>
    taxonomies
      .terms(kind)
      .sort((a, b) => a.label[locale].localeCompare(b.label[locale], locale))
      .map((term) => term.id);
  return { 'ip-outcome': ipOutcomes, funding: ids('fundingInstruments'), sector: ids('sectors') };
}

/** getStaticPaths() of /{lang}/case-studies/filter/[facet]/[value]/: every value some story has, in both languages. */
export async function storyFilterPaths(): Promise<
  { params: { lang: Locale; facet: StoryFacet; value: string }; props: { filter: StoryFilter } }[]
> {
  const filters = filterPages((await getHub()).stories, await vocabularies('it'));
  return locales.flatMap((lang) => filters.map((filter) => ({ params: { lang, ...filter }, props: { filter } })));
}

/** Everything the stories index shows, for all stories or one filter. */
export async function storyListView(locale: Locale, active?: StoryFilter) {
  const { stories } = await getHub();
  const taxonomies = await getTaxonomies();
  const t = useTranslations(locale);
  const facetLabel = (facet: StoryFacet) => t[`storyFilters.facet.${facet}`];
  const valueLabel = ({ facet, value }: StoryFilter): string => {
    switch (facet) {
      case 'ip-outcome':
        return t[`ipOutcome.${value as (typeof ipOutcomes)[number]}`];
      case 'funding':
        return taxonomies.label('fundingInstruments', value, locale);
      case 'trl-gain':
        return t['storyFilters.trlGain'](Number(value));
      case 'sector':
        return taxonomies.label('sectors', value, locale);
    }
  };
  const facets: FacetView[] = facetViews(
    facetCounts(stories, await vocabularies(locale)),
    { facetLabel, valueLabel, href: ({ facet, value }) => caseStudyFilterPath(locale, facet, value) },
    active,
  );
  const words = active && { facet: facetLabel(active.facet), value: valueLabel(active) };
  const fill = (template: string) =>
    words ? template.replace('{facet}', words.facet).replace('{value}', words.value) : '';
  return {
    stories: active ? storiesMatching(stories, active) : stories,
    total: stories.length,
    facets,
    indexHref: sectionPath(locale, 'caseStudies'),
    /** The titles and description of a filter page; undefined for the index. */
    filtered: words && {
      pageTitle: fill(t['storyFilters.title']),
      heading: fill(t['storyFilters.heading']),
      description: fill(t['storyFilters.description']),
    },
  };
}
