/**
 * The filters of the success stories, read as built files against content/: every filter page
 * lists exactly the stories with its value and says how many, the index and every filter page
 * show each value's count (links only where stories have it, the active one marked), and filter
 * pages stay out of search engines and of the site search but are saved offline with the section.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { useTranslations } from '#i18n';
import { ipOutcomes } from '#schemas/case-study.ts';
import { decodeEntities, parseTags } from '../support/html.ts';
import { contentDir } from '#scripts/support/paths.ts';
import {
  fileForPath,
  languages,
  readSiteContent,
  storyFacetValues,
  storyFilterFacets,
  storyFilters,
  type Language,
  type StoryFilterFacet,
} from '#scripts/support/site-map.ts';

const distDir = inject('distDir');
const { storyFacts } = readSiteContent(contentDir);
const filters = storyFilters(storyFacts);
const total = storyFacts.size;

interface Term {
  id: string;
  label: Record<Language, string>;
}
const vocabulary = (file: string) => parse(readFileSync(path.join(contentDir, 'taxonomies', file), 'utf8')) as Term[];
const sectors = vocabulary('sectors.yaml');
const funding = vocabulary('funding-instruments.yaml');

function html(urlPath: string): string {
  return readFileSync(fileForPath(distDir, urlPath), 'utf8');
}

/** Text without tags, entities decoded, white space collapsed: what a reader sees. */
function visibleText(markup: string): string {
  return decodeEntities(markup.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The part of a page from the first match of `start` to the first `end` after it. */
function between(markup: string, start: RegExp, end: string, where: string): string {
  const from = markup.search(start);
  if (from < 0) expect.fail(`${where}: no ${String(start)}`);
  return markup.slice(from, markup.indexOf(end, from));
}

const filterPath = (language: Language, facet: string, value: string) =>
  `/${language}/case-studies/filter/${facet}/${value}/`;

function matching(facet: StoryFilterFacet, value: string): string[] {
  return [...storyFacts]
    .filter(([, story]) => storyFacetValues(story, facet).includes(value))
    .map(([slug]) => slug)
    .sort();
}

/** The stories a list page shows as cards. */
function listedStories(language: Language, urlPath: string): string[] {
  const grid = between(html(urlPath), /<ul class="card-grid"/, '</ul>', urlPath);
  const story = new RegExp(`^/${language}/case-studies/([a-z0-9-]+)/$`);
  const slugs = parseTags(grid)
    .filter((tag) => tag.name === 'a')
    .map((tag) => story.exec(tag.attributes.get('href') ?? '')?.[1])
    .filter((slug): slug is string => slug !== undefined);
  return [...new Set(slugs)].sort();
}

interface ShownValue {
  label: string;
  count: number;
  href: string | undefined;
  current: boolean;
}

/** The values the filter bar shows for one facet, in order. */
function shownValues(urlPath: string, facet: StoryFilterFacet): ShownValue[] {
  const section = between(
    html(urlPath),
    new RegExp(`<section[^>]*aria-labelledby="story-filter-${facet}"`),
    '</section>',
    urlPath,
  );
  return [...section.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map(([, item]) => {
    const link = parseTags(item!).find((tag) => tag.name === 'a');
    const text = visibleText(item!);
    const count = /\((\d+)\)$/.exec(text);
    if (!count) expect.fail(`${urlPath}: "${text}" shows no count`);
    return {
      label: text.slice(0, count.index).trim(),
      count: Number(count[1]),
      href: link?.attributes.get('href'),
      current: link?.attributes.get('aria-current') === 'page',
    };
  });
}

/** What the filter bar of every page must show for a facet: each value offered, with its count. */
function expectedValues(
  language: Language,
  facet: StoryFilterFacet,
): { value: string; label: string; count: number }[] {
  const t = useTranslations(language);
  const count = (value: string) => matching(facet, value).length;
  // Sectors and funding instruments in the alphabetical order of their labels.
  const terms = (list: Term[]) =>
    list
      .map(({ id, label }) => ({ value: id, label: label[language], count: count(id) }))
      .sort((a, b) => a.label.localeCompare(b.label, language));
  switch (facet) {
    case 'sector':
      return terms(sectors);
    case 'funding':
      return terms(funding);
    case 'ip-outcome':
      return ipOutcomes.map((value) => ({ value, label: t[`ipOutcome.${value}`], count: count(value) }));
    case 'trl-gain': {
      const gains = [...storyFacts.values()].map((story) => story.trlGain);
      const from = Math.min(1, ...gains);
      return Array.from({ length: Math.max(...gains) - from + 1 }, (_, index) => from + index).map((gain) => ({
        value: String(gain),
        label: t['storyFilters.trlGain'](gain),
        count: count(String(gain)),
      }));
    }
  }
}

describe('story filters', () => {
  it('have stories to filter, and a page for every value some story has', () => {
    expect(total, 'content/case-studies/ has no stories with the fields the filters read').toBeGreaterThan(0);
    expect(new Set(filters.map(({ facet }) => facet))).toEqual(new Set(storyFilterFacets));
  });

  for (const language of languages) {
    const t = useTranslations(language);
    const index = `/${language}/case-studies/`;

    it(`/${language}/: each filter page lists exactly the stories with its value, and says how many`, () => {
      const problems: string[] = [];
      for (const { facet, value } of filters) {
        const urlPath = filterPath(language, facet, value);
        const expected = matching(facet, value);
        const listed = listedStories(language, urlPath);
        if (listed.join(' ') !== expected.join(' '))
          problems.push(`${urlPath}: lists ${listed.join(', ')}; expected ${expected.join(', ')}`);
        const status = visibleText(between(html(urlPath), /<p class="filter-status"/, '</p>', urlPath));
        if (!status.startsWith(t['storyFilters.matching'](expected.length, total)))
          problems.push(
            `${urlPath}: says "${status}", expected "${t['storyFilters.matching'](expected.length, total)}"`,
          );
      }
      expect(problems).toEqual([]);
    });

    it(`/${language}/: a filter page names its filter in the title and the h1, and links back to all stories`, () => {
      const problems: string[] = [];
      for (const { facet, value } of filters) {
        const urlPath = filterPath(language, facet, value);
        const markup = html(urlPath);
        const label = expectedValues(language, facet).find((shown) => shown.value === value)!.label;
        const heading = `${t[`storyFilters.facet.${facet}`]}: ${label}`;
        const h1 = visibleText(between(markup, /<h1\b/, '</h1>', urlPath));
        const title = visibleText(between(markup, /<title>/, '</title>', urlPath));
        if (h1 !== heading) problems.push(`${urlPath}: h1 "${h1}", expected "${heading}"`);
        if (!title.startsWith(`${t['caseStudies.title']} – ${heading}`)) problems.push(`${urlPath}: title "${title}"`);
        const status = parseTags(between(markup, /<p class="filter-status"/, '</p>', urlPath));
        if (!status.some((tag) => tag.name === 'a' && tag.attributes.get('href') === index))
          problems.push(`${urlPath}: no link back to ${index} next to the count`);
      }
      expect(problems).toEqual([]);
    });

    it(`/${language}/: the index and every filter page show each value's count, link only values with stories and mark the active one`, () => {
      const problems: string[] = [];
      for (const urlPath of [index, ...filters.map(({ facet, value }) => filterPath(language, facet, value))]) {
        const active = filters.find(({ facet, value }) => urlPath === filterPath(language, facet, value));
        const all = parseTags(between(html(urlPath), /<p class="all"/, '</p>', urlPath)).find(
          (tag) => tag.name === 'a',
        );
        if (all?.attributes.get('href') !== index) problems.push(`${urlPath}: no link to all stories in the filters`);
        if ((all?.attributes.get('aria-current') === 'page') !== !active)
          problems.push(`${urlPath}: "all stories" ${active ? 'marked' : 'not marked'} as the current page`);
        for (const facet of storyFilterFacets) {
          const expected = expectedValues(language, facet).map(({ value, label, count }) => ({
            label,
            count,
            href: count > 0 ? filterPath(language, facet, value) : undefined,
            current: active?.facet === facet && active.value === value,
          }));
          const shown = shownValues(urlPath, facet);
          if (JSON.stringify(shown) !== JSON.stringify(expected)) {
            problems.push(
              `${urlPath} ${facet}: shows ${JSON.stringify(shown)}\n    expected ${JSON.stringify(expected)}`,
            );
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it(`/${language}/: the index is indexable, filter pages are noindex with a canonical link to themselves`, () => {
      const robots = (urlPath: string) =>
        parseTags(html(urlPath))
          .find((tag) => tag.name === 'meta' && tag.attributes.get('name') === 'robots')
          ?.attributes.get('content');
      const canonical = (urlPath: string) =>
        parseTags(html(urlPath))
          .find((tag) => tag.name === 'link' && tag.attributes.get('rel') === 'canonical')
          ?.attributes.get('href');
      expect(robots(index)).toBeUndefined();
      for (const { facet, value } of filters) {
        const urlPath = filterPath(language, facet, value);
        expect(robots(urlPath), urlPath).toBe('noindex');
        expect(new URL(canonical(urlPath) ?? '', 'https://x').pathname, urlPath).toBe(urlPath);
      }
    });

    it(`/${language}/: filter pages are saved offline with the stories section`, () => {
      const manifest = JSON.parse(readFileSync(path.join(distDir, 'offline-manifest.json'), 'utf8')) as {
        sections: Record<string, { urls: string[] }>;
      };
      const saved = new Set(manifest.sections[`${language}/caseStudies`]?.urls);
      const missing = filters
        .map(({ facet, value }) => filterPath(language, facet, value))
        .filter((url) => !saved.has(url));
      expect(missing).toEqual([]);
    });
  }

  it('filter pages are not in the site search index (their stories are, on their own pages)', () => {
    const fragments = path.join(distDir, 'pagefind', 'fragment');
    const urls = readdirSync(fragments).map((file) => {
      const text = gunzipSync(readFileSync(path.join(fragments, file))).toString('utf8');
      return (JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string }).url;
    });
    expect(urls.filter((url) => url.includes('/case-studies/filter/'))).toEqual([]);
    // The check finds pages at all: every story is there.
    for (const slug of storyFacts.keys()) expect(urls, slug).toContain(`/it/case-studies/${slug}/`);
  });
});
