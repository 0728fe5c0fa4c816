/** RSS feed of the success stories in one language. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { channelLanguage, storyFeedItems } from '#features/feeds/index.ts';
import { getHub } from '#collections/hub.ts';
import { localeInfo, localeParam, localeParams, useTranslations } from '#i18n';
import { sectionPath } from '#routes';
import { getTaxonomies } from '#collections/taxonomies.ts';
import { keyedBySite } from '#features/build-cache/index.ts';

export const getStaticPaths = () => keyedBySite(localeParams());

export const GET: APIRoute = async ({ params, site }) => {
  const locale = localeParam(params.lang);
  const t = useTranslations(locale);
  const { stories } = await getHub();
  const taxonomies = await getTaxonomies();
  const bySlug = new Map(stories.map((story) => [story.slug, story]));
  return rss({
    title: `${t['caseStudies.title']} · ${t['site.name']}`,
    description: t['caseStudies.lead'],
    // The channel links to the list page; items link to their own pages.
    site: new URL(sectionPath(locale, 'caseStudies'), site).href,
    customData: channelLanguage(localeInfo[locale].intl),
    items: storyFeedItems(stories, locale, {
      example: t['example.storyBadge'],
      categories: (slug) => (bySlug.get(slug)?.sectors ?? []).map((id) => taxonomies.label('sectors', id, locale)),
    }),
  });
};
