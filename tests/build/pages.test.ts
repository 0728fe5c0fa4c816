/**
 * Checks the built site as files: every expected page is there, in the right language, with
 * hreflang alternates, and no internal link, asset or #fragment is broken.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { findBrokenLinks, findLanguageLeaks, readBuiltPages, type BuiltPage } from '../support/built-site.ts';
import { htmlLang } from '../support/html.ts';
import { contentDir, projectRoot } from '#scripts/support/paths.ts';
import {
  counterpartPath,
  expectedPages,
  fileForPath,
  languages,
  readSiteContent,
  readSiteOrigin,
  type ExpectedPage,
} from '#scripts/support/site-map.ts';

const distDir = inject('distDir');
const content = readSiteContent(contentDir);
const pages = expectedPages(content);
const languagePages = pages.filter((page) => page.language !== undefined);
const siteOrigin = readSiteOrigin(path.join(projectRoot, 'astro.config.mjs'));

let built: Map<string, BuiltPage>;
beforeAll(() => {
  built = readBuiltPages(distDir);
});

function listing(lines: readonly string[]): string {
  return lines.map((line) => `  - ${line}`).join('\n');
}

/** Fails with every problem at once rather than the first one. */
function expectNoProblems(problems: readonly string[], what: string) {
  if (problems.length > 0) expect.fail(`${problems.length} ${what}:\n${listing(problems)}`);
}

describe('content', () => {
  it('has at least one entry of every kind, so every page template is built and tested', () => {
    const empty = Object.entries({
      'content/case-studies/{it,en}/*.mdx': content.caseStudies.size,
      'content/ip-guides/{it,en}/*.mdx': content.ipGuides.size,
      'content/companies/*.yaml': content.companies.length,
      'content/research-centres/*.yaml': content.researchCentres.length,
      'content/calls/*.yaml': content.calls.length,
      'content/taxonomies/expertise-areas.yaml': content.expertiseAreas.length,
    })
      .filter(([, count]) => count === 0)
      .map(([where]) => `${where} has no entries`);
    expectNoProblems(empty, 'kinds of content are empty');
  });
});

describe('expected pages', () => {
  it('exist in dist/ (every slug and id in both languages)', () => {
    const missing = pages
      .filter((page) => !existsSync(fileForPath(distDir, page.path)))
      .map(
        (page) =>
          `${page.path} (${page.template}) → expected ${path.relative(projectRoot, fileForPath(distDir, page.path))}`,
      );
    expectNoProblems(missing, 'expected pages are missing');
  });

  it('declare the language of their prefix in <html lang>', () => {
    const wrong: string[] = [];
    for (const page of pages) {
      const tags = built.get(page.path)?.tags;
      if (!tags) continue; // reported by the test above
      const lang = htmlLang(tags);
      const allowed: readonly string[] = page.language ? [page.language] : languages;
      if (lang === undefined || !allowed.includes(lang)) {
        wrong.push(
          `${page.path}: <html lang="${lang ?? '(none)'}">, expected ${allowed.map((l) => `"${l}"`).join(' or ')}`,
        );
      }
    }
    expectNoProblems(wrong, 'pages have the wrong <html lang>');
  });
});

describe('hreflang alternates', () => {
  function alternateProblems(page: ExpectedPage): string[] {
    const tags = built.get(page.path)?.tags;
    if (!tags || !page.language) return [];
    const alternates = new Map<string, string>();
    for (const tag of tags) {
      const rel = tag.attributes.get('rel')?.toLowerCase().split(/\s+/) ?? [];
      const hreflang = tag.attributes.get('hreflang');
      if (tag.name === 'link' && rel.includes('alternate') && hreflang) {
        alternates.set(hreflang.toLowerCase(), tag.attributes.get('href') ?? '');
      }
    }
    const problems: string[] = [];
    const expectations: Record<string, string | undefined> = {
      [page.language]: page.path,
      [page.language === 'it' ? 'en' : 'it']: counterpartPath(page.path),
      'x-default': undefined, // any existing page: the chooser or the default language
    };
    for (const [hreflang, expectedPath] of Object.entries(expectations)) {
      const href = alternates.get(hreflang);
      if (href === undefined) {
        problems.push(`${page.path}: no <link rel="alternate" hreflang="${hreflang}">`);
        continue;
      }
      if (!/^https?:\/\//.test(href)) {
        problems.push(`${page.path}: hreflang="${hreflang}" href "${href}" is not an absolute URL`);
        continue;
      }
      const { pathname } = new URL(href);
      if (expectedPath !== undefined && pathname !== expectedPath) {
        problems.push(`${page.path}: hreflang="${hreflang}" points at ${pathname}, expected ${expectedPath}`);
      }
      if (!built.has(pathname))
        problems.push(`${page.path}: hreflang="${hreflang}" points at ${pathname}, which is not a page in dist/`);
      if (siteOrigin && new URL(href).origin !== siteOrigin) {
        problems.push(`${page.path}: hreflang="${hreflang}" href "${href}" is not on the site's origin ${siteOrigin}`);
      }
    }
    return problems;
  }

  it('link every language page to itself, its counterpart and an x-default', () => {
    expectNoProblems(languagePages.flatMap(alternateProblems), 'hreflang problems');
  });
});

describe('links', () => {
  it('every internal link, asset and #fragment in every HTML file of dist/ resolves', () => {
    expect(built.size, 'dist/ holds no HTML files').toBeGreaterThan(0);
    const broken = findBrokenLinks(distDir, built, siteOrigin).map(
      ({ page, link, reason }) => `${page} → ${link} (${reason})`,
    );
    expectNoProblems(broken, 'broken links');
  });

  it('stay in the page’s language, except the language switch and links marked with hreflang', () => {
    const leaks = findLanguageLeaks(built, siteOrigin).map(({ page, link }) => `${page} → ${link}`);
    expectNoProblems(leaks, 'links lead to the other language without saying so');
  });
});

describe('the 404 page', () => {
  it('is titled in both languages, since one page answers every missing path', async () => {
    const { readFile } = await import('node:fs/promises');
    const page = await readFile(path.join(distDir, '404.html'), 'utf8');
    const title = /<title>([^<]*)<\/title>/.exec(page)?.[1] ?? '';
    expect(title).toContain('Pagina non trovata');
    expect(title).toContain('Page not found');
  });
});
