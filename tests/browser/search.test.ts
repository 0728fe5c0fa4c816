/**
 * Search in a real browser against the built site and its Pagefind index: queries in both
 * languages, stemming, facets and their counts, state in the URL, the no-results help, the
 * header box, the page without JavaScript, and "find expertise".
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeViolations, runAxe } from '../support/axe.ts';
import { recordPageErrors } from '#scripts/support/browser.ts';
import { contentDir } from '#scripts/support/paths.ts';
import { useServedSite } from '../support/served-site.ts';
import { proseShare } from '#features/search/excerpt.ts';

const site = useServedSite();

interface Named {
  id: string;
  name: string;
  shortName?: string;
}

function readEntries(folder: string): Named[] {
  const dir = path.join(contentDir, folder);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml') && !file.startsWith('_'))
    .map(
      (file) =>
        ({
          id: file.replace(/\.yaml$/, ''),
          ...(parse(readFileSync(path.join(dir, file), 'utf8')) as object),
        }) as Named,
    );
}

const centres = readEntries('research-centres');
const companies = readEntries('companies');

async function withPage(urlPath: string, check: (page: Page) => Promise<void>, options: BrowserContextOptions = {}) {
  const context = await site.browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
    ...options,
  });
  try {
    const page = await context.newPage();
    const errors = recordPageErrors(page);
    await page.goto(`${site.url}${urlPath}`, { waitUntil: 'load' });
    await check(page);
    expect(errors(), 'console or page errors').toEqual([]);
  } finally {
    await context.close();
  }
}

/** Waits until the results area has settled and returns the result links. */
async function results(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    const list = document.querySelector('[data-search-results]');
    return /\d/.test(status) && list?.getAttribute('aria-busy') !== 'true';
  });
  return page.$$eval('[data-search-results] .result-title a', (links) =>
    // The address without the words to highlight (?highlight=…).
    links.map((link) => (link as HTMLAnchorElement).pathname + (link as HTMLAnchorElement).hash),
  );
}

/** Every result: presses "show more" until the list is complete (a page shows a few at a time). */
async function allResults(page: Page): Promise<string[]> {
  let links = await results(page);
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const shown = links.length;
    await more.click();
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-search-results] .result-title a').length > count,
      shown,
    );
    links = await results(page);
  }
  return links;
}

const status = (page: Page) => page.textContent('[data-search-status]').then((text) => text ?? '');

describe('search results', () => {
  const centre = centres.find((entry) => entry.shortName) ?? centres[0]!;
  const company = companies[0]!;

  it(`finds a research centre by its name in Italian (${centre.shortName ?? centre.name})`, async () => {
    await withPage(`/it/search/?q=${encodeURIComponent(centre.shortName ?? centre.name)}`, async (page) => {
      expect(await results(page)).toContain(`/it/research-centres/${centre.id}/`);
      expect(await status(page)).toMatch(/risultat/);
    });
  });

  it(`finds a company by its name in English (${company.name})`, async () => {
    const word = company.name.split(/\s+/)[1] ?? company.name;
    await withPage(`/en/search/?q=${encodeURIComponent(word)}`, async (page) => {
      expect(await results(page)).toContain(`/en/companies/${company.id}/`);
      expect(await status(page)).toMatch(/results? for/);
    });
  });

  it.each([
    ['it', 'brevetti', /^brevett/i],
    ['en', 'patenting', /^patent/i],
  ])('in %s, "%s" also finds other forms of the word (stemming)', async (lang, query, stem) => {
    await withPage(`/${lang}/search/?q=${query}`, async (page) => {
      expect((await results(page)).length).toBeGreaterThan(0);
      const marked = await page.$$eval('[data-search-results] mark', (marks) =>
        marks.map((mark) => mark.textContent ?? ''),
      );
      const otherForms = marked
        .map((word) => word.replace(/[^\p{L}]/gu, ''))
        .filter((word) => stem.test(word) && word.toLowerCase() !== query);
      expect(otherForms.length, `highlighted words: ${marked.join(', ')}`).toBeGreaterThan(0);
    });
  });

  it('shows each result with its type, a link in the same language and a highlighted excerpt', async () => {
    await withPage('/en/search/?q=patent', async (page) => {
      const links = await results(page);
      expect(links.length).toBeGreaterThan(0);
      expect(links.every((href) => href.startsWith('/en/'))).toBe(true);
      const first = page.locator('[data-search-results] .result').first();
      expect(await first.locator('.result-type').textContent()).toMatch(/\S/);
      expect(await first.locator('.result-excerpt mark').count()).toBeGreaterThan(0);
    });
  });
});

