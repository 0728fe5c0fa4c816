/**
 * The sitemap's hreflang alternates, for @astrojs/sitemap's `serialize`. Its own `i18n` option
 * finds a page's alternates by going through every URL of the site once per page: at full scale
 * 9,000 URLs, about 0.3 s of every build. Here the URLs the sitemap keeps are grouped once, by
 * their path after the language, with the same result: each page lists every language's version
 * of itself (itself included) in the sitemap's URL order, and a page in one language lists none.
 */
import { defaultLocale, isLocale, localeInfo, type Locale } from '#i18n/locales.ts';

export interface SitemapLink {
  url: string;
  /** The language's code in the sitemap (en-GB, it-IT). */
  lang: string;
}

export interface SitemapAlternates {
  /** Called with each URL the sitemap keeps (from its `filter`), before any `linksOf`. */
  keep: (url: string) => void;
  /** The alternates of a kept URL; undefined when there is no other language's version. */
  linksOf: (url: string) => SitemapLink[] | undefined;
}

/** "/en/about/" → en, "/about/"; a path without a language is the default language's. */
function localeAndPath(url: string): { locale: Locale; path: string } {
  const { pathname } = new URL(url);
  const [, first = '', ...rest] = pathname.split('/');
  if (!isLocale(first)) return { locale: defaultLocale, path: pathname };
  return { locale: first, path: `/${rest.join('/')}` };
}

/** The sitemap's own order of URLs. */
const sitemapOrder = (a: SitemapLink, b: SitemapLink) => a.url.localeCompare(b.url, 'en', { numeric: true });

export function sitemapAlternates(): SitemapAlternates {
  let kept: string[] = [];
  let groups: Map<string, SitemapLink[]> | undefined;
  return {
    keep: (url) => {
      // A URL kept after the alternates were asked for starts another build's sitemap.
      if (groups) {
        kept = [];
        groups = undefined;
      }
      kept.push(url);
    },
    linksOf: (url) => {
      if (!groups) {
        groups = new Map();
        for (const keptUrl of kept) {
          const { locale, path } = localeAndPath(keptUrl);
          const group = groups.get(path) ?? [];
          group.push({ url: keptUrl, lang: localeInfo[locale].intl });
          groups.set(path, group);
        }
        for (const group of groups.values()) group.sort(sitemapOrder);
      }
      const links = groups.get(localeAndPath(url).path);
      return links && links.length > 1 ? links : undefined;
    },
  };
}
