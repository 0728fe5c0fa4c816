/**
 * Keyboard and language navigation in a real browser: the language switch, the skip link,
 * visible focus in the header, and list pages that work with JavaScript turned off.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readBuiltPages } from '../support/built-site.ts';
import { recordPageErrors } from '#scripts/support/browser.ts';
import { contentDir } from '#scripts/support/paths.ts';
import { useServedSite } from '../support/served-site.ts';
import {
  counterpartPath,
  expectedPages,
  languages,
  otherLanguage,
  readSiteContent,
  type Language,
} from '#scripts/support/site-map.ts';

const content = readSiteContent(contentDir);
const pages = expectedPages(content);
const site = useServedSite();

/** Opens a page in a fresh context, runs `check`, and fails on console or page errors too. */
async function withPage(
  urlPath: string,
  check: (page: Page) => Promise<void>,
  options: BrowserContextOptions = {},
): Promise<void> {
  const context = await site.browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
    ...options,
  });
  try {
    const page = await context.newPage();
    const errors = recordPageErrors(page);
    const response = await page.goto(`${site.url}${urlPath}`, { waitUntil: 'load' });
    if (response?.status() !== 200)
      expect.fail(`${urlPath} was served with status ${response?.status()}, expected 200`);
    await check(page);
    const problems = errors();
    if (problems.length > 0) expect.fail(`${urlPath} logged errors:\n  - ${problems.join('\n  - ')}`);
  } finally {
    await context.close();
  }
}

/** The first page of a template, or a failure saying which content is missing (never a skip). */
function firstPath(template: string, language: Language = 'it'): string {
  const page = pages.find((candidate) => candidate.template === template && candidate.language === language);
  if (!page) throw new Error(`no ${template} page is expected: content/ has no entry of that kind yet`);
  return page.path;
}

describe('language switch', () => {
  it('every language page links to its counterpart with a[data-language-switch]', () => {
    const built = readBuiltPages(inject('distDir'));
    const problems: string[] = [];
    for (const { path, language } of pages) {
      if (!language) continue;
      const tags = built.get(path)?.tags;
      if (!tags) {
        problems.push(`${path}: page missing from dist/`);
        continue;
      }
      const switches = tags.filter((tag) => tag.name === 'a' && tag.attributes.has('data-language-switch'));
      if (switches.length === 0) problems.push(`${path}: no <a data-language-switch>`);
      const other = otherLanguage(language);
      for (const link of switches) {
        const { hreflang, lang, href } = Object.fromEntries(link.attributes) as Record<string, string | undefined>;
        if (hreflang !== other)
          problems.push(`${path}: language switch has hreflang="${hreflang ?? ''}", expected "${other}"`);
        if (lang !== other) problems.push(`${path}: language switch has lang="${lang ?? ''}", expected "${other}"`);
        const target = href === undefined ? undefined : new URL(href, `http://site.invalid${path}`).pathname;
        if (target !== counterpartPath(path)) {
          problems.push(
            `${path}: language switch points at ${target ?? '(no href)'}, expected ${counterpartPath(path)}`,
          );
        }
      }
    }
    if (problems.length > 0)
      expect.fail(`${problems.length} language-switch problems:\n  - ${problems.join('\n  - ')}`);
  });

  const clicks: [string, () => string][] = [
    ['the Italian home', () => '/it/'],
    ['the English home', () => '/en/'],
    ['a case-study page', () => firstPath('case-study')],
    ['a company page', () => firstPath('company')],
  ];
  for (const [what, from] of clicks) {
    it(`clicking it on ${what} opens the same page in the other language`, async () => {
      const start = from();
      const destination = counterpartPath(start);
      await withPage(start, async (page) => {
        await page.locator('a[data-language-switch]').first().click();
        await page.waitForURL(`${site.url}${destination}`, { waitUntil: 'load' });
        const lang = await page.evaluate(() => document.documentElement.lang);
        expect(lang, `<html lang> of ${destination}`).toBe(destination.split('/')[1]);
      });
    });
  }
});

