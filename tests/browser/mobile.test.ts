/**
 * The site on a 375 px phone: a compact header whose menu opens and closes by keyboard (and
 * without JavaScript), and pages with tables that fit the screen: nothing in <main> wider than the
 * viewport, every table cell inside its table's container, stacked tables labelled cell by cell
 * and still tables for screen readers. At 1280 px the navigation shows without opening anything.
 * At 320 px, the width WCAG's reflow criterion (1.4.10) asks content to fit, every template fits.
 */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../support/axe.ts';
import { recordPageErrors } from '#scripts/support/browser.ts';
import { useServedSite } from '../support/served-site.ts';
import { contentDir } from '#scripts/support/paths.ts';
import { expectedPages, languages, onePagePerTemplate, readSiteContent } from '#scripts/support/site-map.ts';

const site = useServedSite();
const phone = { width: 375, height: 812 };

/** Opens a page in a fresh context, runs `check`, and fails on console or page errors too. */
async function withPage(
  urlPath: string,
  check: (page: Page) => Promise<void>,
  options: BrowserContextOptions = {},
): Promise<void> {
  const context = await site.browser.newContext({ viewport: phone, reducedMotion: 'reduce', ...options });
  try {
    const page = await context.newPage();
    const errors = recordPageErrors(page);
    const response = await page.goto(`${site.url}${urlPath}`, { waitUntil: 'load' });
    if (response?.status() !== 200) expect.fail(`${urlPath} was served with status ${response?.status()}`);
    await check(page);
    expect(errors(), `${urlPath} logged errors`).toEqual([]);
  } finally {
    await context.close();
  }
}

/**
 * What is too wide or cut off on the page: <main>, each table's container, each table cell.
 * `scrollRegions`: a table in a region a keyboard can focus and scroll, named for screen readers
 * (the open data's field lists), may be wider than the screen: WCAG's reflow criterion lets data
 * tables scroll. At 375 px none may.
 */
function layoutProblems(page: Page, { scrollRegions = false } = {}): Promise<string[]> {
  return page.evaluate((scrollRegionsAllowed) => {
    const problems: string[] = [];
    const describe = (element: Element) =>
      `<${element.tagName.toLowerCase()}${element.className ? ` class="${String(element.className)}"` : ''}>`;
    const tooWide = (element: Element) => element.scrollWidth > element.clientWidth;
    const main = document.querySelector('main')!;
    if (tooWide(main)) problems.push(`<main> is ${main.scrollWidth} px wide in ${main.clientWidth} px`);
    const page = document.documentElement;
    if (tooWide(page)) problems.push(`the page is ${page.scrollWidth} px wide in ${page.clientWidth} px`);
    for (const table of main.querySelectorAll('table')) {
      const container = table.parentElement!;
      if (scrollRegionsAllowed && container.matches('[tabindex="0"]:is([aria-label], [aria-labelledby])')) continue;
      if (tooWide(container))
        problems.push(
          `${describe(container)} around a table scrolls: ${container.scrollWidth} in ${container.clientWidth} px`,
        );
      const box = container.getBoundingClientRect();
      for (const cell of table.querySelectorAll('tbody th, tbody td')) {
        const rect = cell.getBoundingClientRect();
        const text = (cell.textContent ?? '').trim().slice(0, 40);
        if (rect.width === 0 || rect.height === 0 || getComputedStyle(cell).visibility === 'hidden')
          problems.push(`cell "${text}" is not visible`);
        else if (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.right > window.innerWidth)
          problems.push(`cell "${text}" is cut off: ${Math.round(rect.left)}–${Math.round(rect.right)} px`);
        else if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`cell "${text}" overflows its box`);
      }
    }
    // The words of a drawing (a chart's labels, the map's and the network's names) stay inside it:
    // an SVG clips what goes past its edge.
    for (const drawing of main.querySelectorAll('svg')) {
      const box = drawing.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      for (const words of drawing.querySelectorAll('text')) {
        const rect = words.getBoundingClientRect();
        const text = (words.textContent ?? '').trim().slice(0, 40);
        if (rect.width === 0 || text === '') continue;
        if (
          rect.left < box.left - 1 ||
          rect.right > box.right + 1 ||
          rect.top < box.top - 1 ||
          rect.bottom > box.bottom + 1
        )
          problems.push(
            `"${text}" goes past its drawing: ${Math.round(rect.left)}–${Math.round(rect.right)} px in ${Math.round(box.left)}–${Math.round(box.right)} px`,
          );
      }
    }
    return problems;
  }, scrollRegions);
}