describe('words that do not all match', () => {
  it.each([
    ['it', 'risparmio idrico', /nessun risultato con tutte le parole: risultati con alcune/],
    ['en', 'reduce water use in dyeing', /no results with all the words: results with some of them/],
  ])(
    'in %s, "%s" finds the water-saving dyeing story with some of the words, and says so',
    async (lang, query, said) => {
      await withPage(`/${lang}/search/?q=${encodeURIComponent(query)}`, async (page) => {
        const links = await results(page);
        expect(links.slice(0, 5)).toContain(`/${lang}/case-studies/water-saving-dyeing/`);
        expect(await status(page)).toMatch(said);
      });
    },
  );

  it('keeps the plain count when every word matches', async () => {
    await withPage('/en/search/?q=patent', async (page) => {
      expect((await results(page)).length).toBeGreaterThan(3);
      expect(await status(page)).not.toMatch(/some of them/);
    });
  });
});

describe('what a result shows and opens', () => {
  it.each([
    ['it', 'tintura acqua'],
    ['en', 'dyeing water'],
  ])('in %s, "%s": excerpts are sentences, and the page opened marks the words found', async (lang, query) => {
    await withPage(`/${lang}/search/?q=${encodeURIComponent(query)}`, async (page) => {
      expect((await results(page)).length).toBeGreaterThan(0);
      // Each card says why it matched in running text, or shows the summary and names the words.
      const cards = await page.$$eval('[data-search-results] .result', (items) =>
        items.map((item) => ({
          excerpt: item.querySelector('.result-excerpt')?.textContent ?? '',
          marked: item.querySelectorAll('.result-excerpt mark').length,
        })),
      );
      // A card shows the words found in running text, or its summary with the words named apart.
      expect(cards.some((card) => card.marked > 0)).toBe(true);
      for (const card of cards.filter((each) => each.marked > 0))
        expect(proseShare(card.excerpt), card.excerpt).toBeGreaterThanOrEqual(0.5);
      const first = page.locator('[data-search-results] .result-title a').first();
      const href = (await first.getAttribute('href')) ?? '';
      expect(href).toMatch(/\?(.+&)?highlight=/);
      const words = new URL(href, site.url).searchParams.getAll('highlight');
      await first.click();
      await page.waitForSelector('main mark.search-highlight');
      const marked = await page.$$eval('main mark.search-highlight', (marks) =>
        marks.map((mark) => mark.textContent?.toLowerCase() ?? ''),
      );
      expect(marked.length).toBeGreaterThan(0);
      expect(marked.every((text) => words.some((word) => text.includes(word)))).toBe(true);
    });
  });

  it('writes the live status once per search, with the count', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 }, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      // Records every text the live region is given, from the first render on.
      await page.addInitScript(() => {
        const said: string[] = [];
        (window as unknown as { said: string[] }).said = said;
        document.addEventListener('DOMContentLoaded', () => {
          const region = document.querySelector('[data-search-status]');
          if (!region) return;
          new MutationObserver(() => {
            if (region.textContent) said.push(region.textContent);
          }).observe(region, { childList: true, characterData: true, subtree: true });
        });
      });
      await page.goto(`${site.url}/it/search/?q=${encodeURIComponent('brevetto fiera')}`, { waitUntil: 'load' });
      await results(page);
      const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(/\d+ risultat/);
    } finally {
      await context.close();
    }
  });
});

