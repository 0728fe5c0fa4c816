/**
 * Phrases people type (tests/search/natural-queries.yaml) against the built site's search: the
 * page each names must be among the first five results, for at least 90 % of them. The failures
 * are listed, so a regression names its queries.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '#scripts/support/paths.ts';
import { useServedSite } from '../support/served-site.ts';

interface NaturalQuery {
  lang: 'it' | 'en';
  query: string;
  page: string;
}

const queries = parse(
  readFileSync(path.join(projectRoot, 'tests', 'search', 'natural-queries.yaml'), 'utf8'),
) as NaturalQuery[];
const TOP = 5;
const REQUIRED_SHARE = 0.9;

const site = useServedSite();

describe('natural queries', () => {
  it(`has at least 40 phrases in both languages`, () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(queries.map((query) => query.lang))).toEqual(new Set(['it', 'en']));
  });

  it(`puts the expected page in the first ${TOP} results for ${REQUIRED_SHARE * 100} % of them`, async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const misses: string[] = [];
    try {
      const page = await context.newPage();
      for (const { lang, query, page: expected } of queries) {
        await page.goto(`${site.url}/${lang}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
        await page.waitForFunction(() => {
          const status = document.querySelector('[data-search-status]')?.textContent ?? '';
          const list = document.querySelector('[data-search-results]');
          return /\d/.test(status) && list?.getAttribute('aria-busy') !== 'true';
        });
        const links = await page.$$eval('[data-search-results] .result-title a', (anchors) =>
          // The address without the words to highlight (?highlight=…).
          anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname + (anchor as HTMLAnchorElement).hash),
        );
        if (!links.slice(0, TOP).includes(expected))
          misses.push(`${lang} "${query}": ${links.slice(0, TOP).join(', ') || 'no results'}`);
      }
    } finally {
      await context.close();
    }
    const share = (queries.length - misses.length) / queries.length;
    expect(share, `queries whose page is not in the first ${TOP}:\n  ${misses.join('\n  ')}`).toBeGreaterThanOrEqual(
      REQUIRED_SHARE,
    );
  });
});
