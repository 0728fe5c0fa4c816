/**
 * RSS feeds of success stories and IP guides, one per language. Pure: the endpoints in
 * src/pages/[lang]/…/rss.xml.ts pass the records and the words, @astrojs/rss writes the XML.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Locale } from '#i18n/locales.ts';
import { pickTranslation } from '#i18n/localized.ts';
import { entryPath, sectionPath } from '#routes';

export type FeedKind = 'caseStudies' | 'ipGuides';

/** Where a feed lives: next to the list it follows, e.g. /it/case-studies/rss.xml. */
export function feedPath(locale: Locale, kind: FeedKind): string {
  return `${sectionPath(locale, kind)}rss.xml`;
}

interface Translated<Data> {
  slug: string;
  translations: Partial<Record<Locale, { data: Data }>>;
}

interface StoryData {
  title: string;
  summary: string;
  date: Date;
  example: boolean;
}

interface GuideData {
  title: string;
  summary: string;
  reviewed: { date: Date };
}

/** Newest first; the feed item links to the page in the feed's language. */
export function storyFeedItems(
  stories: readonly Translated<StoryData>[],
  locale: Locale,
  words: { example: string; categories: (slug: string) => string[] },
): RSSFeedItem[] {
  return stories
    .map((story) => ({ story, data: pickTranslation(story.translations, locale).entry.data }))
    .sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.story.slug.localeCompare(b.story.slug))
    .map(({ story, data }) => ({
      title: data.title,
      link: entryPath(locale, 'caseStudies', story.slug),
      pubDate: data.date,
      description: data.example ? `${words.example}. ${data.summary}` : data.summary,
      categories: words.categories(story.slug),
    }));
}

/** Guides are dated by their last review: that is when their content last changed. */
export function guideFeedItems(
  guides: readonly Translated<GuideData>[],
  locale: Locale,
  words: { categories: (slug: string) => string[] },
): RSSFeedItem[] {
  return guides
    .map((guide) => ({ guide, data: pickTranslation(guide.translations, locale).entry.data }))
    .sort(
      (a, b) =>
        b.data.reviewed.date.getTime() - a.data.reviewed.date.getTime() || a.guide.slug.localeCompare(b.guide.slug),
    )
    .map(({ guide, data }) => ({
      title: data.title,
      link: entryPath(locale, 'ipGuides', guide.slug),
      pubDate: data.reviewed.date,
      description: data.summary,
      categories: words.categories(guide.slug),
    }));
}

/** <language> of the channel: it-IT, en-GB. */
export function channelLanguage(intl: string): string {
  return `<language>${intl}</language>`;
}