describe('pages in the other language', () => {
  it.each([
    ['it', 'trade fair patent', 'Anche in inglese', 'en', /anche in inglese/],
    ['en', 'brevetto fiera', 'Also in Italian', 'it', /also in Italian/],
  ])('in %s, "%s" also lists the pages whose %s text answers it', async (lang, query, heading, other, said) => {
    await withPage(`/${lang}/search/?q=${encodeURIComponent(query)}`, async (page) => {
      await results(page);
      const group = page.locator('[data-search-other]');
      expect(await group.isVisible()).toBe(true);
      expect(await group.locator('h3').textContent()).toBe(heading);
      const cards = await group.locator('.result').evaluateAll((items) =>
        items.map((item) => ({
          lang: item.getAttribute('lang'),
          href: (item.querySelector('.result-title a') as HTMLAnchorElement | null)?.pathname ?? '',
        })),
      );
      expect(cards.length).toBeGreaterThan(0);
      for (const card of cards) {
        expect(card.lang).toBe(other);
        expect(card.href.startsWith(`/${other}/`)).toBe(true);
      }
      // None repeats a page already found in the page's own language.
      const own = (await results(page)).map((href) => href.replace(/^\/[a-z]{2}\//, '').split('#')[0]);
      for (const card of cards) expect(own).not.toContain(card.href.replace(/^\/[a-z]{2}\//, ''));
      expect(await status(page)).toMatch(said);
    });
  });

  it('is not shown when the page’s own language answers well', async () => {
    await withPage('/en/search/?q=patent', async (page) => {
      await results(page);
      expect(await page.isVisible('[data-search-other]')).toBe(false);
    });
  });
});

describe('facets', () => {
  it('narrow the results to the count they show, and the URL records them', async () => {
    await withPage('/it/search/?q=lecco', async (page) => {
      const before = await allResults(page);
      const box = page.locator('#facet-type-company');
      const label = await page.locator('label[for="facet-type-company"] .facet-count').textContent();
      const expected = Number(/\d+/.exec(label ?? '')?.[0]);
      expect(expected).toBeGreaterThan(0);
      expect(expected).toBeLessThan(before.length);
      await box.check();
      await page.waitForURL(/type=company/);
      await results(page);
      // The focus stays on the checkbox that was used (checked before "show more" takes it).
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('facet-type-company');
      expect(await status(page)).toContain(`${expected} risultat`);
      const after = await allResults(page);
      expect(after).toHaveLength(expected);
      expect(after.every((href) => href.startsWith('/it/companies/'))).toBe(true);
    });
  });

  it('combine values of one facet as alternatives', async () => {
    await withPage('/en/search/?type=company&type=research-centre', async (page) => {
      const total = companies.length + centres.length;
      expect(await results(page)).not.toHaveLength(0);
      expect(await status(page)).toContain(String(total));
      const links = await allResults(page);
      expect(links).toHaveLength(total);
      expect(new Set(links).size).toBe(total);
    });
  });
});

describe('search state in the URL', () => {
  it('is restored after a reload and with back/forward', async () => {
    await withPage('/it/search/?q=brevetto&type=ip-guide', async (page) => {
      const guides = await results(page);
      expect(guides.length).toBeGreaterThan(0);
      expect(guides.every((href) => href.startsWith('/it/ip/'))).toBe(true);
      expect(await page.inputValue('#search-query')).toBe('brevetto');
      expect(await page.isChecked('#facet-type-ip-guide')).toBe(true);

      await page.reload();
      expect(await results(page)).toEqual(guides);
      expect(await page.isChecked('#facet-type-ip-guide')).toBe(true);

      await page.fill('#search-query', 'lecco');
      await page.press('#search-query', 'Enter');
      await page.waitForURL(/q=lecco/);
      const lecco = await results(page);
      expect(lecco).not.toEqual(guides);

      await page.goBack();
      await page.waitForURL(/q=brevetto/);
      expect(await page.inputValue('#search-query')).toBe('brevetto');
      expect(await results(page)).toEqual(guides);

      await page.goForward();
      await page.waitForURL(/q=lecco/);
      expect(await results(page)).toEqual(lecco);
    });
  });
});

describe('the language switch on the search page', () => {
  it('keeps the words and the filters', async () => {
    await withPage('/it/search/?q=brevetto&type=ip-guide', async (page) => {
      await results(page);
      const href = await page.locator('a[data-language-switch]').first().getAttribute('href');
      const url = new URL(href ?? '', site.url);
      expect(url.pathname).toBe('/en/search/');
      expect(url.searchParams.get('q')).toBe('brevetto');
      expect(url.searchParams.get('type')).toBe('ip-guide');
    });
  });
});

describe('when search cannot help', () => {
  it('says there are no results and offers the browse pages', async () => {
    await withPage('/en/search/?q=qqzzxxyy', async (page) => {
      expect(await results(page)).toEqual([]);
      expect(await status(page)).toContain('0 results');
      expect(await page.isVisible('[data-search-help]')).toBe(true);
      const browse = await page.$$eval('[data-search-help] a', (links) =>
        links.map((link) => link.getAttribute('href')),
      );
      expect(browse).toContain('/en/research-centres/');
      expect(browse).toContain('/en/case-studies/');
    });
  });

  it.each([
    ['it', 'brveetto', 'brevetto', /Forse cercavi:/],
    ['en', 'trdemark', 'trademark', /Did you mean:/],
  ])(
    'in %s, suggests "%s" → "%s" when a misspelt word finds little, and the suggestion finds pages',
    async (lang, typed, meant, said) => {
      await withPage(`/${lang}/search/?q=${typed}`, async (page) => {
        expect((await results(page)).length).toBeLessThan(3);
        const suggestion = page.locator('[data-search-suggestion]');
        expect(await suggestion.isVisible()).toBe(true);
        expect(await suggestion.textContent()).toMatch(said);
        const link = suggestion.locator('a');
        expect(await link.textContent()).toBe(meant);
        await link.click();
        await page.waitForURL(new RegExp(`q=${meant}`));
        expect((await results(page)).length).toBeGreaterThan(0);
        expect(await suggestion.isVisible()).toBe(false);
      });
    },
  );

  it('explains without JavaScript that search needs it, and links the browse pages', async () => {
    await withPage(
      '/it/search/?q=acqua',
      async (page) => {
        const text = await page.textContent('main');
        expect(text).toContain('JavaScript');
        expect(await page.isVisible('[data-search-results]')).toBe(false);
        const links = await page.$$eval('main a', (anchors) => anchors.map((a) => a.getAttribute('href')));
        expect(links).toContain('/it/companies/');
      },
      { javaScriptEnabled: false },
    );
  });
});

describe('the header search box', () => {
  it.each(['it', 'en'])('on the %s home page goes to the search page with the words typed', async (lang) => {
    await withPage(`/${lang}/`, async (page) => {
      await page.fill('#header-search', 'Lecco');
      await page.press('#header-search', 'Enter');
      await page.waitForURL(new RegExp(`/${lang}/search/\\?q=Lecco`));
      expect((await results(page)).length).toBeGreaterThan(0);
      expect(await page.inputValue('#search-query')).toBe('Lecco');
    });
  });

  it('works without JavaScript too: the form submits to the search page', async () => {
    await withPage(
      '/en/about/',
      async (page) => {
        await page.fill('#header-search', 'water');
        await Promise.all([page.waitForURL(/\/en\/search\/\?q=water/), page.press('#header-search', 'Enter')]);
        expect(await page.textContent('main')).toContain('JavaScript');
      },
      { javaScriptEnabled: false },
    );
  });
});

describe('find expertise', () => {
  it('lists centres, companies, stories and guides, in that order, for a sector and a need', async () => {
    await withPage('/en/find-expertise/', async (page) => {
      await page.selectOption('#find-sector', 'textiles');
      await page.selectOption('#find-need', 'water-resource-efficiency');
      await page.fill('#find-problem', 'water');
      await page.click('form[data-find-form] button[type="submit"]');
      await page.waitForURL(/expertise=water-resource-efficiency/);
      await page.waitForFunction(() => document.querySelectorAll('.find-group').length === 4);
      const headings = await page.$$eval('.find-group h3', (nodes) => nodes.map((node) => node.textContent ?? ''));
      expect(headings.map((heading) => heading.replace(/\s*\(\d+\)$/, ''))).toEqual([
        'Research centre',
        'Company',
        'Success story',
        'IP guide',
      ]);
      const centreLinks = await page.$$eval('.find-group:first-child .result-title a', (links) =>
        // The address without the words to highlight (?highlight=…).
        links.map((link) => (link as HTMLAnchorElement).pathname + (link as HTMLAnchorElement).hash),
      );
      expect(centreLinks.length).toBeGreaterThan(0);
      expect(centreLinks.every((href) => href.startsWith('/en/research-centres/'))).toBe(true);
    });
  });

  it.each([
    ['it', "ridurre l'acqua nella tintura", /Perché è qui: .*parole trovate: /],
    ['en', 'reduce water use in dyeing', /Why it is here: .*words found: /],
  ])('in %s, the free text "%s" finds centres or companies and stories, each saying why', async (lang, words, why) => {
    await withPage(`/${lang}/find-expertise/?q=${encodeURIComponent(words)}`, async (page) => {
      await page.waitForFunction(() => document.querySelectorAll('.find-group').length === 4);
      const groups = await page.$$eval('.find-group', (sections) =>
        sections.map((section) => ({
          cards: section.querySelectorAll('.result').length,
          reasons: [...section.querySelectorAll('.result')].map(
            (card) => card.querySelector('.result-why')?.textContent ?? '',
          ),
        })),
      );
      // Research centres or companies, and the stories, each have answers.
      expect(groups[0]!.cards + groups[1]!.cards).toBeGreaterThan(0);
      expect(groups[2]!.cards).toBeGreaterThan(0);
      for (const reason of groups.flatMap((group) => group.reasons)) expect(reason).toMatch(why);
      const stories = await page.$$eval('.find-group:nth-child(3) .result-title a', (links) =>
        links.map((link) => (link as HTMLAnchorElement).pathname),
      );
      expect(stories).toContain(`/${lang}/case-studies/water-saving-dyeing/`);
    });
  });

  it('offers every expertise area as a plain link without JavaScript', async () => {
    await withPage(
      '/it/find-expertise/',
      async (page) => {
        const links = await page.$$eval('main a[href^="/it/expertise/"]', (anchors) => anchors.length);
        expect(links).toBeGreaterThanOrEqual(10);
      },
      { javaScriptEnabled: false },
    );
  });
});

describe('accessibility with results on screen', () => {
  it.each([
    '/it/search/?q=lecco&type=company',
    '/it/search/?q=trade+fair+patent',
    '/en/find-expertise/?expertise=robotics-automation&q=robot',
  ])('%s has no WCAG violations', async (urlPath) => {
    await withPage(urlPath, async (page) => {
      await page.waitForSelector('.result');
      const problems = describeViolations(await runAxe(page));
      expect(problems, problems.join('\n')).toEqual([]);
    });
  });
});
