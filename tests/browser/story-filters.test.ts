/**
 * The success stories' filters in Chromium with JavaScript off: on a phone the filter bar is a
 * closed disclosure that opens on a tap, on a wide screen it is open with no toggle, and a filter
 * link leads to its page, which marks the filter as current and links back to all stories.
 * The hub's search page offers its filters, with counts, before anything is typed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '#i18n';
import { recordPageErrors } from '#scripts/support/browser.ts';
import { contentDir } from '#scripts/support/paths.ts';
import { useServedSite } from '../support/served-site.ts';
import { languages, readSiteContent, storyFacetValues, storyFilters } from '#scripts/support/site-map.ts';

const { storyFacts } = readSiteContent(contentDir);
const site = useServedSite();

/** The filter with the most stories: a page with more than one card when the content has one. */
const [filter] = storyFilters(storyFacts)
  .map((candidate) => ({
    ...candidate,
    count: [...storyFacts.values()].filter((story) =>
      storyFacetValues(story, candidate.facet).includes(candidate.value),
    ).length,
  }))
  .sort((a, b) => b.count - a.count);

async function withPage(
  width: number,
  urlPath: string,
  check: (page: Page) => Promise<void>,
  javaScriptEnabled = false,
): Promise<void> {
  const context = await site.browser.newContext({
    viewport: { width, height: 900 },
    reducedMotion: 'reduce',
    javaScriptEnabled,
  });
  try {
    const page = await context.newPage();
    const errors = recordPageErrors(page);
    const response = await page.goto(`${site.url}${urlPath}`, { waitUntil: 'load' });
    if (response?.status() !== 200) expect.fail(`${urlPath} was served with status ${response?.status()}`);
    await check(page);
    expect(errors()).toEqual([]);
  } finally {
    await context.close();
  }
}

describe('story filters without JavaScript', () => {
  it('has a filter to try', () => {
    expect(filter, 'content/case-studies/ has no story to filter').toBeDefined();
  });

  for (const language of languages) {
    const t = useTranslations(language);
    const index = `/${language}/case-studies/`;
    const target = filter && `${index}filter/${filter.facet}/${filter.value}/`;

    it(`${index} at 375 px: the filters are closed until tapped, and a filter opens its page`, async () => {
      await withPage(375, index, async (page) => {
        const nav = page.getByRole('navigation', { name: t['storyFilters.nav'] });
        const link = page.locator(`main a[href="${target}"]`);
        expect(await link.isVisible(), 'a filter link shows before the filters are opened').toBe(false);
        // The first story card starts within the first two screens, below the closed filters.
        const firstCard = await page.locator('main .card-grid > li').first().boundingBox();
        expect(firstCard?.y).toBeLessThan(1800);
        await page.getByText(t['storyFilters.toggle'], { exact: true }).click();
        expect(await nav.isVisible()).toBe(true);
        await link.click();
        await page.waitForURL(`**${target}`);
        expect(await page.locator('h1').textContent()).toContain(t[`storyFilters.facet.${filter!.facet}`]);
        expect(await page.getByRole('link', { name: t['storyFilters.reset'] }).isVisible()).toBe(true);
        expect(await page.locator('main .card-grid > li').count()).toBe(filter!.count);
      });
    });

    it(`${index} at 1280 px: the filters are open, with no toggle, and the active one is the current page`, async () => {
      await withPage(1280, target!, async (page) => {
        expect(await page.getByText(t['storyFilters.toggle'], { exact: true }).isVisible()).toBe(false);
        const nav = page.getByRole('navigation', { name: t['storyFilters.nav'] });
        const current = nav.locator('a[aria-current="page"]');
        expect(await current.count()).toBe(1);
        expect(await current.getAttribute('href')).toBe(target);
        expect(await current.isVisible()).toBe(true);
        // Open by CSS alone: the links are in the accessibility tree, not only painted.
        const all = nav.getByRole('link', { name: new RegExp(`^${t['storyFilters.all']}`) });
        expect(await all.isVisible()).toBe(true);
        await all.click();
        await page.waitForURL(`**${index}`);
        expect(await page.locator('main .card-grid > li').count()).toBe(storyFacts.size);
      });
    });
  }
});

describe('the hub search page before a query', () => {
  for (const language of languages) {
    it(`/${language}/search/ shows the filters with their counts`, async () => {
      await withPage(
        1280,
        `/${language}/search/`,
        async (page) => {
          const stories = page.locator('label[for="facet-type-case-study"] .facet-count');
          await stories.waitFor();
          expect(await stories.textContent()).toBe(`(${storyFacts.size})`);
          for (const facet of ['sector', 'funding', 'trl']) {
            expect(await page.locator(`input[name="${facet}"]`).count(), facet).toBeGreaterThan(0);
          }
          expect(await page.locator('[data-search-results] > *').count()).toBe(0);
        },
        true,
      );
    });
  }
});
