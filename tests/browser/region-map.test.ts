/**
 * The region map on the home page in Chromium, JavaScript off: on a phone the list by
 * municipality is a closed disclosure under the map, on a wide screen it stands open beside it
 * with no toggle; at both widths no two names drawn on the map overlap, as the browser lays
 * them out (not as the placement estimates them).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '#i18n';
import { recordPageErrors } from '#scripts/support/browser.ts';
import { useServedSite } from '../support/served-site.ts';
import { languages } from '#scripts/support/site-map.ts';

const site = useServedSite();

async function withHome(width: number, language: string, check: (page: Page) => Promise<void>): Promise<void> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const errors = recordPageErrors(page);
    await page.goto(`${site.url}/${language}/`, { waitUntil: 'load' });
    await check(page);
    expect(errors()).toEqual([]);
  } finally {
    await context.close();
  }
}

/** Pairs of names on the map whose drawn boxes overlap (by more than half a pixel each way). */
async function overlappingNames(page: Page): Promise<string[]> {
  return page.locator('.region-map figure > svg').evaluate((svg) => {
    const boxes = [...svg.querySelectorAll('text')].map((text) => ({
      name: text.textContent ?? '',
      box: text.getBoundingClientRect(),
    }));
    const pairs: string[] = [];
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (x > 0.5 && y > 0.5) pairs.push(`${a.name} / ${b.name}`);
      }
    }
    return pairs;
  });
}

describe('the region map on the home page', () => {
  for (const language of languages) {
    const t = useTranslations(language);
    const firstLink = (page: Page) => page.locator('.region-map .place-list a').first();

    it(`/${language}/ at 375 px: the list is folded under the map, and names do not overlap`, async () => {
      await withHome(375, language, async (page) => {
        expect(await page.locator('.region-map text.place').count()).toBeGreaterThan(5);
        expect(await overlappingNames(page)).toEqual([]);
        expect(await firstLink(page).isVisible(), 'the list shows before it is opened').toBe(false);
        const summary = page.locator('.region-map summary');
        expect(await summary.textContent()).toContain(t['map.list']);
        await summary.click();
        expect(await firstLink(page).isVisible()).toBe(true);
      });
    });

    it(`/${language}/ at 1280 px: the list is open beside the map, with no toggle`, async () => {
      await withHome(1280, language, async (page) => {
        expect(await overlappingNames(page)).toEqual([]);
        expect(await page.locator('.region-map summary').isVisible()).toBe(false);
        expect(await page.getByRole('heading', { name: t['map.list'] }).isVisible()).toBe(true);
        expect(await firstLink(page).isVisible()).toBe(true);
        const map = await page.locator('.region-map figure').boundingBox();
        const list = await page.locator('.region-map .places').boundingBox();
        expect(list!.x).toBeGreaterThan(map!.x + map!.width - 1); // beside, not below
      });
    });
  }
});
