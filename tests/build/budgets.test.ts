/**
 * Page-weight budgets on the built site, measured in bytes (never in time):
 * - content pages ship no framework JavaScript (no hydrated islands, no Astro client runtime);
 * - the median page's HTML plus its stylesheets, gzip-compressed, stays within 25 kB;
 * - no page has more than 100 kB of HTML.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { urlPathOfFile } from '../support/built-site.ts';
import { parseTags } from '../support/html.ts';

const MEDIAN_COMPRESSED_LIMIT = 25 * 1024;
const HTML_LIMIT = 100 * 1024;

/** Marks of Astro's island runtime and of hydrated UI frameworks. */
const frameworkMarks = [
  /astro-island/,
  /\bclient:(load|idle|visible|media|only)\b/,
  /react-dom|preact|svelte\/internal|vue\.runtime/,
];

interface BuiltFile {
  urlPath: string;
  html: string;
  stylesheets: string[];
  scripts: string[];
  inlineScripts: string[];
}

function readSite(distDir: string): BuiltFile[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => {
      const html = readFileSync(path.join(distDir, name), 'utf8');
      const tags = parseTags(html);
      return {
        urlPath: urlPathOfFile(distDir, path.join(distDir, name)),
        html,
        stylesheets: tags
          .filter((tag) => tag.name === 'link' && tag.attributes.get('rel') === 'stylesheet')
          .map((tag) => tag.attributes.get('href') ?? ''),
        scripts: tags
          .filter((tag) => tag.name === 'script' && tag.attributes.get('src'))
          .map((tag) => tag.attributes.get('src') ?? ''),
        inlineScripts: [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
          (match) => match[1] ?? '',
        ),
      };
    });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Entry pages and directory pages: what readers come for, as opposed to tools like search. */
const contentPage =
  /^\/(it|en)\/(case-studies|companies|research-centres|ip|expertise|directory\/(places|sectors|a-z))\/[^?#]+\/$/;

describe('page-weight budgets', () => {
  const distDir = inject('distDir');
  const site = readSite(distDir);
  const fileCache = new Map<string, Buffer>();
  const asset = (url: string) => {
    const cached = fileCache.get(url);
    if (cached) return cached;
    const bytes = readFileSync(path.join(distDir, url.split(/[?#]/)[0]!));
    fileCache.set(url, bytes);
    return bytes;
  };

  it('finds the pages to measure', () => {
    expect(site.length).toBeGreaterThan(100);
    expect(site.filter((file) => contentPage.test(file.urlPath)).length).toBeGreaterThan(50);
  });

  it('ships no framework JavaScript on content pages', () => {
    const offenders: string[] = [];
    for (const file of site.filter((page) => contentPage.test(page.urlPath))) {
      const code = [...file.scripts.map((src) => asset(src).toString('utf8')), ...file.inlineScripts];
      if (/<astro-island\b/.test(file.html)) offenders.push(`${file.urlPath}: <astro-island>`);
      for (const mark of frameworkMarks) {
        if (code.some((source) => mark.test(source))) offenders.push(`${file.urlPath}: script matches ${mark}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('keeps the median page within 25 kB of compressed HTML and CSS', () => {
    const weights = site.map(
      (file) =>
        gzipSync(file.html).length + file.stylesheets.reduce((sum, href) => sum + gzipSync(asset(href)).length, 0),
    );
    const value = median(weights);
    console.info(`median page: ${(value / 1024).toFixed(1)} kB of compressed HTML + CSS over ${site.length} pages`);
    expect(value).toBeLessThanOrEqual(MEDIAN_COMPRESSED_LIMIT);
  });

  it('has no page with more than 100 kB of HTML (the editorial report aside)', () => {
    const heavy = site
      // The editors' worklist lists every open point of the content, so it grows with it; it is
      // noindex, out of the sitemap and linked from no visitor page.
      .filter((file) => !/^\/(?:it|en)\/editorial-report\/$/.test(file.urlPath))
      .filter((file) => Buffer.byteLength(file.html) > HTML_LIMIT)
      .map((file) => `${file.urlPath}: ${(Buffer.byteLength(file.html) / 1024).toFixed(1)} kB`);
    expect(heavy).toEqual([]);
  });

  it('loads the directory’s search index only on the directory’s search page', () => {
    const users = site
      .filter((file) => file.html.includes('pagefind-directory'))
      .map((file) => file.urlPath)
      .sort();
    expect(users).toEqual(['/en/directory/search/', '/it/directory/search/']);
  });
});