describe('skip link', () => {
  for (const path of ['/it/', '/en/', '/it/companies/']) {
    it(`on ${path} is the first Tab stop, visible, and moves to #main`, async () => {
      await withPage(path, async (page) => {
        expect(await page.locator('main#main[tabindex="-1"]').count(), 'a <main id="main" tabindex="-1">').toBe(1);

        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 160) ?? '(nothing)');
        expect(
          await page.evaluate(() => document.activeElement?.matches('a.skip-link') ?? false),
          `first Tab focused ${focused}`,
        ).toBe(true);

        // The link may slide in when focused: give it a moment to settle inside the viewport.
        await page
          .waitForFunction(
            () => {
              const box = document.activeElement!.getBoundingClientRect();
              return (
                box.width > 0 &&
                box.height > 0 &&
                box.left >= 0 &&
                box.top >= 0 &&
                box.right <= window.innerWidth &&
                box.bottom <= window.innerHeight
              );
            },
            undefined,
            { timeout: 2000 },
          )
          .catch(() => undefined);
        const box = await page.evaluate(() => {
          const rect = document.activeElement!.getBoundingClientRect();
          return {
            left: rect.left,
            top: rect.top,
            right: rect.right,
            bottom: rect.bottom,
            width: rect.width,
            height: rect.height,
            viewport: [window.innerWidth, window.innerHeight],
          };
        });
        const visible =
          box.width > 0 &&
          box.height > 0 &&
          box.left >= 0 &&
          box.top >= 0 &&
          box.right <= box.viewport[0]! &&
          box.bottom <= box.viewport[1]!;
        expect(visible, `the focused skip link should be visible inside the viewport: ${JSON.stringify(box)}`).toBe(
          true,
        );

        await page.keyboard.press('Enter');
        await page.waitForFunction(() => location.hash === '#main', undefined, { timeout: 5000 });
        const state = await page.evaluate(() => ({
          focused: document.activeElement?.id ?? '',
          target: document.querySelector(':target')?.id ?? '',
        }));
        expect(state.focused === 'main' || state.target === 'main', `after Enter: ${JSON.stringify(state)}`).toBe(true);
      });
    });
  }
});

describe('keyboard navigation of the header', () => {
  for (const language of languages) {
    it(`on /${language}/ reaches every header navigation link, each with a visible focus indicator`, async () => {
      await withPage(`/${language}/`, async (page) => {
        // Number the header's navigation links so the tab walk can tell which ones it reached.
        const navLinks = await page.evaluate(() =>
          [...document.querySelectorAll('header nav a[href]')].map((link, index) => {
            link.setAttribute('data-test-nav-index', String(index));
            return link.getAttribute('href') ?? '';
          }),
        );
        expect(navLinks.length, 'links inside <header> <nav>').toBeGreaterThan(0);

        const reached = new Set<number>();
        const withoutIndicator: string[] = [];
        const maxTabs = navLinks.length + 20;
        for (let step = 0; step < maxTabs && reached.size < navLinks.length; step++) {
          await page.keyboard.press('Tab');
          const focus = await page.evaluate(() => {
            const element = document.activeElement;
            if (!element || element === document.body) return undefined;
            const style = getComputedStyle(element);
            const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
            const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
            return {
              description: element.outerHTML.slice(0, 120),
              navIndex: element.getAttribute('data-test-nav-index'),
              indicator: outline || shadow,
            };
          });
          if (!focus) break;
          if (focus.navIndex !== null) reached.add(Number(focus.navIndex));
          if (!focus.indicator) withoutIndicator.push(focus.description);
        }
        const missed = navLinks.filter((_, index) => !reached.has(index));
        expect(missed, `navigation links never reached with Tab within ${maxTabs} presses`).toEqual([]);
        expect(withoutIndicator, 'focused elements without a visible focus indicator (outline or box-shadow)').toEqual(
          [],
        );
      });
    });
  }
});

describe('list pages without JavaScript', () => {
  const lists: { section: string; ids: (language: Language) => string[] }[] = [
    {
      section: 'case-studies',
      ids: (language) =>
        [...content.caseStudies].filter(([, written]) => written.includes(language)).map(([slug]) => slug),
    },
    { section: 'companies', ids: () => content.companies },
    { section: 'research-centres', ids: () => content.researchCentres },
  ];
  for (const { section, ids } of lists) {
    for (const language of languages) {
      it(`/${language}/${section}/ shows a link to each entry`, async () => {
        const expected = ids(language);
        expect(expected.length, `content/ has no ${section} written in ${language}`).toBeGreaterThan(0);
        await withPage(
          `/${language}/${section}/`,
          async (page) => {
            const hidden: string[] = [];
            for (const id of expected) {
              const link = page.locator(`main a[href$="/${language}/${section}/${id}/"]`).first();
              if (!(await link.isVisible())) hidden.push(id);
            }
            expect(hidden, 'entries without a visible link in <main> when JavaScript is off').toEqual([]);
          },
          { javaScriptEnabled: false },
        );
      });
    }
  }
});
