/** Feeds: the feature's plain TypeScript entry (see README.md). */
export { channelLanguage, feedPath, guideFeedItems, storyFeedItems } from './feeds.ts';
export { sitemapAlternates } from './sitemap-alternates.ts';
