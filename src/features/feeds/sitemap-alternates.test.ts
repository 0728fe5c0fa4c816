import { describe, expect, it } from 'vitest';
import { sitemapAlternates } from './sitemap-alternates.ts';

const site = 'https://hub.example.org';

describe('the sitemap’s hreflang alternates', () => {
  it('lists every language’s version of a page, itself included, in the sitemap’s order', () => {
    const alternates = sitemapAlternates();
    for (const path of ['/it/', '/en/', '/it/about/', '/en/about/', '/it/news/']) alternates.keep(`${site}${path}`);
    const about = [
      { url: `${site}/en/about/`, lang: 'en-GB' },
      { url: `${site}/it/about/`, lang: 'it-IT' },
    ];
    expect(alternates.linksOf(`${site}/it/about/`)).toEqual(about);
    expect(alternates.linksOf(`${site}/en/about/`)).toEqual(about);
    expect(alternates.linksOf(`${site}/it/`)).toEqual([
      { url: `${site}/en/`, lang: 'en-GB' },
      { url: `${site}/it/`, lang: 'it-IT' },
    ]);
    // A page in one language only has no alternates.
    expect(alternates.linksOf(`${site}/it/news/`)).toBeUndefined();
  });

  it('knows only the URLs the sitemap kept, and starts again for the next build’s', () => {
    const alternates = sitemapAlternates();
    alternates.keep(`${site}/it/about/`);
    expect(alternates.linksOf(`${site}/it/about/`)).toBeUndefined();
    alternates.keep(`${site}/it/news/`);
    alternates.keep(`${site}/en/news/`);
    expect(alternates.linksOf(`${site}/it/news/`)).toHaveLength(2);
    expect(alternates.linksOf(`${site}/it/about/`)).toBeUndefined();
  });
});
