/** RSS feed of the intellectual-property guides in one language. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { channelLanguage, guideFeedItems } from '#features/feeds/index.ts';
import { getHub } from '#collections/hub.ts';
import { localeInfo, localeParam, localeParams, useTranslations } from '#i18n';
import { sectionPath } from '#routes';
import { getTaxonomies } from '#collections/taxonomies.ts';
import { keyedBySite } from '#features/build-cache/index.ts';

export const getStaticPaths = () => keyedBySite(localeParams());

export const GET: APIRoute = async ({ params, site }) => {
  const locale = localeParam(params.lang);
  const t = useTranslations(locale);
  const { ipGuides } = await getHub();
  const taxonomies = await getTaxonomies();
  const bySlug = new Map(ipGuides.map((guide) => [guide.slug, guide]));
  return rss({
    title: `${t['ip.title']} · ${t['site.name']}`,
    description: t['ip.lead'],
    // The channel links to the list page; items link to their own pages.
    site: new URL(sectionPath(locale, 'ipGuides'), site).href,
    customData: channelLanguage(localeInfo[locale].intl),
    items: guideFeedItems(ipGuides, locale, {
      categories: (slug) => {
        const topic = bySlug.get(slug)?.data.topic;
        return topic ? [taxonomies.label('ipTopics', topic, locale)] : [];
      },
    }),
  });
};
