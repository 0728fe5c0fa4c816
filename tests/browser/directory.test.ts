/**
 * The company directory in a real browser: its own search index (kept apart from the hub's),
 * results that lead to a company's row, filters, and the links between a curated profile and
 * its directory row.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../support/axe.ts';
import { recordPageErrors } from '#scripts/support/browser.ts';
import { contentDir } from '#scripts/support/paths.ts';
import { useServedSite } from '../support/served-site.ts';
import { placeSlug } from '#scripts/support/site-map.ts';

const site = useServedSite();

interface Row {
  id: string;
  name: string;
  country: string;
  region: string;
  municipality: string;
  sector_code: string;
  size: string;
  description_it: string;
  description_en: string;
  profile: string;
}

const rows: Row[] = readdirSync(path.join(contentDir, 'directory'))
  .filter((file) => file.endsWith('.csv'))
  .flatMap((file) => parseCsv(readFileSync(path.join(contentDir, 'directory', file)), { columns: true }) as Row[]);

const rowUrl = (language: string, row: Row) =>
  `/${language}/directory/places/${placeSlug(row.municipality)}/${row.sector_code.slice(0, 2)}/#${row.id}`;

/** Opens a page in a fresh context and records every request, including the search worker's. */
async function withPage(urlPath: string, check: (page: Page, requests: string[]) => Promise<void>) {
  // No service worker: it would precache the search core of the hub on every page.
  const context = await site.browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  const requests: string[] = [];
  // Context-level events also see the requests of Pagefind's Web Worker.
  context.on('request', (request: Request) => requests.push(new URL(request.url()).pathname));
  try {
    const page = await context.newPage();
    const errors = recordPageErrors(page);
    await page.goto(`${site.url}${urlPath}`, { waitUntil: 'load' });
    await check(page, requests);
    expect(errors(), 'console or page errors').toEqual([]);
  } finally {
    await context.close();
  }
}

async function settled(page: Page) {
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    const list = document.querySelector('[data-search-results]');
    return /\d/.test(status) && list?.getAttribute('aria-busy') !== 'true';
  });
}

interface CompanyLink {
  href: string;
  name: string;
  /** The whole text of the result card the link is in. */
  card: string;
}

/** Every link to a company's row on the result cards, with its card's text; "show more" until all are shown. */
async function companyLinks(page: Page): Promise<CompanyLink[]> {
  await settled(page);
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const shown = await page.locator('[data-search-results] > li').count();
    await more.click();
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-search-results] > li').length > count,
      shown,
    );
  }
  return page.$$eval('[data-search-results] > li a[href*="#"]', (anchors) =>
    anchors.map((anchor) => ({
      href: anchor.getAttribute('href') ?? '',
      name: anchor.textContent?.trim() ?? '',
      card: anchor.closest('li.result')?.textContent?.replace(/\s+/g, ' ') ?? '',
    })),
  );
}

/** Opens a company's address and returns the row it lands on: its id and the name it shows. */
async function rowAt(page: Page, href: string) {
  await page.goto(`${site.url}${href}`, { waitUntil: 'load' });
  return page.$eval(':target', (element) => ({
    id: element.id,
    name: element.querySelector('h3')?.textContent?.trim(),
  }));
}

const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/**
 * A word of one company's description in one language that no other row's description, name or
 * municipality has: searching it must lead to that company.
 */
function descriptionWord(language: 'it' | 'en'): { word: string; row: Row } {
  const others = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const word of [
      ...words(row.description_it),
      ...words(row.description_en),
      ...words(row.name),
      ...words(row.municipality),
    ]) {
      others.set(word, (others.get(word) ?? new Set()).add(row.id));
    }
  }
  for (const row of rows) {
    const word = words(language === 'it' ? row.description_it : row.description_en).find(
      (candidate) => candidate.length >= 7 && others.get(candidate)?.size === 1,
    );
    if (word) return { word, row };
  }
  throw new Error(`no row has a description word of its own in ${language}`);
}

const sizeOrder = ['large', 'medium', 'small', 'micro'];
const collator = new Intl.Collator('it', { sensitivity: 'base', numeric: true });