/** Tables in Chromium's accessibility tree, with the roles of their parts. */
async function accessibleTableRoles(page: Page): Promise<Record<string, number>> {
  const session = await page.context().newCDPSession(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value?: string }; ignored?: boolean }[];
  };
  const counts: Record<string, number> = {};
  for (const node of nodes) {
    const role = node.role?.value;
    if (!node.ignored && role && ['table', 'row', 'columnheader', 'rowheader', 'cell'].includes(role))
      counts[role] = (counts[role] ?? 0) + 1;
  }
  return counts;
}

describe('pages with tables at 375 px', () => {
  // A guide with a Markdown comparison, one with a fee schedule too, the charts' tables, the network's.
  const pages = languages.flatMap((language) =>
    ['', 'ip/designs/', 'ip/patents-switzerland/', 'figures/', 'network/'].map((rest) => `/${language}/${rest}`),
  );
  for (const path of pages) {
    it(`${path} fits the screen, every table cell readable`, async () => {
      await withPage(path, async (page) => {
        const tables = await page.locator('main table').count();
        if (path.split('/').length > 3) expect(tables, `tables on ${path}`).toBeGreaterThan(0);
        expect(await layoutProblems(page), `${path} at 375 px`).toEqual([]);

        // A stacked table shows each cell's column heading beside its value, and stays a table.
        const stacked = await page.evaluate(() =>
          [...document.querySelectorAll('main table.stack-table')].map((table) => {
            const headings = [...table.querySelectorAll('thead th')].map((th) => (th.textContent ?? '').trim());
            const unlabelled = [...table.querySelectorAll('tbody tr')].flatMap((row) =>
              [...row.children].slice(1).flatMap((cell, index) => {
                const shown = getComputedStyle(cell, '::before').content;
                return shown.includes(headings[index + 1] ?? '(no heading)') ? [] : [`${cell.textContent}: ${shown}`];
              }),
            );
            return { display: getComputedStyle(table.querySelector('tbody tr')!).display, unlabelled };
          }),
        );
        for (const table of stacked) {
          expect(table.display, 'a stacked row is laid out as a card').toBe('flex');
          expect(table.unlabelled, 'cells without their column heading shown').toEqual([]);
        }
        if (stacked.length > 0) {
          const roles = await accessibleTableRoles(page);
          expect(roles['table'] ?? 0, `tables in the accessibility tree of ${path}`).toBe(tables);
          expect(roles['columnheader'] ?? 0).toBeGreaterThan(0);
          expect(roles['cell'] ?? 0).toBeGreaterThan(0);
        }
      });
    });
  }
});

