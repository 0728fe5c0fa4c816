/**
 * Reads the built site in dist/ and checks that every internal reference in it resolves:
 * pages, assets and #fragments. Pure file reading, no server or browser.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fragmentTargets, parseTags, srcsetUrls, type Tag } from './html.ts';

export interface BuiltPage {
  /** URL path the file is served at: /it/about/, /404.html, / */
  path: string;
  tags: Tag[];
  /** ids (and <a name>) that a #fragment can point at. */
  targets: Set<string>;
}

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => path.join(directory, name))
    .sort();
}

/** dist/it/about/index.html → /it/about/; dist/404.html → /404.html */
export function urlPathOfFile(distDir: string, file: string): string {
  const relative = path.relative(distDir, file).split(path.sep).join('/');
  return relative === 'index.html' ? '/' : `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function readBuiltPages(distDir: string): Map<string, BuiltPage> {
  const pages = new Map<string, BuiltPage>();
  for (const file of htmlFiles(distDir)) {
    const tags = parseTags(readFileSync(file, 'utf8'));
    const urlPath = urlPathOfFile(distDir, file);
    pages.set(urlPath, { path: urlPath, tags, targets: fragmentTargets(tags) });
  }
  return pages;
}

/** Attributes that hold a URL the browser loads or navigates to, by element. */
const urlAttributes: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
};

/** Every URL a page refers to, with srcset split into its candidates. */
export function referencesOf(page: BuiltPage): string[] {
  const references: string[] = [];
  for (const tag of page.tags) {
    for (const attribute of urlAttributes[tag.name] ?? []) {
      const value = tag.attributes.get(attribute)?.trim();
      if (!value) continue;
      if (attribute === 'srcset') references.push(...srcsetUrls(value));
      else references.push(value);
    }
  }
  return references;
}

const NOT_FETCHED = /^(mailto|tel|sms|data|blob|javascript):/i;

type Existence = { kind: 'file' } | { kind: 'missing'; reason: string };

function pathExists(distDir: string, urlPath: string): Existence {
  const segments = urlPath.split('/').filter(Boolean);
  if (segments.includes('..')) return { kind: 'missing', reason: 'path leaves the site root' };
  const target = path.join(distDir, ...segments);
  const isFile = (file: string) => statSync(file, { throwIfNoEntry: false })?.isFile() === true;
  if (urlPath.endsWith('/')) {
    return isFile(path.join(target, 'index.html'))
      ? { kind: 'file' }
      : { kind: 'missing', reason: `no ${path.posix.join(urlPath, 'index.html')} in dist` };
  }
  if (isFile(target)) return { kind: 'file' };
  if (statSync(target, { throwIfNoEntry: false })?.isDirectory()) {
    return { kind: 'missing', reason: 'missing the trailing slash (the site uses trailingSlash: "always")' };
  }
  return { kind: 'missing', reason: 'no such file in dist' };
}

/**
 * Checks every internal reference of every page. `siteOrigin` (astro.config's `site`) makes
 * absolute links to the site itself, such as hreflang alternates, count as internal.
 */
export function findBrokenLinks(
  distDir: string,
  pages: ReadonlyMap<string, BuiltPage>,
  siteOrigin: string | undefined,
): BrokenLink[] {
  const origin = siteOrigin ?? 'http://site.invalid';
  const broken: BrokenLink[] = [];
  for (const page of pages.values()) {
    const report = (link: string, reason: string) => broken.push({ page: page.path, link, reason });
    for (const link of new Set(referencesOf(page))) {
      if (NOT_FETCHED.test(link)) continue;
      if (link.startsWith('#')) {
        const fragment = safeDecode(link.slice(1));
        // "#" and "#top" scroll to the top of the page even without a matching id.
        if (
          fragment !== undefined &&
          fragment !== '' &&
          fragment.toLowerCase() !== 'top' &&
          !page.targets.has(fragment)
        ) {
          report(link, `no element with id="${fragment}" on this page`);
        }
        continue;
      }
      let url: URL;
      try {
        url = new URL(link, `${origin}${page.path}`);
      } catch {
        report(link, 'not a valid URL');
        continue;
      }
      if (url.origin !== origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) continue;
      const urlPath = safeDecode(url.pathname);
      if (urlPath === undefined) {
        report(link, 'path has invalid percent-encoding');
        continue;
      }
      const existence = pathExists(distDir, urlPath);
      if (existence.kind === 'missing') {
        report(link, existence.reason);
        continue;
      }
      const fragment = safeDecode(url.hash.slice(1));
      const target = pages.get(urlPath);
      if (fragment && fragment.toLowerCase() !== 'top' && target && !target.targets.has(fragment)) {
        report(link, `${urlPath} has no element with id="${fragment}"`);
      }
    }
  }
  return broken;
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

export interface LanguageLeak {
  page: string;
  link: string;
}

/**
 * Links that take a reader from a page in one language to a page in the other. Only the
 * language switch (a[data-language-switch]) and links that say where they go (hreflang) may.
 */
export function findLanguageLeaks(
  pages: ReadonlyMap<string, BuiltPage>,
  siteOrigin: string | undefined,
): LanguageLeak[] {
  const origin = siteOrigin ?? 'http://site.invalid';
  const languageOf = (urlPath: string) => /^\/(it|en)(\/|$)/.exec(urlPath)?.[1];
  const leaks: LanguageLeak[] = [];
  for (const page of pages.values()) {
    const language = languageOf(page.path);
    if (!language) continue;
    for (const tag of page.tags) {
      if (tag.name !== 'a' && tag.name !== 'area') continue;
      const href = tag.attributes.get('href')?.trim();
      if (!href || tag.attributes.has('data-language-switch') || tag.attributes.has('hreflang')) continue;
      let url: URL;
      try {
        url = new URL(href, `${origin}${page.path}`);
      } catch {
        continue; // reported by findBrokenLinks
      }
      if (url.origin !== origin) continue;
      const target = languageOf(url.pathname);
      if (target && target !== language) leaks.push({ page: page.path, link: href });
    }
  }
  return leaks;
}
