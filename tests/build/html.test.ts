/**
 * The built HTML: it validates with html-validate (rules in .htmlvalidate.mjs, each exception
 * explained there), and the regex-based HTML reading that the link checks rely on works.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { findLanguageLeaks, type BuiltPage } from '../support/built-site.ts';
import { fragmentTargets, htmlLang, parseTags, srcsetUrls } from '../support/html.ts';
import { projectRoot } from '#scripts/support/paths.ts';
import htmlValidateConfig from '#html-validate-config';

describe('built HTML', () => {
  it('validates on every page of the site (html-validate, 0 errors)', async () => {
    const distDir = inject('distDir');
    const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.html'))
      .map((name) => path.join(distDir, name))
      .sort();
    expect(files.length, 'dist/ holds no HTML files').toBeGreaterThan(0);
    // The project's configuration file, the one `npx html-validate` uses; loaded once for all pages.
    const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const message of report.results.flatMap((result) => result.messages)) {
        problems.push(
          `${path.relative(projectRoot, file)}:${message.line}:${message.column} ${message.message} (${message.ruleId})`,
        );
      }
    }
    if (problems.length > 0) expect.fail(`${problems.length} HTML problems:\n  - ${problems.join('\n  - ')}`);
  });
});

describe('findLanguageLeaks', () => {
  const page = (urlPath: string, html: string): [string, BuiltPage] => [
    urlPath,
    { path: urlPath, tags: parseTags(html), targets: new Set() },
  ];

  it('flags links into the other language, but not the language switch or links with hreflang', () => {
    const pages = new Map([
      page(
        '/it/about/',
        '<a href="/it/companies/">ok</a><a href="/en/companies/">leak</a><a href="https://hub.example/en/">leak too</a>' +
          '<a data-language-switch href="/en/about/">switch</a><a hreflang="en" href="/en/">English home</a>' +
          '<a href="https://www.example.org/en/">other site</a><a href="/">chooser</a>',
      ),
      page('/', '<a href="/it/">chooser links to both</a><a href="/en/">…</a>'),
    ]);
    expect(findLanguageLeaks(pages, 'https://hub.example')).toEqual([
      { page: '/it/about/', link: '/en/companies/' },
      { page: '/it/about/', link: 'https://hub.example/en/' },
    ]);
  });
});

describe('parseTags', () => {
  it('reads attributes in every quoting style and decodes character references', () => {
    const [tag] = parseTags(`<a href="/it/?a=1&amp;b=2" data-x='y > z' hidden class=card>`);
    expect(tag?.name).toBe('a');
    expect(Object.fromEntries(tag!.attributes)).toEqual({
      href: '/it/?a=1&b=2',
      'data-x': 'y > z',
      hidden: '',
      class: 'card',
    });
  });

  it('ignores markup inside comments and scripts', () => {
    const tags = parseTags(
      `<!-- <a href="/gone/"> --><script>const s = '<a href="/nope/">';</script><img src="/x.png">`,
    );
    expect(tags.map((tag) => tag.name)).toEqual(['script', 'img']);
  });

  it('finds the document language and fragment targets', () => {
    const tags = parseTags('<!doctype html><html lang="it"><body><main id="main"><a name="old"></a><h2 id="team">');
    expect(htmlLang(tags)).toBe('it');
    expect([...fragmentTargets(tags)]).toEqual(['main', 'old', 'team']);
  });
});

describe('srcsetUrls', () => {
  it('splits candidates with descriptors', () => {
    expect(srcsetUrls('/a-640.webp 640w, /a-1280.webp 1280w')).toEqual(['/a-640.webp', '/a-1280.webp']);
  });

  it('keeps commas that belong to a URL', () => {
    expect(srcsetUrls('/img?size=1,2 1x,/img2.png 2x')).toEqual(['/img?size=1,2', '/img2.png']);
  });
});
