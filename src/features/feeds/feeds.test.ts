import { describe, expect, it } from 'vitest';
import { feedPath, guideFeedItems, storyFeedItems } from './feeds.ts';

const story = (slug: string, date: string, languages: ('it' | 'en')[], example = false) => ({
  slug,
  translations: Object.fromEntries(
    languages.map((lang) => [
      lang,
      {
        data: { title: `${slug} (${lang})`, summary: `Summary ${lang}`, date: new Date(`${date}T00:00:00Z`), example },
      },
    ]),
  ),
});

describe('feeds', () => {
  it('live next to the list they follow', () => {
    expect(feedPath('it', 'caseStudies')).toBe('/it/case-studies/rss.xml');
    expect(feedPath('en', 'ipGuides')).toBe('/en/ip/rss.xml');
  });

  it('list stories newest first, in the feed’s language or else the one they are written in', () => {
    const items = storyFeedItems([story('old', '2025-01-01', ['it', 'en']), story('new', '2026-05-01', ['it'])], 'en', {
      example: 'Example story',
      categories: () => ['Textiles'],
    });
    expect(items.map((item) => item.title)).toEqual(['new (it)', 'old (en)']);
    expect(items[0]).toMatchObject({ link: '/en/case-studies/new/', categories: ['Textiles'] });
  });

  it('say in the description when a story is a fictional example', () => {
    const [item] = storyFeedItems([story('x', '2026-01-01', ['it'], true)], 'it', {
      example: 'Storia di esempio',
      categories: () => [],
    });
    expect(item?.description).toBe('Storia di esempio. Summary it');
  });

  it('date guides by their last review', () => {
    const guide = (slug: string, reviewed: string) => ({
      slug,
      translations: {
        it: { data: { title: slug, summary: 's', reviewed: { date: new Date(`${reviewed}T00:00:00Z`) } } },
      },
    });
    const items = guideFeedItems([guide('a', '2026-01-01'), guide('b', '2026-06-01')], 'it', { categories: () => [] });
    expect(items.map((item) => item.link)).toEqual(['/it/ip/b/', '/it/ip/a/']);
    expect(items[0]?.pubDate).toEqual(new Date('2026-06-01T00:00:00Z'));
  });
});