describe('company directory', () => {
  it('has rows, some linked to curated profiles', () => {
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((row) => row.profile !== '').length).toBeGreaterThan(10);
  });

  for (const language of ['it', 'en'] as const) {
    it(`names a company found by its name and links to its row (${language})`, async () => {
      const row = rows.find(
        (candidate) =>
          candidate.profile === '' &&
          candidate.name.split(' ')[0]!.length > 5 &&
          rows.filter((other) => other.name.split(' ')[0] === candidate.name.split(' ')[0]).length === 1,
      )!;
      const word = row.name.split(' ')[0]!;
      await withPage(`/${language}/directory/search/?q=${encodeURIComponent(word)}`, async (page) => {
        const link = (await companyLinks(page)).find((candidate) => candidate.href === rowUrl(language, row));
        expect(link, `a link to ${rowUrl(language, row)}`).toBeDefined();
        // The card names the company, where it is and its sector's division.
        expect(link!.name).toBe(row.name);
        expect(link!.card).toContain(row.municipality);
        expect(link!.card).toContain(row.sector_code.slice(0, 2));
        await page.click(`[data-search-results] a[href="${rowUrl(language, row)}"]`);
        await page.waitForURL(`**${rowUrl(language, row)}`);
        const target = await page.$eval(':target', (element) => ({
          id: element.id,
          name: element.querySelector('h3')?.textContent?.trim(),
        }));
        expect(target).toEqual({ id: row.id, name: row.name });
      });
    });

    it(`finds a company by a word of its ${language === 'it' ? 'Italian' : 'English'} description (${language})`, async () => {
      const { word, row } = descriptionWord(language);
      await withPage(`/${language}/directory/search/?q=${encodeURIComponent(word)}`, async (page) => {
        const link = (await companyLinks(page)).find((candidate) => candidate.href === rowUrl(language, row));
        expect(link, `"${word}" leads to ${rowUrl(language, row)}`).toBeDefined();
        expect(link!.name).toBe(row.name);
        expect(link!.card).toContain(row.municipality);
        expect(await rowAt(page, link!.href)).toEqual({ id: row.id, name: row.name });
      });
    });
  }

  it('lists the companies of a group, each with its municipality and sector', async () => {
    const lugano = rows.filter((row) => row.municipality === 'Lugano' && row.sector_code.startsWith('47.'));
    expect(lugano.length).toBeGreaterThan(1);
    await withPage('/it/directory/search/?q=Lugano&sector=47', async (page) => {
      await settled(page);
      const listed = await page.$$eval('[data-search-results] .result-companies li', (items) =>
        items.map((item) => ({
          href: item.querySelector('a')?.getAttribute('href') ?? '',
          name: item.querySelector('a')?.textContent?.trim() ?? '',
          where: item.querySelector('.result-company-where')?.textContent?.trim() ?? '',
        })),
      );
      expect(listed.map(({ href, name }) => ({ href, name })).sort((a, b) => a.href.localeCompare(b.href))).toEqual(
        lugano.map((row) => ({ href: rowUrl('it', row), name: row.name })).sort((a, b) => a.href.localeCompare(b.href)),
      );
      for (const { where } of listed) expect(where).toBe('Lugano · 47 · Commercio al dettaglio');
    });
  });

  it('names the companies of a listing by filters alone, and keeps axe at 0', async () => {
    const expected = rows.filter((row) => row.region === 'ticino' && row.sector_code.startsWith('47.'));
    await withPage('/en/directory/search/?region=ticino&sector=47', async (page) => {
      const links = await companyLinks(page);
      const byHref = new Map(expected.map((row) => [rowUrl('en', row), row.name]));
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        expect(byHref.get(link.href), link.href).toBe(link.name);
      }
      const violations = await runAxe(page);
      expect(violations, describeViolations(violations).join('\n')).toEqual([]);
    });
  });

  it('filters by canton from the URL, with the canton named as people say it (en)', async () => {
    const row = rows.find((candidate) => candidate.region === 'ticino')!;
    const division = row.sector_code.slice(0, 2);
    const expected = rows.filter(
      (candidate) => candidate.region === 'ticino' && candidate.sector_code.startsWith(`${division}.`),
    );
    await withPage(`/en/directory/search/?region=ticino&sector=${division}`, async (page) => {
      await settled(page);
      // Each result is a group of companies of one municipality's page for that sector, all in Ticino.
      const cards = await page.$$eval('[data-search-results] .result-title a', (anchors) =>
        // The address without the words to highlight (?highlight=…).
        anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname + (anchor as HTMLAnchorElement).hash),
      );
      expect(cards.length).toBeGreaterThan(0);
      for (const href of cards)
        expect(href).toMatch(new RegExp(`^/en/directory/places/[a-z0-9-]+/${division}/(#ti-\\d{6})?$`));
      const places = new Set(expected.map((candidate) => placeSlug(candidate.municipality)));
      for (const href of cards) expect(places.has(href.split('/')[4]!)).toBe(true);
      const checked = await page.$$eval('input[name="region"]:checked', (boxes) =>
        boxes.map((box) => `${(box as HTMLInputElement).value}: ${box.nextElementSibling?.textContent?.trim()}`),
      );
      expect(checked).toEqual([expect.stringMatching(/^ticino: Canton of Ticino\b/)]);
    });
  });

  it('narrows a search to the province with its checkbox, to the count it showed, and the URL records it (it)', async () => {
    await withPage('/it/directory/search/?q=srl', async (page) => {
      await settled(page);
      const box = page.getByRole('checkbox', { name: /^Provincia di Lecco/ });
      await page.waitForSelector('input[name="region"][value="lecco"] + label .facet-count');
      expect((await page.textContent('fieldset:has(input[name="region"]) legend'))?.trim()).toBe('Provincia o cantone');
      const count = Number(
        /\d+/.exec((await page.textContent('input[value="lecco"] + label .facet-count')) ?? '')?.[0],
      );
      await box.check();
      await page.waitForURL(/[?&]region=lecco\b/);
      const links = await companyLinks(page);
      expect(links.length).toBeGreaterThan(0);
      for (const { href } of links) expect(href).toMatch(/\/it\/directory\/places\/.+#lc-\d{6}$/);
      expect(Number(/\d+/.exec((await page.textContent('[data-search-status]')) ?? '')?.[0])).toBe(count);
      expect(await page.isChecked('input[name="region"][value="lecco"]')).toBe(true);
    });
  });

  it('shows results first, then facet counts that add up to them', async () => {
    await withPage('/it/directory/search/?q=srl', async (page) => {
      await settled(page);
      await page.waitForSelector('input[name="region"] + label .facet-count');
      const counts = await page.$$eval('input[name="region"] + label .facet-count', (spans) =>
        spans.map((span) => Number(/\d+/.exec(span.textContent ?? '')?.[0])),
      );
      const status = await page.textContent('[data-search-status]');
      const total = Number(/\d+/.exec(status ?? '')?.[0]);
      expect(total).toBeGreaterThan(0);
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(total);
    });
  });

  it('never downloads the directory index for a search of the hub, nor the hub index for the directory', async () => {
    await withPage('/it/search/?q=tessile', async (page, requests) => {
      await settled(page);
      expect(requests.some((url) => url.startsWith('/pagefind/'))).toBe(true);
      expect(requests.filter((url) => url.startsWith('/pagefind-directory/'))).toEqual([]);
    });
    await withPage('/it/directory/search/?q=tessile', async (page, requests) => {
      await settled(page);
      expect(requests.some((url) => url.startsWith('/pagefind-directory/'))).toBe(true);
      expect(requests.filter((url) => url.startsWith('/pagefind/'))).toEqual([]);
    });
  });

  for (const [language, place, division, all] of [
    ['it', 'Lecco', '25', 'Tutte le {n} imprese a Lecco'],
    ['en', 'Lugano', '47', 'All {n} companies in Lugano'],
  ] as const) {
    it(`lists a sector's companies by municipality, the largest first, with a link to the rest (${language})`, async () => {
      const inPlace = rows
        .filter((row) => row.municipality === place && row.sector_code.startsWith(`${division}.`))
        .sort((a, b) => sizeOrder.indexOf(a.size) - sizeOrder.indexOf(b.size) || collator.compare(a.name, b.name));
      expect(inPlace.length).toBeGreaterThan(5);
      await withPage(`/${language}/directory/sectors/${division}/`, async (page) => {
        const block = page.locator('.sector-place').filter({
          has: page.getByRole('heading', { name: `${place} (${inPlace.length})`, exact: true }),
        });
        const names = await block
          .locator('li a')
          .evaluateAll((anchors) =>
            anchors.map((anchor) => ({ href: anchor.getAttribute('href'), name: anchor.textContent?.trim() })),
          );
        expect(names).toEqual(inPlace.slice(0, 5).map((row) => ({ href: rowUrl(language, row), name: row.name })));
        const rest = block.locator('.sector-more a');
        expect((await rest.textContent())?.trim()).toBe(all.replace('{n}', String(inPlace.length)));
        expect(await rest.getAttribute('href')).toBe(`/${language}/directory/places/${placeSlug(place)}/${division}/`);
        await block.locator('li a').first().click();
        await page.waitForURL(`**${rowUrl(language, inPlace[0]!)}`);
        const target = await page.$eval(':target', (element) => element.querySelector('h3')?.textContent?.trim());
        expect(target).toBe(inPlace[0]!.name);
      });
    });
  }

  it('links a curated profile and its directory row both ways', async () => {
    const row = rows.find((candidate) => candidate.profile !== '')!;
    await withPage(`/en/companies/${row.profile}/`, async (page) => {
      const href = await page.$eval(`a[href$="#${row.id}"]`, (anchor) => anchor.getAttribute('href'));
      expect(href).toBe(rowUrl('en', row));
      await page.click(`a[href$="#${row.id}"]`);
      await page.waitForURL(`**${rowUrl('en', row)}`);
      const back = await page.$eval(`#${row.id} a[href="/en/companies/${row.profile}/"]`, (anchor) =>
        anchor.textContent?.trim(),
      );
      expect(back).toBe('Full profile');
    });
  });

  it('passes axe with results on screen', async () => {
    await withPage('/it/directory/search/?q=srl', async (page) => {
      await settled(page);
      const violations = await runAxe(page);
      expect(violations, describeViolations(violations).join('\n')).toEqual([]);
    });
  });
});