describe('every template at 320 px', () => {
  // One context for the sweep, opened by the first test so a browser that cannot start fails it.
  let context: Promise<BrowserContext> | undefined;
  afterAll(async () => (await context)?.close());
  for (const { path } of onePagePerTemplate(expectedPages(readSiteContent(contentDir)))) {
    it(`${path} reflows to the screen`, async () => {
      context ??= site.browser.newContext({ viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
      const page = await (await context).newPage();
      try {
        const response = await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
        expect([200, 404], `${path} served with status ${response?.status()}`).toContain(response?.status());
        expect(await layoutProblems(page, { scrollRegions: true }), `${path} at 320 px`).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});

describe('the site menu', () => {
  for (const language of languages) {
    it(`on /${language}/ at 375 px: a compact header, a menu opened and closed by keyboard`, async () => {
      await withPage(`/${language}/`, async (page) => {
        const header = await page.locator('header.site-header').boundingBox();
        expect(header?.height, 'header height with the menu closed').toBeLessThanOrEqual(100);
        const navLinks = page.locator('header nav a');
        const summary = page.locator('header details[data-site-menu] > summary');
        expect(await navLinks.first().isVisible(), 'navigation hidden while the menu is closed').toBe(false);
        expect(await page.locator('header a[data-language-switch]').isVisible(), 'language switch').toBe(true);

        // Tab from the top of the page reaches the menu button, with a visible focus indicator.
        let reached = false;
        for (let step = 0; step < 8 && !reached; step++) {
          await page.keyboard.press('Tab');
          reached = await summary.evaluate((element) => element === document.activeElement);
        }
        expect(reached, 'the menu button is reached with Tab').toBe(true);
        const outline = await summary.evaluate((element) => getComputedStyle(element).outlineStyle);
        expect(outline, 'focus indicator of the menu button').not.toBe('none');
        expect((await summary.innerText()).trim(), 'visible name of the menu button').toBe('Menu');

        await page.keyboard.press('Enter');
        expect(await navLinks.first().isVisible(), 'navigation shown once opened').toBe(true);
        for (const section of ['calls', 'requests']) {
          const link = page.locator(`header nav a[href="/${language}/${section}/"]`);
          expect(await link.isVisible(), `${section} link in the open menu`).toBe(true);
        }
        expect(await layoutProblems(page), 'the open menu fits the screen').toEqual([]);
        expect(describeViolations(await runAxe(page)), 'axe with the menu open').toEqual([]);

        // The next Tab stops go into the menu: the search, then the navigation links.
        const hrefs: string[] = [];
        for (let step = 0; step < 6; step++) {
          await page.keyboard.press('Tab');
          hrefs.push(await page.evaluate(() => document.activeElement?.closest('header')?.tagName ?? 'outside'));
        }
        expect(hrefs, 'Tab after opening stays in the header').not.toContain('outside');
        const navFocused = await page.evaluate(() => document.activeElement?.closest('header nav') !== null);
        expect(navFocused, 'a navigation link has the focus').toBe(true);

        // Space on the button closes the menu again; Escape closes it too and returns the focus.
        await summary.focus();
        await page.keyboard.press('Space');
        expect(await navLinks.first().isVisible(), 'navigation hidden after Space').toBe(false);
        await page.keyboard.press('Space');
        expect(await navLinks.first().isVisible(), 'navigation shown after Space').toBe(true);
        await navLinks.first().focus();
        await page.keyboard.press('Escape');
        expect(await navLinks.first().isVisible(), 'navigation hidden after Escape').toBe(false);
        expect(
          await summary.evaluate((element) => element === document.activeElement),
          'focus back on the button',
        ).toBe(true);
      });
    });
  }

  it('opens without JavaScript', async () => {
    await withPage(
      '/it/',
      async (page) => {
        const summary = page.locator('header details[data-site-menu] > summary');
        expect(await summary.count(), 'menu buttons in the header').toBe(1);
        await summary.focus();
        await page.keyboard.press('Enter');
        expect(await page.locator('header nav a').first().isVisible()).toBe(true);
        expect(await page.locator('header form[role="search"]').isVisible()).toBe(true);
      },
      { javaScriptEnabled: false },
    );
  });

  for (const language of languages) {
    it(`on /${language}/ at 1280 px shows every navigation link without a menu button`, async () => {
      await withPage(
        `/${language}/`,
        async (page) => {
          const hidden = await page
            .locator('header nav a')
            .evaluateAll((links) => links.filter((link) => link.getBoundingClientRect().height === 0).length);
          expect(await page.locator('header nav a').count()).toBeGreaterThan(0);
          expect(hidden, 'navigation links not shown').toBe(0);
          expect(await page.locator('header details[data-site-menu]').isVisible(), 'menu button').toBe(false);
          expect(await page.locator('header form[role="search"]').isVisible(), 'search box').toBe(true);
        },
        { viewport: { width: 1280, height: 900 } },
      );
    });
  }
});
